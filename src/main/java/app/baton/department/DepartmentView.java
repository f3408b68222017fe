package app.baton.department;

import java.util.List;

public record DepartmentView(Long id, String code, long version, String name, String email, Long calendar,
        List<Long> heads, boolean active) {

    public static DepartmentView of(Department d) {
        return new DepartmentView(d.id, d.code, d.version, d.name, d.email, d.calendarId,
                d.heads.stream().map(u -> u.id).sorted().toList(), d.active);
    }
}

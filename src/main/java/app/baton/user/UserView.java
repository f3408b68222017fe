package app.baton.user;

import app.baton.department.Department;
import java.time.Instant;
import java.util.List;

/** A user as the API shows them; the password hash never leaves the server. */
public record UserView(Long id, long version, String email, String name, List<Role> roles,
        List<String> departments, String language, String timeZone, boolean active, List<String> skills,
        Instant createdAt) {

    public static UserView of(User user) {
        return new UserView(user.id, user.version, user.email, user.name,
                user.roles.stream().sorted().toList(),
                user.departments.stream().map(Department::code).sorted().toList(),
                user.language, user.timeZone, user.active, user.skills.stream().sorted().toList(), user.createdAt);
    }
}

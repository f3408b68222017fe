package app.baton.department;

import app.baton.sla.Calendar;
import app.baton.user.Administrators;
import app.baton.user.User;
import app.baton.web.ProblemException;
import app.baton.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class DepartmentService {

    @Inject
    Clock clock;

    @Inject
    Administrators admins;

    public record CreateDepartment(
            @NotBlank @Pattern(regexp = "[A-Z]{2,8}", message = "must be 2 to 8 capital letters") String code,
            @NotBlank @Size(max = 200) String name,
            @Email @Size(max = 254) String email,
            Long calendar,
            List<@NotNull Long> heads) {
    }

    public record UpdateDepartment(
            Long version,
            @Size(min = 1, max = 200) String name,
            @Email @Size(max = 254) String email,
            Long calendar,
            List<@NotNull Long> heads,
            Boolean active) {
    }

    @Transactional
    public Department create(CreateDepartment body) {
        admins.require("create departments");
        if (Department.findByCode(body.code()).isPresent()) {
            throw ProblemException.conflict("A department with the code " + body.code() + " already exists");
        }
        Department department = new Department();
        department.code = body.code();
        department.name = body.name().trim();
        department.email = body.email();
        department.calendarId = requireCalendar(body.calendar());
        department.heads = User.requireAll(body.heads(), "heads");
        department.createdAt = clock.instant();
        department.persist();
        return department;
    }

    @Transactional
    public Department update(String code, UpdateDepartment body) {
        admins.require("change departments");
        Department department = find(code);
        Versions.check(body.version(), department.version, "Department " + department.code);
        if (body.name() != null) {
            department.name = body.name().trim();
        }
        if (body.email() != null) {
            department.email = body.email().isBlank() ? null : body.email();
        }
        if (body.calendar() != null) {
            department.calendarId = requireCalendar(body.calendar());
        }
        if (body.heads() != null) {
            department.heads.clear();
            department.heads.addAll(User.requireAll(body.heads(), "heads"));
        }
        if (body.active() != null) {
            department.active = body.active();
        }
        // flush so that the answer carries the version this write produced
        Department.flush();
        return department;
    }

    /** A department's clock must run on a calendar that exists; null keeps counting every minute. */
    private static Long requireCalendar(Long id) {
        if (id != null && Calendar.findById(id) == null) {
            throw ProblemException.badField("calendar", "no calendar has the id " + id);
        }
        return id;
    }

    public Department find(String code) {
        return Department.findByCode(code).orElseThrow(() -> ProblemException.notFound("Department " + code));
    }

    /**
     * Makes exactly these users the department's staff (membership is stored on the user):
     * for the admin page, where a department is edited with its people.
     */
    @Transactional
    public void replaceMembers(String code, List<Long> userIds) {
        Department department = find(code);
        Set<User> wanted = User.requireAll(userIds, "members");
        List<User> current = User.list("select u from User u join u.departments d where d = ?1", department);
        for (User user : current) {
            if (!wanted.contains(user)) {
                user.departments.remove(department);
            }
        }
        for (User user : wanted) {
            user.departments.add(department);
        }
    }
}

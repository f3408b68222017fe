package app.baton.user;

import app.baton.audit.AuditAction;
import app.baton.audit.AuditTrail;
import app.baton.department.Department;
import app.baton.web.ProblemException;
import app.baton.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class UserService {

    public static final String LANGUAGES = "en|lt|lv|ru";

    @Inject
    IdentityCache identityCache;

    @Inject
    PasswordHasher passwords;

    @Inject
    Clock clock;

    @Inject
    Administrators admins;

    @Inject
    CurrentUser currentUser;

    @Inject
    Deactivation deactivation;

    @Inject
    AuditTrail audit;

    public record CreateUser(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Size(min = PasswordHasher.MIN_LENGTH, max = 200, message = "must be at least 12 characters") String password,
            List<@NotNull Role> roles,
            List<@NotBlank String> departments,
            @Pattern(regexp = LANGUAGES, message = "must be one of en, lt, lv, ru") String language,
            @Size(max = 64) String timeZone,
            List<@NotBlank @Size(max = 64) String> skills) {
    }

    public record UpdateUser(
            Long version,
            @Size(min = 1, max = 200) String name,
            @Email @Size(min = 3, max = 254) String email,
            @Size(min = PasswordHasher.MIN_LENGTH, max = 200, message = "must be at least 12 characters") String password,
            List<@NotNull Role> roles,
            List<@NotBlank String> departments,
            @Pattern(regexp = LANGUAGES, message = "must be one of en, lt, lv, ru") String language,
            @Size(max = 64) String timeZone,
            List<@NotBlank @Size(max = 64) String> skills,
            Boolean active) {
    }

    @Transactional
    public User create(@Valid CreateUser body) {
        admins.require("create users");
        if (User.findByEmail(body.email()).isPresent()) {
            throw ProblemException.conflict("A user with the email " + body.email() + " already exists");
        }
        User user = new User();
        user.email = body.email().trim().toLowerCase();
        user.name = body.name().trim();
        user.passwordHash = passwords.hash(body.password());
        user.roles = new LinkedHashSet<>(body.roles() == null || body.roles().isEmpty() ? List.of(Role.STAFF) : body.roles());
        user.departments = Department.requireAll(body.departments(), "departments");
        user.language = body.language() == null ? "en" : body.language();
        user.timeZone = body.timeZone() == null ? "Europe/Vilnius" : zone(body.timeZone());
        user.skills = body.skills() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(body.skills());
        user.createdAt = clock.instant();
        user.persist();
        audit.record(AuditAction.USER_CREATED, "user:" + user.id, user.email + " with roles " + roleList(user.roles));
        return user;
    }

    @Transactional
    public User update(long id, @Valid UpdateUser body) {
        User user = find(id);
        checkMayUpdate(user, body);
        Versions.check(body.version(), user.version, "User " + id);
        if (Boolean.FALSE.equals(body.active()) && user.active) {
            // the same hand-over as POST /api/users/{id}/deactivate, to the department queue and head
            deactivation.deactivate(id, null);
        }
        if (body.email() != null && !body.email().equalsIgnoreCase(user.email)) {
            if (User.findByEmail(body.email()).isPresent()) {
                throw ProblemException.conflict("A user with the email " + body.email() + " already exists");
            }
            user.email = body.email().trim().toLowerCase();
        }
        if (body.name() != null) {
            user.name = body.name().trim();
        }
        if (body.password() != null) {
            user.passwordHash = passwords.hash(body.password());
        }
        if (body.roles() != null) {
            String before = roleList(user.roles);
            user.roles.clear();
            user.roles.addAll(body.roles().isEmpty() ? List.of(Role.STAFF) : body.roles());
            String after = roleList(user.roles);
            if (!before.equals(after)) {
                audit.record(AuditAction.USER_ROLES_CHANGED, "user:" + user.id, user.email + ": " + before + " -> " + after);
            }
        }
        if (body.departments() != null) {
            user.departments.clear();
            user.departments.addAll(Department.requireAll(body.departments(), "departments"));
        }
        if (body.language() != null) {
            user.language = body.language();
        }
        if (body.timeZone() != null) {
            user.timeZone = zone(body.timeZone());
        }
        if (body.skills() != null) {
            user.skills.clear();
            user.skills.addAll(body.skills());
        }
        if (Boolean.TRUE.equals(body.active()) && !user.active) {
            user.active = true;
            audit.record(AuditAction.USER_REACTIVATED, "user:" + user.id, user.email);
        }
        // flush so that the answer carries the version this write produced
        User.flush();
        identityCache.forgetUser(user.id);
        return user;
    }

    /**
     * People change their own name, language, time zone and password; everything else, and
     * anything about someone else, is for administrators.
     */
    private void checkMayUpdate(User user, UpdateUser body) {
        boolean self = user.id.equals(currentUser.id());
        boolean adminFields = body.email() != null || body.roles() != null || body.departments() != null
                || body.skills() != null || body.active() != null;
        if (!self || adminFields) {
            admins.require(self ? "change email, roles, departments, skills or active" : "change other people");
        }
    }

    private static String roleList(Set<Role> roles) {
        return roles.stream().sorted().map(Enum::name).reduce((a, b) -> a + "," + b).orElse("");
    }

    public User find(long id) {
        User user = User.findById(id);
        if (user == null) {
            throw ProblemException.notFound("User " + id);
        }
        return user;
    }

    private static String zone(String zone) {
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw ProblemException.badField("timeZone", "is not a known time zone (e.g. Europe/Vilnius)");
        }
    }
}

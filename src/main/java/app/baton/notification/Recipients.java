package app.baton.notification;

import app.baton.department.Department;
import app.baton.user.User;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Who gets one notification: each address once, never the person who caused it, never an
 * inactive user. A department's own address (no person behind it) reads English.
 */
public final class Recipients {

    /**
     * A person, or the address of {@code department} when {@code user} is null. For a person,
     * {@code department} is one they were told as a member of (its staff), so that what that
     * membership lets them see needs no reading of their other memberships.
     */
    public record Recipient(User user, String email, Department department) {
    }

    private final User actor;
    private final Map<String, Recipient> byEmail = new LinkedHashMap<>();

    private Recipients(User actor) {
        this.actor = actor;
    }

    /** Recipients of a change made by {@code actor}, who is never told of their own change. */
    public static Recipients excluding(User actor) {
        return new Recipients(actor);
    }

    public Recipients add(User user) {
        return add(user, null);
    }

    private Recipients add(User user, Department memberOf) {
        if (user == null || !user.active || isActor(user.email) || (actor != null && Objects.equals(user.id, actor.id))) {
            return this;
        }
        String key = key(user.email);
        Recipient known = byEmail.get(key);
        if (known == null || known.user() == null || (known.department() == null && memberOf != null)) {
            byEmail.put(key, new Recipient(user, user.email, memberOf));
        }
        return this;
    }

    public Recipients addAll(Collection<User> users) {
        users.forEach(this::add);
        return this;
    }

    /** The department's own address, if it has one. */
    public Recipients addAddress(Department department) {
        String email = department == null ? null : department.email;
        if (email != null && !email.isBlank() && !isActor(email)) {
            byEmail.putIfAbsent(key(email), new Recipient(null, email.trim(), department));
        }
        return this;
    }

    /** The assignee, or when there is none the department's address and its active staff. */
    public Recipients addAssigneeOrDepartment(User assignee, Department department, RecipientDirectory directory) {
        if (assignee != null) {
            return add(assignee);
        }
        addAddress(department);
        directory.staffOf(department).forEach(member -> add(member, department));
        return this;
    }

    public List<Recipient> list() {
        return List.copyOf(byEmail.values());
    }

    public static List<User> headsOf(Department department) {
        return department == null ? List.of() : department.heads.stream().filter(u -> u.active).toList();
    }

    private boolean isActor(String email) {
        return actor != null && actor.email != null && key(actor.email).equals(key(email));
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}

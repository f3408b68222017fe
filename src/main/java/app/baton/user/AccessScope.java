package app.baton.user;

import app.baton.department.Department;
import app.baton.web.InList;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;

/**
 * What a person's view of requests and clients depends on: who they are, whether they
 * administer, the departments they belong to and the ones they head. Read in one statement, so
 * that every visibility rule (TicketPermissions, ClientAccess) can be decided or written as SQL
 * without further lookups.
 */
public record AccessScope(long userId, boolean admin, Set<Long> memberOf, Set<Long> heads) {

    /** Departments whose requests, sent or received, this person sees: those they belong to or head. */
    public Set<Long> departments() {
        Set<Long> all = new HashSet<>(memberOf);
        all.addAll(heads);
        return all;
    }

    public boolean inDepartment(Long departmentId) {
        return departmentId != null && (memberOf.contains(departmentId) || heads.contains(departmentId));
    }

    public boolean heads(Long departmentId) {
        return departmentId != null && heads.contains(departmentId);
    }

    /** The department ids as an SQL list, never empty ("-1" matches no department). Ids are numbers, so inlining is safe. */
    public String departmentList() {
        return departmentIds().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * The parameters the HQL visibility conditions name (TicketPermissions.hqlCondition,
     * ClientAccess.hqlClientIdCondition) instead of inlining the person's id and departments:
     * few query texts for everybody, so Hibernate parses and plans each once. Inlined, each person
     * had texts of their own; with hundreds of people they crowded out the query plan cache and
     * were each parsed again, at a cost of seconds (docs/performance.md, "The first parse of a query").
     * The departments are one parameter each ({@link #departmentsIn()}), not one list-valued
     * parameter: Hibernate keeps no SQL plan for a query with a list, and built the SQL of every
     * list a non-administrator read again on each call (docs/performance.md, change 32).
     */
    public static final String USER_PARAMETER = "scopeUser";
    public static final String DEPARTMENTS_PARAMETER = "scopeDepartment";

    /** The departments as a list, never empty (-1 matches none). */
    public List<Long> departmentIds() {
        Set<Long> all = departments();
        return all.isEmpty() ? List.of(-1L) : all.stream().sorted().toList();
    }

    /**
     * {@code (:scopeDepartment0, ...)}, to put after {@code in}: one parameter a department, padded to
     * a power of two, so that people with one, two, three or four departments share a text.
     */
    public String departmentsIn() {
        return InList.of(departmentIds()).placeholders(DEPARTMENTS_PARAMETER);
    }

    /** The values of the parameters above, by name. */
    public Map<String, Object> hqlParameters() {
        Map<String, Object> parameters = new HashMap<>(InList.of(departmentIds()).parameters(DEPARTMENTS_PARAMETER));
        parameters.put(USER_PARAMETER, userId);
        return parameters;
    }

    /** Binds those of the parameters above that {@code query} declares. */
    public <Q extends jakarta.persistence.Query> Q bind(Q query) {
        Map<String, Object> values = hqlParameters();
        for (jakarta.persistence.Parameter<?> parameter : query.getParameters()) {
            Object value = parameter.getName() == null ? null : values.get(parameter.getName());
            if (value != null) {
                query.setParameter(parameter.getName(), value);
            }
        }
        return query;
    }

    /** Administrators see and do everything: their departments are not read. */
    public static AccessScope of(User user, EntityManager em) {
        if (user.hasRole(Role.ADMIN)) {
            return new AccessScope(user.id, true, Set.of(), Set.of());
        }
        if (Hibernate.isInitialized(user.departments) && Hibernate.isInitialized(user.headOf)) {
            // read already, with the signed-in person (CurrentUser)
            return new AccessScope(user.id, false, idsOf(user.departments), idsOf(user.headOf));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT department_id, 0 FROM user_departments WHERE user_id = ?1"
                        + " UNION ALL SELECT department_id, 1 FROM department_heads WHERE user_id = ?1")
                .setParameter(1, user.id).getResultList();
        Set<Long> members = new HashSet<>();
        Set<Long> heads = new HashSet<>();
        for (Object[] row : rows) {
            long department = ((Number) row[0]).longValue();
            (((Number) row[1]).intValue() == 0 ? members : heads).add(department);
        }
        return new AccessScope(user.id, user.hasRole(Role.ADMIN), Set.copyOf(members), Set.copyOf(heads));
    }

    private static Set<Long> idsOf(Collection<Department> departments) {
        return departments.stream().map(d -> d.id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The scopes of several people in one statement, keyed by user id: a notification checks
     * every recipient, and a department's staff must not cost a query each.
     */
    public static Map<Long, AccessScope> ofAll(Collection<User> users, EntityManager em) {
        Map<Long, AccessScope> scopes = new HashMap<>();
        List<Long> ids = users.stream().filter(u -> !u.hasRole(Role.ADMIN)).map(u -> u.id).distinct().toList();
        Map<Long, Set<Long>> members = new HashMap<>();
        Map<Long, Set<Long>> heads = new HashMap<>();
        if (!ids.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            "SELECT user_id, department_id, 0 FROM user_departments WHERE user_id IN (?1)"
                                    + " UNION ALL SELECT user_id, department_id, 1 FROM department_heads WHERE user_id IN (?1)")
                    .setParameter(1, ids).getResultList();
            for (Object[] row : rows) {
                long user = ((Number) row[0]).longValue();
                long department = ((Number) row[1]).longValue();
                (((Number) row[2]).intValue() == 0 ? members : heads)
                        .computeIfAbsent(user, k -> new HashSet<>()).add(department);
            }
        }
        for (User user : users) {
            scopes.put(user.id, user.hasRole(Role.ADMIN) ? new AccessScope(user.id, true, Set.of(), Set.of())
                    : new AccessScope(user.id, false, Set.copyOf(members.getOrDefault(user.id, Set.of())),
                            Set.copyOf(heads.getOrDefault(user.id, Set.of()))));
        }
        return scopes;
    }
}

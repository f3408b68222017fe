package app.baton.notification;

import app.baton.department.Department;
import app.baton.user.AccessScope;
import app.baton.user.Role;
import app.baton.user.User;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The people notifications go to, read once per transaction: an escalation pass tells a hundred
 * tickets' departments, heads and administrators in one transaction, and asking the database
 * again for each of them cost most of the pass. A transaction sees its own changes to users
 * through the managed entities these lists hold.
 */
@TransactionScoped
public class RecipientDirectory {

    @Inject
    EntityManager em;

    // no "distinct": Hibernate returns each user once when it fetches a collection, and in SQL
    // the word made MariaDB sort the department's members through a temporary table
    private static final String STAFF = "select u from User u left join fetch u.roles join u.departments d"
            + " where d.id = ?1 and u.active = true order by u.id";
    private static final String STAFF_OF_DEPARTMENTS = "select u, d.id from User u left join fetch u.roles"
            + " join u.departments d where d.id in :departments and u.active = true order by u.id";
    private static final String ADMINISTRATORS = "select distinct u from User u join u.roles r where r = ?1"
            + " and u.active = true order by u.id";

    private final Map<Long, List<User>> staff = new HashMap<>();
    private final Map<Long, AccessScope> scopes = new HashMap<>();
    private List<User> administrators;

    /** The department's active members, their roles loaded along. */
    public List<User> staffOf(Department department) {
        if (department == null) {
            return List.of();
        }
        return staff.computeIfAbsent(department.id, id -> User.find(STAFF, id).list());
    }

    /**
     * Reads the active staff of those departments not read yet in one statement, for a batch that
     * will ask for several departments' staff (an escalation pass).
     */
    public void readStaffOf(Collection<Department> departments) {
        List<Long> missing = departments.stream().filter(Objects::nonNull).map(d -> d.id)
                .filter(id -> !staff.containsKey(id)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<Long, Set<User>> found = new HashMap<>();
        em.createQuery(STAFF_OF_DEPARTMENTS, Object[].class).setParameter("departments", missing).getResultStream()
                .forEach(row -> found.computeIfAbsent((Long) row[1], id -> new LinkedHashSet<>()).add((User) row[0]));
        missing.forEach(id -> staff.put(id, List.copyOf(found.getOrDefault(id, Set.of()))));
    }

    public List<User> administrators() {
        if (administrators == null) {
            administrators = User.find(ADMINISTRATORS, Role.ADMIN).list();
        }
        return administrators;
    }

    /**
     * Creates (parses, without running) this directory's queries as its methods create them
     * (Panache without a result type), for the warm-up after a start; answers how many.
     */
    public static int createQueries(EntityManager em) {
        em.createQuery(STAFF);
        em.createQuery(STAFF_OF_DEPARTMENTS, Object[].class);
        em.createQuery(ADMINISTRATORS);
        return 3;
    }

    /** Each person's scope (AccessScope); those not read yet in this transaction in one statement. */
    public Map<Long, AccessScope> scopesOf(Collection<User> users) {
        List<User> missing = users.stream().filter(u -> !scopes.containsKey(u.id)).toList();
        if (!missing.isEmpty()) {
            scopes.putAll(AccessScope.ofAll(missing, em));
        }
        Map<Long, AccessScope> asked = new HashMap<>();
        users.forEach(u -> asked.put(u.id, scopes.get(u.id)));
        return asked;
    }
}

package app.baton.ticket;

import app.baton.department.Department;
import app.baton.web.SessionJdbc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Allocates ticket numbers per receiving department without gaps or duplicates. The counter
 * row is incremented in the caller's transaction, so its row lock serialises concurrent
 * creations in one department until they commit, and a rollback gives the number back.
 */
@ApplicationScoped
class TicketKeys {

    /** Departments whose counter row is known to exist (rows are never deleted). */
    private final Set<Long> counted = ConcurrentHashMap.newKeySet();

    @Inject
    EntityManager em;

    /** Must run inside the transaction that inserts the ticket. */
    String next(Department department) {
        long departmentId = department.id;
        if (!counted.contains(departmentId)) {
            ensureCounter(departmentId);
            counted.add(departmentId);
        }
        // One round trip: LAST_INSERT_ID(expr) puts the new number into the OK packet, which the
        // driver answers as the generated key. Plain JDBC on the transaction's connection spares
        // the ORM's auto-flush and query planning while the row lock is held.
        long number = SessionJdbc.run(em, "UPDATE ticket_key_counters SET last_number = LAST_INSERT_ID(last_number + 1)"
                + " WHERE department_id = ?", true, update -> {
                    update.setLong(1, departmentId);
                    if (update.executeUpdate() != 1) {
                        throw new IllegalStateException("No key counter for department " + departmentId);
                    }
                    try (ResultSet keys = update.getGeneratedKeys()) {
                        if (!keys.next()) {
                            throw new IllegalStateException("The key counter of department " + departmentId
                                    + " answered no number");
                        }
                        return keys.getLong(1);
                    }
                });
        return department.code + "-" + number;
    }

    private void ensureCounter(long departmentId) {
        // A plain (non-locking) read: a locking UPDATE of a missing row would take a gap lock that
        // the insert below, in its own transaction, would then wait for until timing out.
        Number exists = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM ticket_key_counters WHERE department_id = ?1")
                .setParameter(1, departmentId).getSingleResult();
        if (exists.longValue() == 0) {
            // Committed at once, so concurrent first creations find the row instead of racing to insert it.
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "INSERT IGNORE INTO ticket_key_counters (department_id, last_number) VALUES (?1, 0)")
                    .setParameter(1, departmentId).executeUpdate());
        }
    }
}

package app.baton.ticket;

import app.baton.department.Department;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Allocates ticket numbers per receiving department without gaps or duplicates. The counter
 * row is incremented in the caller's transaction, so its row lock serialises concurrent
 * creations in one department until they commit, and a rollback gives the number back.
 */
@ApplicationScoped
class TicketKeys {

    @Inject
    EntityManager em;

    /** Must run inside the transaction that inserts the ticket. */
    String next(Department department) {
        long departmentId = department.id;
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
        em.createNativeQuery("UPDATE ticket_key_counters SET last_number = last_number + 1 WHERE department_id = ?1")
                .setParameter(1, departmentId).executeUpdate();
        Number number = (Number) em.createNativeQuery(
                        "SELECT last_number FROM ticket_key_counters WHERE department_id = ?1 FOR UPDATE")
                .setParameter(1, departmentId).getSingleResult();
        return department.code + "-" + number.longValue();
    }
}

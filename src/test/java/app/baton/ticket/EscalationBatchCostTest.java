package app.baton.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.escalation.EscalationPass;
import app.baton.support.Api;
import app.baton.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The escalation pass is issue 6's "1% due at 1M in a second": a batch of due tickets must cost
 * the same statements whether it holds five tickets or fifteen — recipients, their scopes, the
 * steps and the mails are read and written once per batch, not once per ticket or per step.
 * Every ticket has its own requester, and every other one its own assignee, as in a real
 * company: a person the batch has not met yet must not cost a statement of their own.
 */
@QuarkusTest
class EscalationBatchCostTest {

    @Inject
    TestClock clock;

    @Inject
    EscalationPass pass;

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory emf;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aBatchCostsTheSameStatementsWhateverItsSize() {
        TicketFixture f = new TicketFixture();
        Instant start = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        Instant now = clock.freeze();
        clock.advance(Duration.between(now, start));
        String key = f.create();
        String prefix = "B" + f.receiving + "-";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO tickets (ticket_key, type_id,"
                        + " title, client_id, priority, status, requester_id, receiving_department_id, ack_due_at,"
                        + " resolve_due_at, ack_warn_at, resolve_warn_at, next_escalation_at, created_at, updated_at)"
                        + " SELECT CONCAT(?2, seq), type_id, title, client_id, priority, status, requester_id,"
                        + " receiving_department_id, ack_due_at, resolve_due_at, ack_warn_at, resolve_warn_at,"
                        + " next_escalation_at, created_at, updated_at FROM tickets JOIN seq_1_to_20 WHERE ticket_key = ?1")
                .setParameter(1, key).setParameter(2, prefix).executeUpdate());
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select t.id from Ticket t where t.key like :prefix order by t.id", Long.class)
                .setParameter("prefix", prefix + "%").getResultList());
        for (int i = 0; i < ids.size(); i++) {
            long requester = Api.createUser("Requester " + i, f.requesting).id();
            Long assignee = i % 2 == 0 ? null : Api.createUser("Assignee " + i, f.receiving).id();
            long ticket = ids.get(i);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "UPDATE tickets SET requester_id = ?1, assignee_id = ?2 WHERE id = ?3")
                    .setParameter(1, requester).setParameter(2, assignee).setParameter(3, ticket).executeUpdate());
        }
        Instant later = start.plus(Duration.ofDays(2)); // warning, breach and second breach all due

        long five = statementsFor(ids.subList(0, 5), later);
        long fifteen = statementsFor(ids.subList(5, 20), later);

        long steps = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM escalations e JOIN tickets t ON t.id = e.ticket_id WHERE t.ticket_key LIKE ?1")
                .setParameter(1, prefix + "%").getSingleResult()).longValue());
        assertEquals(60, steps, "three steps for each of the twenty tickets");
        long mails = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM outbox o JOIN tickets t ON t.id = o.ticket_id WHERE t.ticket_key LIKE ?1")
                .setParameter(1, prefix + "%").getSingleResult()).longValue());
        assertTrue(mails >= 60, "every step told someone: " + mails + " mails");
        System.out.println("escalation batch statements: " + five + " (5 tickets), " + fifteen + " (15 tickets)");
        assertEquals(five, fifteen, "a due ticket must not cost statements of its own");
        assertTrue(fifteen <= 14, "a batch costs a few statements: " + fifteen);
    }

    private long statementsFor(List<Long> ids, Instant now) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        long before = statistics.getPrepareStatementCount();
        int taken = QuarkusTransaction.requiringNew().call(() -> pass.takeSteps(ids, now));
        assertEquals(3 * ids.size(), taken);
        return statistics.getPrepareStatementCount() - before;
    }
}

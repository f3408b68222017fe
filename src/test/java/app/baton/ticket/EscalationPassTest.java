package app.baton.ticket;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.escalation.EscalationPass;
import app.baton.support.Api;
import app.baton.support.RaisedEscalations;
import app.baton.support.RaisedEscalations.Raised;
import app.baton.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pass as several instances would run it: exactly once per step, reading only due tickets. */
@QuarkusTest
class EscalationPassTest {

    static final int COPIES = 150;

    @Inject
    TestClock clock;

    @Inject
    EscalationPass pass;

    @Inject
    RaisedEscalations raised;

    @Inject
    EntityManager em;

    @Inject
    app.baton.escalation.EscalationSchedule schedule;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    void setClock(Instant at) {
        Instant now = clock.freeze();
        clock.advance(Duration.between(now, at));
    }

    /** A NEW ticket made through the API a day ago, and {@code copies} more like it written straight to the table. */
    String ticketWithCopies(TicketFixture f, Instant start, int copies, String prefix) {
        setClock(start);
        String key = f.create();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO tickets (ticket_key, type_id,"
                        + " title, client_id, priority, status, requester_id, receiving_department_id, ack_due_at,"
                        + " resolve_due_at, ack_warn_at, resolve_warn_at, next_escalation_at, created_at, updated_at)"
                        + " SELECT CONCAT(?2, seq), type_id, title, client_id, priority, status, requester_id,"
                        + " receiving_department_id, ack_due_at, resolve_due_at, ack_warn_at, resolve_warn_at,"
                        + " next_escalation_at, created_at, updated_at"
                        + " FROM tickets JOIN seq_1_to_" + copies + " WHERE ticket_key = ?1")
                .setParameter(1, key).setParameter(2, prefix).executeUpdate());
        return key;
    }

    @Test
    void twoPassesRunningAtOnceTakeEveryStepOfEveryTicketExactlyOnce() throws Exception {
        TicketFixture f = new TicketFixture();
        Instant start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        String prefix = "C" + f.receiving + "-";
        ticketWithCopies(f, start, COPIES, prefix);
        setClock(start.plus(Duration.ofMinutes(61))); // warning and breach of the acknowledgement are due

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<EscalationPass.Result>> runs = List.of(
                    threads.submit(() -> { go.await(); return pass.run(); }),
                    threads.submit(() -> { go.await(); return pass.run(); }));
            go.countDown();
            for (Future<EscalationPass.Result> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdown();
        }

        List<Raised> events = raised.all().stream().filter(r -> r.key().startsWith(prefix)).toList();
        assertEquals(2 * COPIES, events.size(), "one warning and one breach per ticket");
        assertEquals(2 * COPIES, new HashSet<>(events).size(), "no step raised twice");
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM escalations e JOIN tickets t ON t.id = e.ticket_id WHERE t.ticket_key LIKE ?1")
                .setParameter(1, prefix + "%").getSingleResult()).longValue());
        assertEquals(2L * COPIES, rows);

        pass.run();
        assertEquals(2 * COPIES, countFor(prefix), "a further pass adds nothing for these tickets");
    }

    private int countFor(String prefix) {
        return (int) raised.all().stream().filter(r -> r.key().startsWith(prefix)).count();
    }

    @Test
    void aStaleScheduleDoesNotRaiseAStepAgain() {
        TicketFixture f = new TicketFixture();
        Instant start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        setClock(start);
        String key = f.create();
        setClock(start.plus(Duration.ofMinutes(50)));
        pass.run();
        assertEquals(1, raised.of(key).size());
        // as if an instance had written an outdated next_escalation_at
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE tickets SET next_escalation_at = created_at WHERE ticket_key = ?1")
                .setParameter(1, key).executeUpdate());
        pass.run();
        assertEquals(1, raised.of(key).size());
        f.get(key).body("escalations.size()", equalTo(1));
    }

    /**
     * Two runners that both believe a step is due (neither sees the other's row, no claim lock
     * between them): the unique key lets one insert it, the other's INSERT IGNORE adds nothing
     * and raises no event, and neither transaction fails.
     */
    @Test
    void withoutTheClaimTheUniqueKeyStillLetsOnlyOneRunnerTakeAStep() throws Exception {
        TicketFixture f = new TicketFixture();
        Instant start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        setClock(start);
        String key = f.create();
        Instant now = start.plus(Duration.ofMinutes(50));
        long id = QuarkusTransaction.requiringNew().call(() -> Ticket.findByKey(key).orElseThrow().id);
        CountDownLatch secondHasLooked = new CountDownLatch(1);
        CountDownLatch firstCommitted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> second = threads.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                Ticket t = em.find(Ticket.class, id); // its snapshot: before the first runner's step
                secondHasLooked.countDown();
                firstCommitted.await();
                return schedule.escalate(t, now);
            }));
            Future<Integer> first = threads.submit(() -> {
                secondHasLooked.await();
                int steps = QuarkusTransaction.requiringNew().call(() -> schedule.escalate(em.find(Ticket.class, id), now));
                firstCommitted.countDown();
                return steps;
            });
            assertEquals(1, first.get());
            assertEquals(0, second.get());
        } finally {
            threads.shutdown();
        }
        assertEquals(1, raised.of(key).size());
        f.get(key).body("escalations.size()", equalTo(1));
    }

    @Test
    void theDatabaseRefusesASecondRowForTheSameStep() {
        TicketFixture f = new TicketFixture();
        String key = f.create();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO escalations"
                + " (ticket_id, deadline, cycle, level, at) SELECT id, 'ACK', 1, 'WARNING', NOW(6) FROM tickets"
                + " WHERE ticket_key = ?1").setParameter(1, key).executeUpdate());
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "INSERT INTO escalations (ticket_id, deadline, cycle, level, at) SELECT id, 'ACK', 1, 'WARNING',"
                        + " NOW(6) FROM tickets WHERE ticket_key = ?1").setParameter(1, key).executeUpdate()));
    }

    /**
     * The claim reads ix_tickets_next_escalation as a range in index order: its cost follows the
     * due tickets, not the table. 3000 tickets due later and 3000 finished ones make the test.
     */
    @Test
    void theClaimReadsOnlyDueTicketsThroughItsIndex() {
        TicketFixture f = new TicketFixture();
        Instant start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        ticketWithCopies(f, start, 3000, "L" + f.receiving + "-");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE tickets SET status = 'CLOSED',"
                + " next_escalation_at = NULL WHERE ticket_key LIKE ?1 AND ticket_key NOT LIKE ?2")
                .setParameter(1, "L" + f.receiving + "-%").setParameter(2, "L" + f.receiving + "-1%").executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("ANALYZE TABLE tickets").getResultList());
        List<?> plan = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("EXPLAIN " + claimSql())
                .setParameter(1, start.plus(Duration.ofMinutes(61))).setParameter(2, 20).getResultList());
        Object[] row = (Object[]) plan.get(0);
        assertEquals("ix_tickets_next_escalation", String.valueOf(row[5]), "plan: " + Arrays.toString(row));
        assertEquals("range", String.valueOf(row[3]), "plan: " + Arrays.toString(row));
        assertTrue(row[9] == null || !String.valueOf(row[9]).contains("filesort"), "plan: " + Arrays.toString(row));
    }

    private static String claimSql() {
        try {
            var field = EscalationPass.class.getDeclaredField("CLAIM");
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void queuesShowTheStepsTakenOnTheCurrentDeadlineMostUrgentFirst() {
        TicketFixture f = new TicketFixture();
        Instant start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        setClock(start);
        String first = f.create();
        setClock(start.plus(Duration.ofMinutes(5)));
        String second = f.create();
        setClock(start.plus(Duration.ofMinutes(20)));
        String third = f.create(); // warning at +65, due at +80
        setClock(start.plus(Duration.ofMinutes(70)));
        pass.run();

        f.requester.api().queryParam("view", "overdue").get("/api/queues/" + f.receiving).then().statusCode(200)
                .body("items.key", equalTo(List.of(first, second)))
                .body("items[0].escalations.level", equalTo(List.of("WARNING", "BREACH")))
                .body("items[0].escalations.deadline", equalTo(List.of("ACK", "ACK")));
        f.requester.api().queryParam("view", "at-risk").get("/api/queues/" + f.receiving).then().statusCode(200)
                .body("items.key", equalTo(List.of(third)))
                .body("items[0].escalations.level", equalTo(List.of("WARNING")));
        f.requester.api().queryParam("view", "unacknowledged").get("/api/queues/" + f.receiving).then()
                .statusCode(200).body("items.key", equalTo(List.of(first, second, third)));

        f.acknowledge(first); // a new deadline: the acknowledgement steps no longer show in the queue
        f.requester.api().get("/api/queues/" + f.receiving).then().statusCode(200)
                .body("items.find { it.key == '" + first + "' }.escalations.size()", equalTo(0));
        f.get(first).body("escalations.size()", equalTo(2));
    }
}

package app.baton.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.escalation.Deadline;
import app.baton.escalation.EscalationLevel;
import app.baton.escalation.EscalationRaised;
import app.baton.support.TestClock;
import app.baton.ticket.Ticket;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mail survives an SMTP outage, is retried with backoff, and goes out exactly once. */
@QuarkusTest
class OutboxDeliveryTest {

    static final Mailbox MAILBOX = new Mailbox();

    @Inject
    OutboxSender sender;

    @Inject
    TestClock clock;

    @Inject
    jakarta.enterprise.event.Event<EscalationRaised> escalations;

    @BeforeAll
    static void startSmtp() {
        MAILBOX.start();
    }

    @AfterAll
    static void stopSmtp() {
        MAILBOX.stop();
    }

    @BeforeEach
    void emptyOutbox() {
        sender.sendDue();
        MAILBOX.clear();
    }

    @AfterEach
    void restore() {
        clock.reset();
        MAILBOX.stop();
        MAILBOX.start();
    }

    @Test
    void retriesStartWithinAMinuteAndDoubleUpToFifteenMinutes() {
        assertEquals(Duration.ofSeconds(30), sender.backoff(1));
        assertEquals(Duration.ofMinutes(1), sender.backoff(2));
        assertEquals(Duration.ofMinutes(2), sender.backoff(3));
        assertEquals(Duration.ofMinutes(8), sender.backoff(5));
        assertEquals(Duration.ofMinutes(15), sender.backoff(6));
        assertEquals(Duration.ofMinutes(15), sender.backoff(500));
    }

    @Test
    void anHourLongSmtpOutageDelaysMailButLosesAndDuplicatesNothing() {
        MailWorld w = new MailWorld();
        Instant start = clock.freeze();
        String first = w.create("Fix the lift");
        String second = w.create("Fix the gate");
        List<Long> ids = outboxIdsOf(first, second);
        assertEquals(8, ids.size(), "address, head, two staff for each of two requests");

        MAILBOX.stop();
        assertEquals(0, sender.sendDue());
        Map<Long, OutboxMessage> rows = rows(ids);
        for (OutboxMessage m : rows.values()) {
            assertEquals(OutboxStatus.PENDING, m.status);
            if (m.attempts == 1) {
                assertEquals(start.plusSeconds(30), m.nextAttemptAt, "first retry within a minute");
            }
        }
        while (rows(ids).values().stream().anyMatch(m -> m.attempts == 0)) {
            sender.sendDue(); // each run gives up after three failures in a row; the rest wait their turn
        }
        OutboxMessage tried = rows(ids).values().stream().filter(m -> m.attempts == 1).findFirst().orElseThrow();
        assertEquals(start.plusSeconds(30), tried.nextAttemptAt, "first retry within a minute");
        assertNotNull(tried.lastError);
        assertTrue(tried.lastError.toLowerCase().contains("connect"), tried.lastError);

        int attempts = rows(ids).values().stream().mapToInt(m -> m.attempts).sum();
        assertEquals(0, sender.sendDue(), "nothing is due before the retry time");
        assertEquals(attempts, rows(ids).values().stream().mapToInt(m -> m.attempts).sum());

        clock.advance(Duration.ofSeconds(31));
        sender.sendDue();
        OutboxMessage again = rows(List.of(tried.id)).get(tried.id);
        if (again.attempts == 2) {
            assertEquals(clock.instant().plus(Duration.ofMinutes(1)), again.nextAttemptAt, "the wait doubles");
        }

        for (int minute = 0; minute < 60; minute += 5) {
            clock.advance(Duration.ofMinutes(5));
            for (int run = 0; run < 5; run++) {
                assertEquals(0, sender.sendDue());
            }
        }
        for (OutboxMessage m : rows(ids).values()) {
            assertEquals(OutboxStatus.PENDING, m.status, "an hour's outage must not give up on mail");
            assertTrue(!m.nextAttemptAt.isAfter(clock.instant().plus(Duration.ofMinutes(15))),
                    "retries are at most 15 minutes apart");
        }
        assertTrue(rows(ids).values().stream().anyMatch(m -> m.attempts >= 5), "it kept trying");

        MAILBOX.start();
        clock.advance(Duration.ofMinutes(15));
        sender.sendDue();
        clock.advance(Duration.ofMinutes(15));
        sender.sendDue();

        for (OutboxMessage m : rows(ids).values()) {
            assertEquals(OutboxStatus.SENT, m.status);
            assertNotNull(m.sentAt);
        }
        Map<String, Long> perOutboxRow = MAILBOX.all().stream().filter(r -> r.outboxId() != null)
                .collect(Collectors.groupingBy(Mailbox.Received::outboxId, Collectors.counting()));
        for (Long id : ids) {
            assertEquals(1L, perOutboxRow.getOrDefault(String.valueOf(id), 0L), "row " + id + " sent once");
        }
        assertEquals(2, MAILBOX.to(w.lina.email()).size());
        assertEquals(2, MAILBOX.to(w.receivingEmail).size());
    }

    @Test
    void twoSendersRunningAtOnceSendEveryMailOnce() throws Exception {
        MailWorld w = new MailWorld();
        List<String> keys = List.of(w.create("One"), w.create("Two"), w.create("Three"), w.create("Four"));
        List<Long> ids = outboxIdsOf(keys.toArray(String[]::new));
        assertEquals(16, ids.size());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Future<Integer> a = pool.submit(() -> {
                go.await();
                return sender.sendDue();
            });
            Future<Integer> b = pool.submit(() -> {
                go.await();
                return sender.sendDue();
            });
            go.countDown();
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        // The in-process SMTP server now and then leaves a fresh connection unanswered until its
        // 30 s socket timeout (seen in full-suite runs only). Such a mail is a failed attempt that
        // is retried later, as in production: one more run after its back-off delivers it. What
        // this test guards is that no row is ever sent twice.
        if (!rows(ids).values().stream().allMatch(m -> m.status == OutboxStatus.SENT)) {
            clock.freeze();
            clock.advance(Duration.ofHours(1));
            sender.sendDue();
        }
        Map<String, Long> perOutboxRow = MAILBOX.all().stream().filter(r -> r.outboxId() != null)
                .collect(Collectors.groupingBy(Mailbox.Received::outboxId, Collectors.counting()));
        for (Long id : ids) {
            assertEquals(1L, perOutboxRow.getOrDefault(String.valueOf(id), 0L), "row " + id + " sent once");
        }
        assertTrue(rows(ids).values().stream().allMatch(m -> m.status == OutboxStatus.SENT && m.attempts <= 2));
    }

    @Test
    void mailThatCannotBeDeliveredForTwoDaysIsMarkedFailedWithItsError() {
        MailWorld w = new MailWorld();
        clock.freeze();
        List<Long> ids = outboxIdsOf(w.create("Never delivered"));
        MAILBOX.stop();
        sender.sendDue();
        for (int hour = 0; hour < 49; hour++) {
            clock.advance(Duration.ofHours(1));
            for (int run = 0; run < 10; run++) { // a run pauses after three failures in a row
                sender.sendDue();
            }
        }
        for (OutboxMessage m : rows(ids).values()) {
            assertEquals(OutboxStatus.FAILED, m.status);
            assertNotNull(m.lastError);
            assertTrue(m.attempts > 10, "attempts: " + m.attempts);
        }
    }

    @Test
    void mailIsWrittenInTheChangingTransactionAndRolledBackWithIt() {
        MailWorld w = new MailWorld();
        String key = w.create("Roll me back");
        int before = outboxIdsOf(key).size();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                escalations.fire(new EscalationRaised(Ticket.findByKey(key).orElseThrow(), Deadline.ACK,
                        EscalationLevel.BREACH, Instant.now()));
                assertTrue(OutboxMessage.count("ticket.key = ?1", key) > before, "written in this transaction");
                throw new IllegalStateException("the escalation could not be recorded");
            });
        } catch (IllegalStateException expected) {
            // the change failed: its mail must be gone with it
        }
        assertEquals(before, outboxIdsOf(key).size());
        sender.sendDue();
        assertTrue(MAILBOX.to(w.head.email()).stream().noneMatch(m -> m.subject().contains("missed")));
    }

    private static List<Long> outboxIdsOf(String... keys) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list(
                        "ticket.key in ?1 order by id", List.of(keys)).stream().map(m -> m.id).toList());
    }

    private static Map<Long, OutboxMessage> rows(List<Long> ids) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("id in ?1", ids)
                .stream().collect(Collectors.toMap(m -> m.id, Function.identity())));
    }
}

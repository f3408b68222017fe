package app.baton.promise;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.baton.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reminder pass under a clock the test moves; events are counted as the outbox would see them. */
@QuarkusTest
class PromiseRemindersTest {

    @Inject
    TestClock clock;

    @Inject
    PromiseReminders reminders;

    @Inject
    PromiseEvents events;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void theReminderFiresOnceAtItsTimeAndTheOverdueOnceWhenTheDueTimePasses() {
        PromiseFixture f = new PromiseFixture();
        Instant t0 = clock.freeze();
        Map<String, Object> body = f.body("Call back with the price", t0.plus(Duration.ofHours(3)));
        body.put("remindBefore", "PT2H");
        long id = f.createResponse(body).statusCode(201).extract().jsonPath().getLong("id");

        clock.advance(Duration.ofMinutes(59));
        reminders.run();
        assertEquals(0, events.reminders(id));

        clock.advance(Duration.ofMinutes(1)); // the reminder time, due - 2h
        reminders.run();
        assertEquals(1, events.reminders(id));
        reminders.run();
        assertEquals(1, events.reminders(id));
        // the reminder changed nothing the owner might be editing: the version they saw still works later
        f.get(id).body("remindedAt", equalTo(t0.plus(Duration.ofHours(1)).toString()))
                .body("version", equalTo(0)).body("overdue", equalTo(false));

        clock.advance(Duration.ofMinutes(119));
        reminders.run();
        assertEquals(0, events.overdues(id));
        clock.advance(Duration.ofMinutes(1)); // the due time
        reminders.run();
        reminders.run();
        assertEquals(1, events.overdues(id));
        assertEquals(1, events.reminders(id));
        f.get(id).body("overdue", equalTo(true)).body("status", equalTo("OPEN"))
                .body("overdueNotifiedAt", equalTo(t0.plus(Duration.ofHours(3)).toString()))
                .body("history.kind", contains("CREATED", "OVERDUE"))
                .body("history[1].actor", nullValue());
        clock.advance(Duration.ofDays(1));
        reminders.run();
        assertEquals(1, events.overdues(id));
        f.signInAgain();

        // still OPEN: it can be kept late with the version seen at the start
        f.act(id, "keep", Map.of("version", 0)).statusCode(200).body("overdue", equalTo(false));
    }

    @Test
    void closedPromisesAreNeitherRemindedNorEscalated() {
        PromiseFixture f = new PromiseFixture();
        Instant t0 = clock.freeze();
        long kept = f.create("Kept early", t0.plus(Duration.ofHours(2)));
        long renegotiated = f.create("Moved", t0.plus(Duration.ofHours(2)));
        f.act(kept, "keep", Map.of()).statusCode(200);
        long next = f.act(renegotiated, "renegotiate", Map.of("dueAt", t0.plus(Duration.ofDays(5)).toString(),
                "note", "Client agreed by email")).statusCode(201).extract().jsonPath().getLong("id");
        clock.advance(Duration.ofHours(3));
        reminders.run();
        for (long id : List.of(kept, renegotiated, next)) {
            assertEquals(0, events.reminders(id), "reminders of " + id);
            assertEquals(0, events.overdues(id), "overdues of " + id);
        }
        clock.advance(Duration.ofDays(5).minus(Duration.ofHours(3)).minus(Duration.ofMinutes(30)));
        reminders.run();
        assertEquals(1, events.reminders(next));
        assertEquals(0, events.overdues(next));
        clock.advance(Duration.ofMinutes(30));
        reminders.run();
        assertEquals(1, events.overdues(next));
    }

    @Test
    void aReminderMissedUntilTheDueTimeGivesWayToTheEscalation() {
        PromiseFixture f = new PromiseFixture();
        Instant t0 = clock.freeze();
        long id = f.create("Deliver before noon", t0.plus(Duration.ofHours(2)));
        clock.advance(Duration.ofHours(4)); // the pass did not run in between
        reminders.run();
        reminders.run();
        assertEquals(0, events.reminders(id));
        assertEquals(1, events.overdues(id));
        f.get(id).body("remindAt", nullValue()).body("remindedAt", nullValue());
    }

    @Test
    void aReminderTimeAlreadyPastAtCreationGoesOutAtTheNextPass() {
        PromiseFixture f = new PromiseFixture();
        Instant t0 = clock.freeze();
        long id = f.createResponse(f.body("Call back in half an hour", t0.plus(Duration.ofMinutes(30))))
                .statusCode(201).body("remindAt", equalTo(t0.toString())).extract().jsonPath().getLong("id");
        reminders.run();
        assertEquals(1, events.reminders(id));
    }

    @Test
    void twoPassesAtTheSameTimeFireEachEventOnce() throws Exception {
        PromiseFixture f = new PromiseFixture();
        Instant t0 = clock.freeze();
        List<Long> remindOnly = new ArrayList<>();
        List<Long> overdue = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Map<String, Object> body = f.body("Reminder " + i, t0.plus(Duration.ofHours(5)));
            body.put("remindAt", t0.plus(Duration.ofMinutes(30)).toString());
            remindOnly.add(f.createResponse(body).statusCode(201).extract().jsonPath().getLong("id"));
            Map<String, Object> soon = f.body("Overdue " + i, t0.plus(Duration.ofMinutes(45)));
            soon.put("remindAt", t0.plus(Duration.ofMinutes(15)).toString());
            overdue.add(f.createResponse(soon).statusCode(201).extract().jsonPath().getLong("id"));
        }
        clock.advance(Duration.ofHours(1));

        int passes = 4;
        ExecutorService pool = Executors.newFixedThreadPool(passes);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<PromiseReminders.Result>> results = new ArrayList<>();
            for (int i = 0; i < passes; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return reminders.run();
                }));
            }
            start.countDown();
            for (Future<PromiseReminders.Result> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        Map<Long, String> wrong = new HashMap<>();
        for (long id : remindOnly) {
            if (events.reminders(id) != 1 || events.overdues(id) != 0) {
                wrong.put(id, events.reminders(id) + " reminders, " + events.overdues(id) + " overdues");
            }
        }
        for (long id : overdue) {
            // their reminder was missed by the time the passes ran: the escalation replaces it
            if (events.reminders(id) != 0 || events.overdues(id) != 1) {
                wrong.put(id, events.reminders(id) + " reminders, " + events.overdues(id) + " overdues");
            }
        }
        assertEquals(Map.of(), wrong);
        f.sales.api().queryParam("client", f.client).queryParam("due", "overdue").get("/api/promises").then()
                .body("total", equalTo(15))
                .body("items.history.kind.flatten().findAll { it == 'OVERDUE' }.size()", equalTo(15));
    }
}

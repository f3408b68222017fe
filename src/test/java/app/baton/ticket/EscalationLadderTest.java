package app.baton.ticket;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.baton.escalation.EscalationPass;
import app.baton.support.RaisedEscalations;
import app.baton.support.RaisedEscalations.Raised;
import app.baton.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The escalation ladder with a controlled clock (NORMAL: ack 60 min, resolve 480 min, warning at
 * 75 %, second breach 4 business hours after the breach). The clock starts a day in the past, so
 * that login tokens stay valid while it moves forward.
 */
@QuarkusTest
class EscalationLadderTest {

    @Inject
    TestClock clock;

    @Inject
    EscalationPass pass;

    @Inject
    RaisedEscalations raised;

    Instant start;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    Instant startADayAgo() {
        start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        setClock(start);
        return start;
    }

    void setClock(Instant at) {
        Instant now = clock.freeze();
        clock.advance(Duration.between(now, at));
    }

    Instant minutes(long m) {
        return start.plus(Duration.ofMinutes(m));
    }

    /** Runs the pass at a moment and answers the steps it raised for this ticket. */
    List<Raised> passAt(Instant at, String key) {
        setClock(at);
        int before = raised.of(key).size();
        pass.run();
        List<Raised> now = raised.of(key);
        return now.subList(before, now.size());
    }

    static Raised step(String key, String deadline, String level, Instant at) {
        return new Raised(key, deadline, level, at);
    }

    @Test
    void eachAcknowledgementStepFiresOnceAtItsMoment() {
        TicketFixture f = new TicketFixture();
        startADayAgo();
        String key = f.create();

        assertEquals(List.of(), passAt(minutes(45).minusSeconds(1), key));
        assertEquals(List.of(step(key, "ACK", "WARNING", minutes(45))), passAt(minutes(45), key));
        assertEquals(List.of(), passAt(minutes(45), key), "a second pass at the same moment raises nothing");
        assertEquals(List.of(), passAt(minutes(59), key));
        assertEquals(List.of(step(key, "ACK", "BREACH", minutes(60))), passAt(minutes(60), key));
        assertEquals(List.of(), passAt(minutes(60 + 239), key));
        assertEquals(List.of(step(key, "ACK", "SECOND_BREACH", minutes(300))), passAt(minutes(300), key));
        assertEquals(List.of(), passAt(minutes(400), key), "the ladder has no more steps");

        f.get(key).body("escalations", hasSize(3))
                .body("escalations[0].deadline", equalTo("ACK"))
                .body("escalations[0].level", equalTo("WARNING"))
                .body("escalations[0].at", equalTo(minutes(45).toString()))
                .body("escalations[1].level", equalTo("BREACH"))
                .body("escalations[2].level", equalTo("SECOND_BREACH"))
                .body("escalations[2].at", equalTo(minutes(300).toString()));
    }

    @Test
    void aLatePassTakesEveryStepThatFellDueInOrderOnce() {
        TicketFixture f = new TicketFixture();
        startADayAgo();
        String key = f.create();
        List<Raised> steps = passAt(minutes(61), key);
        assertEquals(List.of(step(key, "ACK", "WARNING", minutes(61)), step(key, "ACK", "BREACH", minutes(61))), steps);
        assertEquals(List.of(), passAt(minutes(62), key));
    }

    @Test
    void acknowledgingStopsTheAcknowledgementLadderAndTheResolutionOneRuns() {
        TicketFixture f = new TicketFixture();
        startADayAgo();
        String key = f.create();
        setClock(minutes(10));
        f.acknowledge(key);
        assertEquals(List.of(), passAt(minutes(359), key), "no acknowledgement step once acknowledged");
        assertEquals(List.of(step(key, "RESOLVE", "WARNING", minutes(360))), passAt(minutes(360), key));
        assertEquals(List.of(step(key, "RESOLVE", "BREACH", minutes(480))), passAt(minutes(480), key));
        assertEquals(List.of(), passAt(minutes(719), key));
        assertEquals(List.of(step(key, "RESOLVE", "SECOND_BREACH", minutes(720))), passAt(minutes(720), key));
        setClock(minutes(721));
        f.act(f.staff, key, "resolve", Map.of()).statusCode(200);
        assertEquals(List.of(), passAt(minutes(2000), key));
    }

    @Test
    void theResolutionLadderCountsBusinessHours() {
        TicketFixture f = TicketCalendarDeadlineTest.officeHoursFixture();
        Instant thursday = TicketCalendarDeadlineTest.last(DayOfWeek.THURSDAY, "10:00");
        start = thursday;
        setClock(thursday);
        String key = f.create(); // ack due 11:00 (warning 10:45); resolution due Friday 10:00
        setClock(TicketCalendarDeadlineTest.sameDay(thursday, "10:10"));
        f.acknowledge(key);
        Instant warning = TicketCalendarDeadlineTest.sameDay(thursday, "16:00"); // 360 open minutes
        Instant due = TicketCalendarDeadlineTest.dayAfter(thursday, "10:00");
        Instant secondBreach = TicketCalendarDeadlineTest.dayAfter(thursday, "14:00");

        assertEquals(List.of(), passAt(warning.minusSeconds(1), key));
        assertEquals(List.of(step(key, "RESOLVE", "WARNING", warning)), passAt(warning, key));
        assertEquals(List.of(), passAt(TicketCalendarDeadlineTest.sameDay(thursday, "23:30"), key),
                "the night is not business time");
        assertEquals(List.of(step(key, "RESOLVE", "BREACH", due)), passAt(due, key));
        assertEquals(List.of(), passAt(secondBreach.minusSeconds(1), key));
        assertEquals(List.of(step(key, "RESOLVE", "SECOND_BREACH", secondBreach)), passAt(secondBreach, key));
    }

    @Test
    void waitingPausesTheResolutionLadderAndMovesItWithoutASecondWarning() {
        TicketFixture f = new TicketFixture();
        startADayAgo();
        String key = f.create();
        f.acknowledge(key); // resolution due at +480, warning at +360
        setClock(minutes(100));
        f.act(f.staff, key, "wait", Map.of("on", "CLIENT")).statusCode(200);
        assertEquals(List.of(), passAt(minutes(500), key), "nothing escalates while the clock is paused");
        f.act(f.staff, key, "resume", Map.of()).statusCode(200)
                .body("resolveDueAt", equalTo(minutes(880).toString())); // paused 400 minutes
        assertEquals(List.of(), passAt(minutes(759), key));
        assertEquals(List.of(step(key, "RESOLVE", "WARNING", minutes(760))), passAt(minutes(760), key));

        setClock(minutes(770));
        f.act(f.staff, key, "wait", Map.of("on", "CLIENT")).statusCode(200);
        setClock(minutes(780));
        f.act(f.staff, key, "resume", Map.of()).statusCode(200)
                .body("resolveDueAt", equalTo(minutes(890).toString()));
        assertEquals(List.of(), passAt(minutes(889), key), "the same cycle does not warn twice");
        assertEquals(List.of(step(key, "RESOLVE", "BREACH", minutes(890))), passAt(minutes(890), key));
    }

    @Test
    void forwardingRestartsTheAcknowledgementLadder() {
        TicketFixture f = new TicketFixture();
        String other = app.baton.support.Api.createDepartment("Workshop");
        startADayAgo();
        String key = f.create();
        assertEquals(List.of(step(key, "ACK", "WARNING", minutes(45))), passAt(minutes(45), key));
        setClock(minutes(50));
        f.act(f.staff, key, "forward", Map.of("department", other, "reason", "Theirs")).statusCode(200)
                .body("ackDueAt", equalTo(minutes(110).toString()));
        assertEquals(List.of(), passAt(minutes(94), key), "the old deadline's breach is gone with it");
        assertEquals(List.of(step(key, "ACK", "WARNING", minutes(95))), passAt(minutes(95), key));
        assertEquals(List.of(step(key, "ACK", "BREACH", minutes(110))), passAt(minutes(110), key));
        f.get(key).body("escalations.level", equalTo(List.of("WARNING", "WARNING", "BREACH")));
    }

    @Test
    void reopeningRestartsTheResolutionLadder() {
        TicketFixture f = new TicketFixture();
        startADayAgo();
        String key = f.create();
        f.acknowledge(key);
        assertEquals(List.of(step(key, "RESOLVE", "WARNING", minutes(360))), passAt(minutes(360), key));
        setClock(minutes(370));
        f.act(f.staff, key, "resolve", Map.of()).statusCode(200);
        setClock(minutes(400));
        f.act(f.requester, key, "reopen", Map.of()).statusCode(200)
                .body("resolveDueAt", equalTo(minutes(880).toString()));
        assertEquals(List.of(), passAt(minutes(759), key));
        assertEquals(List.of(step(key, "RESOLVE", "WARNING", minutes(760))), passAt(minutes(760), key));
    }

    @Test
    void anAcceptedCounterProposalStartsANewResolutionCycle() {
        TicketFixture f = new TicketFixture();
        startADayAgo();
        String key = f.create();
        f.act(f.staff, key, "acknowledge", Map.of("assignee", f.staff.id(), "proposedDueAt", minutes(1000).toString()))
                .statusCode(200);
        assertEquals(List.of(step(key, "RESOLVE", "WARNING", minutes(360))), passAt(minutes(360), key));
        setClock(minutes(370));
        f.act(f.requester, key, "accept-proposal", Map.of()).statusCode(200)
                .body("resolveDueAt", equalTo(minutes(1000).toString()));
        assertEquals(List.of(), passAt(minutes(480), key), "the old deadline does not breach");
        // warning at 75 % of the way from the acknowledgement (0) to the agreed date (1000)
        assertEquals(List.of(step(key, "RESOLVE", "WARNING", minutes(750))), passAt(minutes(750), key));
        assertEquals(List.of(step(key, "RESOLVE", "BREACH", minutes(1000))), passAt(minutes(1000), key));
    }

    @Test
    void changingThePriorityMovesTheRunningDeadlinesFromTheClockStart() {
        TicketFixture f = new TicketFixture();
        startADayAgo();
        String key = f.create();
        setClock(minutes(10));
        f.requester.api().body(Map.of("priority", "HIGH")).patch("/api/tickets/" + key).then().statusCode(200)
                .body("ackDueAt", equalTo(minutes(30).toString()))
                .body("resolveDueAt", equalTo(minutes(240).toString()));
        // HIGH warns at 75 % of 30 minutes
        assertEquals(List.of(step(key, "ACK", "WARNING", minutes(23))), passAt(minutes(23), key));

        f.acknowledge(key);
        setClock(minutes(30));
        f.act(f.staff, key, "wait", Map.of("on", "CLIENT")).statusCode(200);
        setClock(minutes(90));
        f.act(f.staff, key, "resume", Map.of()).statusCode(200)
                .body("resolveDueAt", equalTo(minutes(300).toString()));
        setClock(minutes(100));
        f.requester.api().body(Map.of("priority", "NORMAL")).patch("/api/tickets/" + key).then().statusCode(200)
                .body("resolveDueAt", equalTo(minutes(540).toString())); // 480 from the start plus 60 paused
        assertEquals(List.of(), passAt(minutes(239), key), "the HIGH warning moment no longer applies");
        assertEquals(List.of(step(key, "RESOLVE", "WARNING", minutes(420))), passAt(minutes(420), key));
    }
}

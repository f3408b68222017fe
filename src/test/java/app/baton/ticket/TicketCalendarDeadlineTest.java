package app.baton.ticket;

import static org.hamcrest.Matchers.equalTo;

import app.baton.support.Api;
import app.baton.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Deadlines of a department that works Monday to Friday 09–17 in Vilnius (NORMAL: ack 60, resolve 480). */
@QuarkusTest
class TicketCalendarDeadlineTest {

    static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");

    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    /**
     * The last such weekday before today, at a Vilnius wall-clock time: in the past rather than
     * the future, because login tokens expire when the clock moves forward.
     */
    static Instant last(DayOfWeek day, String time) {
        LocalDate date = LocalDate.now(VILNIUS).minusDays(1).with(TemporalAdjusters.previous(day));
        return LocalDateTime.of(date, LocalTime.parse(time)).atZone(VILNIUS).toInstant();
    }

    static Instant dayAfter(Instant instant, String time) {
        LocalDate date = instant.atZone(VILNIUS).toLocalDate().plusDays(1);
        return LocalDateTime.of(date, LocalTime.parse(time)).atZone(VILNIUS).toInstant();
    }

    static Instant sameDay(Instant instant, String time) {
        LocalDate date = instant.atZone(VILNIUS).toLocalDate();
        return LocalDateTime.of(date, LocalTime.parse(time)).atZone(VILNIUS).toInstant();
    }

    void setClock(Instant at) {
        Instant now = clock.freeze();
        clock.advance(Duration.between(now, at));
    }

    static TicketFixture officeHoursFixture() {
        TicketFixture f = new TicketFixture();
        List<List<String>> nineToFive = List.of(List.of("09:00", "17:00"));
        int calendar = Api.asAdmin().body(Map.of("name", "Office " + Api.unique(), "timeZone", "Europe/Vilnius",
                        "hours", Map.of("MONDAY", nineToFive, "TUESDAY", nineToFive, "WEDNESDAY", nineToFive,
                                "THURSDAY", nineToFive, "FRIDAY", nineToFive)))
                .post("/api/calendars").then().statusCode(201).extract().path("id");
        Api.asAdmin().body(Map.of("calendar", calendar)).patch("/api/departments/" + f.receiving)
                .then().statusCode(200);
        return f;
    }

    @Test
    void aRequestMadeOnFridayAfternoonIsDueOnMonday() {
        TicketFixture f = officeHoursFixture();
        Instant friday = last(DayOfWeek.FRIDAY, "16:30");
        setClock(friday);
        String key = f.create();
        Instant monday = friday.atZone(VILNIUS).plusDays(3).toInstant();
        f.get(key)
                .body("ackDueAt", equalTo(sameDay(monday, "09:30").toString()))
                .body("resolveDueAt", equalTo(sameDay(monday, "16:30").toString()));
    }

    @Test
    void waitingOvernightMovesTheDeadlineByTheOpenTimeOnly() {
        TicketFixture f = officeHoursFixture();
        Instant thursday = last(DayOfWeek.THURSDAY, "10:00");
        setClock(thursday); // 480 minutes: 7 hours on Thursday, 1 on Friday
        String key = f.create();
        f.acknowledge(key);
        f.get(key).body("resolveDueAt", equalTo(dayAfter(thursday, "10:00").toString()));
        setClock(sameDay(thursday, "16:45"));
        f.act(f.staff, key, "wait", Map.of("on", "CLIENT")).statusCode(200);
        setClock(dayAfter(thursday, "09:15")); // 15 open minutes on Thursday, 15 on Friday
        f.act(f.staff, key, "resume", Map.of()).statusCode(200)
                .body("resolveDueAt", equalTo(dayAfter(thursday, "10:30").toString()));
    }
}

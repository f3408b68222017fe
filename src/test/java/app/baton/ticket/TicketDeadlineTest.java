package app.baton.ticket;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.baton.support.Api;
import app.baton.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Deadlines under a clock the test moves (NORMAL: acknowledge in 60 min, resolve in 480, warn at 75%). */
@QuarkusTest
class TicketDeadlineTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void waitingMovesTheResolutionDeadlineByTheTimeWaited() {
        TicketFixture f = new TicketFixture();
        Instant t0 = clock.freeze();
        String key = f.create();
        f.acknowledge(key);
        Instant resolveDueAt = t0.plus(Duration.ofMinutes(480));
        f.get(key).body("resolveDueAt", equalTo(resolveDueAt.toString()));
        clock.advance(Duration.ofMinutes(30));
        f.act(f.staff, key, "wait", Map.of("on", "CLIENT")).statusCode(200)
                .body("waitingSince", equalTo(t0.plus(Duration.ofMinutes(30)).toString()));
        clock.advance(Duration.ofMinutes(135));
        f.act(f.staff, key, "resume", Map.of()).statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("resolveDueAt", equalTo(resolveDueAt.plus(Duration.ofMinutes(135)).toString()))
                .body("waitingSince", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aWaitingTicketsClockIsPaused() {
        TicketFixture f = new TicketFixture();
        clock.freeze();
        String key = f.create();
        f.acknowledge(key);
        f.act(f.staff, key, "wait", Map.of("on", "DEPARTMENT")).statusCode(200);
        clock.advance(Duration.ofMinutes(600));
        f.get(key).body("overdue", equalTo(false)).body("atRisk", equalTo(false));
        Api.asAdmin().queryParam("view", "overdue").get("/api/queues/" + f.receiving).then().body("items", empty());
        f.act(f.staff, key, "resume", Map.of()).statusCode(200).body("overdue", equalTo(false));
    }

    @Test
    void overdueAndAtRiskFollowTheDeadlineThatApplies() {
        TicketFixture f = new TicketFixture();
        clock.freeze();
        String fresh = f.create();
        String acknowledged = f.create();
        f.acknowledge(acknowledged);

        clock.advance(Duration.ofMinutes(46)); // past 75% of the 60 acknowledgement minutes
        f.get(fresh).body("atRisk", equalTo(true)).body("overdue", equalTo(false));
        f.get(acknowledged).body("atRisk", equalTo(false)).body("overdue", equalTo(false));
        queue(f, "at-risk").body("items.key", contains(fresh));
        queue(f, "overdue").body("items", empty());
        f.requester.api().queryParam("department", f.receiving).queryParam("atRisk", "true").get("/api/tickets")
                .then().body("items.key", contains(fresh));

        clock.advance(Duration.ofMinutes(15)); // 61 minutes: acknowledgement overdue
        f.get(fresh).body("atRisk", equalTo(false)).body("overdue", equalTo(true));
        queue(f, "overdue").body("items.key", contains(fresh));
        queue(f, "at-risk").body("items", empty());
        f.requester.api().queryParam("department", f.receiving).queryParam("overdue", "true").get("/api/tickets")
                .then().body("items.key", contains(fresh));
        // most urgent first: the overdue acknowledgement before the resolution due in hours
        f.requester.api().queryParam("department", f.receiving).get("/api/tickets")
                .then().body("items.key", contains(fresh, acknowledged));

        clock.advance(Duration.ofMinutes(300)); // 361 minutes: past 75% of 480
        f.get(acknowledged).body("atRisk", equalTo(true));
        queue(f, "at-risk").body("items.key", contains(acknowledged));
        clock.advance(Duration.ofMinutes(120)); // 481 minutes
        f.get(acknowledged).body("overdue", equalTo(true));
        queue(f, "overdue").body("items.key", contains(fresh, acknowledged));

        // resolved and closed work is never overdue
        f.act(f.staff, acknowledged, "resolve", Map.of()).statusCode(200).body("overdue", equalTo(false));
        queue(f, "overdue").body("items.key", contains(fresh));
    }

    @Test
    void reopenRestartsResolutionAndForwardRestartsAcknowledgement() {
        TicketFixture f = new TicketFixture();
        String other = Api.createDepartment("Logistics");
        Instant t0 = clock.freeze();
        String key = f.create();
        f.acknowledge(key);
        f.act(f.staff, key, "resolve", Map.of()).statusCode(200);
        clock.advance(Duration.ofMinutes(600));
        f.act(f.requester, key, "reopen", Map.of("note", "Broke again")).statusCode(200)
                .body("resolveDueAt", equalTo(t0.plus(Duration.ofMinutes(600 + 480)).toString()))
                .body("overdue", equalTo(false));
        clock.advance(Duration.ofMinutes(10));
        JsonPath forwarded = f.act(f.staff, key, "forward", Map.of("department", other, "reason", "Parts"))
                .statusCode(200).extract().jsonPath();
        assertEquals(t0.plus(Duration.ofMinutes(610 + 60)).toString(), forwarded.getString("ackDueAt"));
        assertEquals(t0.plus(Duration.ofMinutes(600 + 480)).toString(), forwarded.getString("resolveDueAt"));
    }

    @Test
    void resubmitRestartsBothClocks() {
        TicketFixture f = new TicketFixture();
        Instant t0 = clock.freeze();
        String key = f.create();
        f.act(f.staff, key, "reject", Map.of("reason", "Incomplete")).statusCode(200).body("overdue", equalTo(false));
        clock.advance(Duration.ofMinutes(120));
        f.act(f.requester, key, "resubmit", Map.of("description", "Now complete")).statusCode(200)
                .body("ackDueAt", equalTo(t0.plus(Duration.ofMinutes(180)).toString()))
                .body("resolveDueAt", equalTo(t0.plus(Duration.ofMinutes(600)).toString()));
    }

    private static io.restassured.response.ValidatableResponse queue(TicketFixture f, String view) {
        return Api.asAdmin().queryParam("view", view).get("/api/queues/" + f.receiving).then().statusCode(200);
    }
}

package app.baton.ticket;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.baton.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GET /api/tickets/forecast: the SLA date and the realistic one from recent times and today's queue. */
@QuarkusTest
class ForecastApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    void setClock(Instant at) {
        Instant now = clock.freeze();
        clock.advance(Duration.between(now, at));
    }

    @Test
    void withNoHistoryAndAnEmptyQueueBothDatesAreTheSla() {
        TicketFixture f = new TicketFixture();
        Instant now = clock.freeze();
        f.requester.api().queryParam("type", f.type).queryParam("client", f.client)
                .get("/api/tickets/forecast").then().statusCode(200)
                .body("standardDueAt", equalTo(now.plus(Duration.ofMinutes(480)).toString()))
                .body("realisticDueAt", equalTo(now.plus(Duration.ofMinutes(480)).toString()))
                .body("method", equalTo("SLA_SCALED_BY_QUEUE"))
                .body("sampleSize", equalTo(0))
                .body("openInQueue", equalTo(0))
                .body("activeStaff", equalTo(1))
                .body("recentMinutes", nullValue());
        f.requester.api().queryParam("type", f.type).queryParam("priority", "high")
                .get("/api/tickets/forecast").then().statusCode(200)
                .body("standardDueAt", equalTo(now.plus(Duration.ofMinutes(240)).toString()))
                .body("priority", equalTo("HIGH"));
    }

    @Test
    void aLoadedQueueAndRecentResolutionTimesMakeTheRealisticDateLater() {
        TicketFixture f = new TicketFixture();
        Instant start = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        // five requests resolved in 60, 120, 180, 240 and 300 minutes: the 80th percentile is 240
        for (int i = 1; i <= 5; i++) {
            setClock(start);
            String key = f.create();
            f.acknowledge(key);
            setClock(start.plus(Duration.ofMinutes(60L * i)));
            f.act(f.staff, key, "resolve", Map.of()).statusCode(200);
        }
        Instant now = start.plus(Duration.ofMinutes(400));
        setClock(now);
        f.requester.api().queryParam("type", f.type).get("/api/tickets/forecast").then().statusCode(200)
                .body("method", equalTo("P80_OF_RECENT_RESOLUTIONS_SCALED_BY_QUEUE"))
                .body("sampleSize", equalTo(5))
                .body("recentMinutes", equalTo(240))
                // 240 minutes would be earlier than the SLA: never promised
                .body("realisticDueAt", equalTo(now.plus(Duration.ofMinutes(480)).toString()));

        for (int i = 0; i < 4; i++) {
            f.create(); // four open requests for one person: four times the recent time
        }
        f.requester.api().queryParam("type", f.type).get("/api/tickets/forecast").then().statusCode(200)
                .body("openInQueue", equalTo(4))
                .body("activeStaff", equalTo(1))
                .body("standardDueAt", equalTo(now.plus(Duration.ofMinutes(480)).toString()))
                .body("realisticDueAt", equalTo(now.plus(Duration.ofMinutes(960)).toString()));
    }

    @Test
    void badParametersAreRefused() {
        TicketFixture f = new TicketFixture();
        f.requester.api().get("/api/tickets/forecast").then().statusCode(400);
        f.requester.api().queryParam("type", "abc").get("/api/tickets/forecast").then().statusCode(400);
        f.requester.api().queryParam("type", 999999999).get("/api/tickets/forecast").then().statusCode(400);
        f.requester.api().queryParam("type", f.type).queryParam("priority", "SOON")
                .get("/api/tickets/forecast").then().statusCode(400);
        f.requester.api().queryParam("type", f.type).queryParam("client", 999999999)
                .get("/api/tickets/forecast").then().statusCode(404);
    }
}

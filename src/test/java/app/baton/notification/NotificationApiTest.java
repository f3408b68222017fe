package app.baton.notification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outbox for administrators, and preferences for their owner. */
@QuarkusTest
class NotificationApiTest {

    @Test
    void onlyAdministratorsSeeTheOutboxNewestFirst() {
        MailWorld w = new MailWorld();
        String key = w.create("Check the boiler");

        w.sam.api().get("/api/notifications/outbox").then().statusCode(403);
        MailWorld.anonymous("/api/notifications/outbox").statusCode(401);

        JsonPath page = Api.asAdmin().get("/api/notifications/outbox?status=PENDING&size=200").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(200))
                .body("total", greaterThanOrEqualTo(4))
                .body("items.status", everyItem(equalTo("PENDING")))
                .body("items.subject", hasItem("[" + key + "] Naujas prašymas: Check the boiler"))
                .body("items.email", hasItem(w.receivingEmail))
                .extract().jsonPath();
        List<String> created = page.getList("items.createdAt");
        for (int i = 1; i < created.size(); i++) {
            assertTrue(!Instant.parse(created.get(i)).isAfter(Instant.parse(created.get(i - 1))), "newest first");
        }
        Map<String, Object> lina = page.getList("items", Map.class).stream()
                .filter(m -> w.lina.email().equals(m.get("email"))).findFirst().orElseThrow();
        assertEquals("lt", lina.get("language"));
        assertEquals("TICKET_NEW", lina.get("kind"));
        assertEquals(key, lina.get("ticket"));
        assertEquals((int) w.lina.id(), lina.get("recipient"));

        Api.asAdmin().get("/api/notifications/outbox?size=1&page=1").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("page", equalTo(1));
        Api.asAdmin().get("/api/notifications/outbox?status=LOST").then().statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    @Test
    void preferencesBelongToTheirOwnerAndAdministrators() {
        MailWorld w = new MailWorld();
        String path = "/api/users/" + w.sam.id() + "/notification-preferences";
        w.sam.api().get(path).then().statusCode(200)
                .body("find { it.kind == 'TICKET_NEW' }.mode", equalTo("IMMEDIATE"))
                .body("find { it.kind == 'TICKET_NEW' }.alwaysSent", equalTo(false))
                .body("kind", org.hamcrest.Matchers.not(hasItem("DAILY_DIGEST")));
        w.lina.api().get(path).then().statusCode(403);
        w.lina.api().body(List.of(Map.of("kind", "TICKET_NEW", "mode", "OFF"))).put(path).then().statusCode(403);

        Api.asAdmin().body(List.of(Map.of("kind", "TICKET_NEW", "mode", "DIGEST"))).put(path).then().statusCode(200)
                .body("find { it.kind == 'TICKET_NEW' }.mode", equalTo("DIGEST"));
        w.sam.api().body(List.of(Map.of("kind", "COMMENT_MENTION", "mode", "OFF"),
                        Map.of("kind", "TICKET_NEW", "mode", "IMMEDIATE"))).put(path).then().statusCode(200)
                .body("find { it.kind == 'COMMENT_MENTION' }.mode", equalTo("OFF"))
                .body("find { it.kind == 'TICKET_NEW' }.mode", equalTo("IMMEDIATE"));

        w.sam.api().body(List.of(Map.of("kind", "NOT_A_KIND", "mode", "OFF"))).put(path).then().statusCode(400)
                .body("errors.field", hasItem("[0].kind"));
        w.sam.api().body(List.of(Map.of("kind", "TICKET_NEW", "mode", "SOMETIMES"))).put(path).then().statusCode(400)
                .body("errors.field", hasItem("[0].mode"));
        w.sam.api().body(List.of(Map.of("kind", "PROMISE_OVERDUE", "mode", "OFF"))).put(path).then().statusCode(400);
        Api.asAdmin().get("/api/users/999999999/notification-preferences").then().statusCode(404);
    }
}

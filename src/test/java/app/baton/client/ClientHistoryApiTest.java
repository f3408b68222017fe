package app.baton.client;

import static app.baton.support.Api.asAdmin;
import static app.baton.support.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.baton.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClientHistoryApiTest {

    @Inject
    EntityManager em;

    static long create(Map<String, Object> body) {
        return asAdmin().body(body).post("/api/clients").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static JsonPath history(long id) {
        return asAdmin().get("/api/clients/" + id + "/history").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void clientFieldChangeIsRecordedAndReverted() {
        long id = create(Map.of("name", "History " + unique(), "region", "Vilnius"));
        asAdmin().body(Map.of("region", "Kaunas", "segment", "SME")).patch("/api/clients/" + id).then().statusCode(200);

        JsonPath history = history(id);
        assertEquals(2, history.getInt("total"));
        Map<String, Object> region = history.getMap("items.find { it.field == 'region' }");
        assertEquals("CLIENT", region.get("entity"));
        assertEquals((int) id, region.get("entityId"));
        assertEquals("Vilnius", region.get("oldValue"));
        assertEquals("Kaunas", region.get("newValue"));
        assertEquals(null, region.get("revertOf"));
        int changeId = (int) region.get("id");

        asAdmin().post("/api/clients/" + id + "/history/" + changeId + "/revert").then().statusCode(200)
                .body("revertOf", equalTo(changeId)).body("oldValue", equalTo("Kaunas"))
                .body("newValue", equalTo("Vilnius"));
        asAdmin().get("/api/clients/" + id).then().body("region", equalTo("Vilnius")).body("segment", equalTo("SME"));
        asAdmin().get("/api/clients/" + id + "/history").then()
                .body("total", equalTo(3))
                .body("items[0].revertOf", equalTo(changeId));

        // The field no longer holds what that change wrote: reverting it again would lose data.
        asAdmin().post("/api/clients/" + id + "/history/" + changeId + "/revert").then().statusCode(409)
                .body("detail", containsString("changed since"));
    }

    @Test
    void revertOfAValueChangedSinceIsAConflict() {
        long id = create(Map.of("name", "Changed since " + unique(), "industry", "HVAC"));
        asAdmin().body(Map.of("industry", "Plumbing")).patch("/api/clients/" + id).then().statusCode(200);
        asAdmin().body(Map.of("industry", "Electrical")).patch("/api/clients/" + id).then().statusCode(200);
        int first = history(id).getInt("items.find { it.newValue == 'Plumbing' }.id");
        asAdmin().post("/api/clients/" + id + "/history/" + first + "/revert").then().statusCode(409);
        asAdmin().get("/api/clients/" + id).then().body("industry", equalTo("Electrical"));
    }

    @Test
    void contactPhoneChangeIsReverted() {
        String oldPhone = "+370 655 " + (10000 + (int) (Math.random() * 89999));
        JsonPath client = asAdmin().body(Map.of("name", "Phone " + unique(),
                        "contacts", List.of(Map.of("name", "Petras", "phone", oldPhone))))
                .post("/api/clients").then().statusCode(201).extract().jsonPath();
        long id = client.getLong("id");
        long contact = client.getLong("contacts[0].id");
        asAdmin().body(Map.of("version", client.getInt("contacts[0].version"), "phone", "+370 699 00000"))
                .patch("/api/clients/" + id + "/contacts/" + contact).then().statusCode(200);

        Map<String, Object> change = history(id).getMap("items[0]");
        assertEquals("CONTACT", change.get("entity"));
        assertEquals((int) contact, change.get("entityId"));
        assertEquals("phone", change.get("field"));
        assertEquals(oldPhone, change.get("oldValue"));

        asAdmin().post("/api/clients/" + id + "/history/" + change.get("id") + "/revert").then().statusCode(200)
                .body("entity", equalTo("CONTACT")).body("newValue", equalTo(oldPhone));
        asAdmin().get("/api/clients/" + id).then().body("contacts[0].phone", equalTo(oldPhone));
        asAdmin().queryParam("q", oldPhone).get("/api/clients").then().body("items.id", hasItem((int) id));
    }

    @Test
    void removedAliasIsPutBackByARevert() {
        long id = create(Map.of("name", "Alias history " + unique()));
        long alias = asAdmin().body(Map.of("name", "Old brand", "kind", "BRAND", "until", "2025-12-31"))
                .post("/api/clients/" + id + "/aliases").then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().delete("/api/clients/" + id + "/aliases/" + alias).then().statusCode(204);
        JsonPath history = history(id);
        assertEquals("ALIAS", history.getString("items[0].entity"));
        assertEquals(null, history.getString("items[0].newValue"));
        asAdmin().post("/api/clients/" + id + "/history/" + history.getInt("items[0].id") + "/revert")
                .then().statusCode(200);
        asAdmin().get("/api/clients/" + id).then()
                .body("aliases.name", contains("Old brand"))
                .body("aliases[0].kind", equalTo("BRAND"))
                .body("aliases[0].until", equalTo("2025-12-31"));
    }

    @Test
    void renameIsListedWithTheFormerNameAlias() {
        String old = "Before " + unique();
        long id = create(Map.of("name", old));
        asAdmin().body(Map.of("name", "After " + unique())).patch("/api/clients/" + id).then().statusCode(200);
        JsonPath history = history(id);
        assertEquals(old, history.getString("items.find { it.field == 'name' }.oldValue"));
        assertEquals("ALIAS", history.getString("items.find { it.field == 'alias' }.entity"));
    }

    @Test
    void timelineMergesEverySourceNewestFirst() {
        String dept = Api.createDepartment("Service");
        long type = Api.createRequestType(dept, "Repair");
        long departmentId = asAdmin().get("/api/departments/" + dept).then().extract().jsonPath().getLong("id");
        long admin = asAdmin().get("/api/users/me").then().extract().jsonPath().getLong("id");
        long id = create(Map.of("name", "Timeline " + unique(), "region", "Vilnius"));
        String key = dept + "-" + unique();

        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO tickets (ticket_key, type_id, title, client_id, priority, status,"
                            + " requester_id, receiving_department_id, created_at, updated_at)"
                            + " VALUES (?1, ?2, 'Repair two units', ?3, 'NORMAL', 'NEW', ?4, ?5, ?6, ?6)")
                    .setParameter(1, key).setParameter(2, type).setParameter(3, id).setParameter(4, admin)
                    .setParameter(5, departmentId).setParameter(6, Instant.parse("2026-01-10T09:00:00Z"))
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO promises (ticket_id, client_id, text, due_at, made_by_id, owner_id,"
                            + " status, created_at, updated_at) VALUES ((SELECT id FROM tickets WHERE ticket_key = ?1),"
                            + " ?2, 'Call back at 15:00', ?3, ?4, ?4, 'OPEN', ?5, ?5)")
                    .setParameter(1, key).setParameter(2, id).setParameter(3, Instant.parse("2026-03-02T13:00:00Z"))
                    .setParameter(4, admin).setParameter(5, Instant.parse("2026-03-01T08:00:00Z"))
                    .executeUpdate();
        });
        asAdmin().body(Map.of("kind", "CALL", "summary", "Asked about the repair", "at", "2026-02-01T10:00:00Z"))
                .post("/api/clients/" + id + "/interactions").then().statusCode(201);
        asAdmin().body(Map.of("region", "Kaunas")).patch("/api/clients/" + id).then().statusCode(200);

        asAdmin().get("/api/clients/" + id + "/timeline").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.kind", contains("CHANGE", "PROMISE", "INTERACTION", "TICKET"))
                .body("items[1].ticket", equalTo(key))
                .body("items[1].dueAt", equalTo("2026-03-02T13:00:00Z"))
                .body("items[2].summary", equalTo("Asked about the repair"))
                .body("items[2].detail", equalTo("CALL"))
                .body("items[3].ticket", equalTo(key))
                .body("items[3].status", equalTo("NEW"))
                .body("items[3].at", equalTo("2026-01-10T09:00:00Z"))
                .body("items[3].summary", equalTo("Repair two units"));
        asAdmin().queryParam("page", 1).queryParam("size", 2).get("/api/clients/" + id + "/timeline").then()
                .statusCode(200).body("items.kind", contains("INTERACTION", "TICKET")).body("total", equalTo(4));
        asAdmin().queryParam("page", 2).queryParam("size", 2).get("/api/clients/" + id + "/timeline").then()
                .statusCode(200).body("items.kind", not(hasItem("TICKET"))).body("items[0]", nullValue());
    }
}

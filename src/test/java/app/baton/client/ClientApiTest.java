package app.baton.client;

import static app.baton.support.Api.asAdmin;
import static app.baton.support.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.baton.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClientApiTest {

    static JsonPath create(Map<String, Object> body) {
        return asAdmin().body(body).post("/api/clients").then().statusCode(201).extract().jsonPath();
    }

    static long createClient(String name) {
        return create(Map.of("name", name)).getLong("id");
    }

    @Test
    void createReadAndUpdateAClient() {
        String dept = Api.createDepartment("Sales");
        Api.Person owner = Api.createUser("Owner Person", dept);
        String name = "Vėjas " + unique();
        JsonPath created = create(Map.ofEntries(Map.entry("name", name), Map.entry("registrationCode", "301234567"),
                Map.entry("vatCode", "LT100001234567"), Map.entry("region", "Vilnius"), Map.entry("segment", "SME"),
                Map.entry("industry", "HVAC"), Map.entry("owner", owner.id()), Map.entry("restricted", true),
                Map.entry("allowedUsers", List.of(owner.id())), Map.entry("allowedDepartments", List.of(dept)),
                Map.entry("aliases", List.of(Map.of("name", "Veter", "kind", "SPELLING"))),
                Map.entry("contacts", List.of(Map.of("name", "Rūta Petraitė", "role", "CFO",
                        "phone", "+370 612 00000", "email", "ruta@example.lt")))));
        long id = created.getLong("id");
        assertEquals(name, created.getString("name"));
        assertEquals(owner.id(), created.getLong("owner"));
        assertEquals(List.of(dept), created.getList("allowedDepartments"));
        assertEquals("SPELLING", created.getString("aliases[0].kind"));
        assertEquals("CFO", created.getString("contacts[0].role"));

        int version = asAdmin().get("/api/clients/" + id).then().statusCode(200)
                .body("name", equalTo(name))
                .body("vatCode", equalTo("LT100001234567"))
                .body("allowedUsers", contains((int) owner.id()))
                .body("contacts[0].leftCompany", equalTo(false))
                .body("subsidiaries", empty())
                .extract().path("version");

        asAdmin().body(Map.of("version", version, "region", "Kaunas", "industry", "", "restricted", false))
                .patch("/api/clients/" + id).then().statusCode(200)
                .body("region", equalTo("Kaunas"))
                .body("industry", nullValue())
                .body("restricted", equalTo(false))
                .body("segment", equalTo("SME"))
                .body("version", equalTo(version + 1));

        Map<String, Object> clearOwner = new HashMap<>();
        clearOwner.put("owner", null);
        asAdmin().body(clearOwner).patch("/api/clients/" + id).then().statusCode(200).body("owner", nullValue());
    }

    @Test
    void renamingKeepsTheOldNameAsAFormerAlias() {
        String old = "Senas " + unique();
        long id = createClient(old);
        asAdmin().body(Map.of("name", "Naujas " + unique())).patch("/api/clients/" + id).then().statusCode(200)
                .body("aliases.name", hasItem(old))
                .body("aliases.find { it.name == '" + old + "' }.kind", equalTo("FORMER"))
                .body("aliases.find { it.name == '" + old + "' }.until", notNullValue());
    }

    @Test
    void aliasesAndContactsHaveTheirOwnEndpoints() {
        long id = createClient("Aliased " + unique());
        long alias = asAdmin().body(Map.of("name", "Brand X", "kind", "BRAND")).post("/api/clients/" + id + "/aliases")
                .then().statusCode(201).body("kind", equalTo("BRAND")).extract().jsonPath().getLong("id");
        asAdmin().get("/api/clients/" + id).then().body("aliases.id", hasItem((int) alias));
        asAdmin().delete("/api/clients/" + id + "/aliases/" + alias).then().statusCode(204);
        asAdmin().get("/api/clients/" + id).then().body("aliases", empty());
        asAdmin().delete("/api/clients/" + id + "/aliases/" + alias).then().statusCode(404);

        JsonPath contact = asAdmin().body(Map.of("name", "Jonas", "phone", "+370 600 11111"))
                .post("/api/clients/" + id + "/contacts").then().statusCode(201).extract().jsonPath();
        long contactId = contact.getLong("id");
        asAdmin().body(Map.of("version", contact.getInt("version"), "leftCompany", true, "role", "Engineer"))
                .patch("/api/clients/" + id + "/contacts/" + contactId).then().statusCode(200)
                .body("leftCompany", equalTo(true)).body("role", equalTo("Engineer"))
                .body("phone", equalTo("+370 600 11111"));
        asAdmin().body(Map.of("version", contact.getInt("version"), "role", "Boss"))
                .patch("/api/clients/" + id + "/contacts/" + contactId).then().statusCode(409);
        long other = createClient("Other " + unique());
        asAdmin().body(Map.of("role", "Boss")).patch("/api/clients/" + other + "/contacts/" + contactId)
                .then().statusCode(404);
    }

    @Test
    void invalidBodiesAre400WithTheField() {
        asAdmin().body(Map.of("name", " ")).post("/api/clients").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("name"));
        asAdmin().body(Map.of("name", "X", "aliases", List.of(Map.of("name", "Y", "kind", "NICKNAME"))))
                .post("/api/clients").then().statusCode(400).body("errors.field", hasItem("aliases[0].kind"));
        asAdmin().body(Map.of("name", "X", "contacts", List.of(Map.of("name", ""))))
                .post("/api/clients").then().statusCode(400).body("errors.field", hasItem("contacts[0].name"));
        asAdmin().body(Map.of("name", "X", "parent", "abc")).post("/api/clients").then().statusCode(400)
                .body("errors.field", hasItem("parent"));
        asAdmin().body(Map.of("name", "X", "owner", 99999999)).post("/api/clients").then().statusCode(400)
                .body("errors.field", hasItem("owner"));
        asAdmin().body(Map.of("name", "X", "parent", 99999999)).post("/api/clients").then().statusCode(400)
                .body("errors.field", hasItem("parent"));
        asAdmin().body(Map.of("name", "X", "allowedUsers", List.of(99999999))).post("/api/clients").then()
                .statusCode(400).body("errors.field", hasItem("allowedUsers[0]"));
        asAdmin().body(Map.of("name", "X", "allowedDepartments", List.of("NOPEX"))).post("/api/clients").then()
                .statusCode(400).body("errors.field", hasItem("allowedDepartments[0]"));
        asAdmin().body("[1, 2]").post("/api/clients").then().statusCode(400);

        long id = createClient("Valid " + unique());
        asAdmin().body(Map.of("name", "")).patch("/api/clients/" + id).then().statusCode(400)
                .body("errors.field", hasItem("name"));
        asAdmin().body(Map.of("restricted", "maybe")).patch("/api/clients/" + id).then().statusCode(400)
                .body("errors.field", hasItem("restricted"));
        asAdmin().body("[]").patch("/api/clients/" + id).then().statusCode(400);
        asAdmin().body(Map.of("kind", "WHISPER", "summary", "x")).post("/api/clients/" + id + "/interactions")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        asAdmin().body(Map.of("kind", "CALL")).post("/api/clients/" + id + "/interactions")
                .then().statusCode(400).body("errors.field", hasItem("summary"));
        asAdmin().queryParam("q", "x".repeat(201)).get("/api/clients").then().statusCode(400)
                .body("errors.field", hasItem("q"));
        asAdmin().queryParam("size", 500).get("/api/clients").then().statusCode(400);
    }

    @Test
    void unknownIdsAre404() {
        asAdmin().get("/api/clients/99999999").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        asAdmin().body(Map.of("name", "Y")).patch("/api/clients/99999999").then().statusCode(404);
        asAdmin().get("/api/clients/99999999/timeline").then().statusCode(404);
        asAdmin().get("/api/clients/99999999/history").then().statusCode(404);
        asAdmin().body(Map.of("name", "Y", "kind", "BRAND")).post("/api/clients/99999999/aliases").then().statusCode(404);
        long id = createClient("Lonely " + unique());
        asAdmin().post("/api/clients/" + id + "/history/99999999/revert").then().statusCode(404);
        asAdmin().body(Map.of("role", "x")).patch("/api/clients/" + id + "/contacts/99999999").then().statusCode(404);
    }

    @Test
    void staleVersionIsAConflict() {
        long id = createClient("Versioned " + unique());
        asAdmin().body(Map.of("version", 0, "region", "First")).patch("/api/clients/" + id).then().statusCode(200);
        asAdmin().body(Map.of("version", 0, "region", "Second")).patch("/api/clients/" + id).then().statusCode(409)
                .body("detail", containsString("changed by someone else"));
        asAdmin().get("/api/clients/" + id).then().body("region", equalTo("First"));
    }

    @Test
    void retriedCreateWithTheSameKeyCreatesOneClient() {
        String name = "Idempotent " + unique();
        String key = "key-" + unique();
        Map<String, Object> body = Map.of("name", name, "contacts", List.of(Map.of("name", "Retry Contact")));
        long first = asAdmin().header("Idempotency-Key", key).body(body).post("/api/clients")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long second = asAdmin().header("Idempotency-Key", key).body(body).post("/api/clients")
                .then().statusCode(201).body("name", equalTo(name)).extract().jsonPath().getLong("id");
        assertEquals(first, second);
        asAdmin().queryParam("q", name).get("/api/clients").then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains((int) first));
        asAdmin().header("Idempotency-Key", key).body(Map.of("name", name + " other")).post("/api/clients")
                .then().statusCode(409);
    }

    @Test
    void parentMustExistAndNotMakeACycle() {
        long top = createClient("Group " + unique());
        long middle = create(Map.of("name", "Division " + unique(), "parent", top)).getLong("id");
        long bottom = create(Map.of("name", "Branch " + unique(), "parent", middle)).getLong("id");
        asAdmin().get("/api/clients/" + top).then().body("subsidiaries.id", contains((int) middle));
        asAdmin().get("/api/clients/" + bottom).then().body("parent", equalTo((int) middle));

        asAdmin().body(Map.of("parent", bottom)).patch("/api/clients/" + top).then().statusCode(400)
                .body("errors.field", hasItem("parent"));
        asAdmin().body(Map.of("parent", top)).patch("/api/clients/" + top).then().statusCode(400)
                .body("errors.field", hasItem("parent"));
        asAdmin().get("/api/clients/" + top).then().body("parent", nullValue());

        asAdmin().body(Map.of("parent", top)).patch("/api/clients/" + bottom).then().statusCode(200)
                .body("parent", equalTo((int) top));
        asAdmin().get("/api/clients/" + top).then().body("subsidiaries", hasSize(2));
    }

    @Test
    void interactionWithAContactOfAnotherClientIsRefused() {
        long id = createClient("Interacting " + unique());
        long other = create(Map.of("name", "Stranger " + unique(), "contacts", List.of(Map.of("name", "Their person"))))
                .getLong("contacts[0].id");
        asAdmin().body(Map.of("kind", "CALL", "summary", "Hello", "contact", other))
                .post("/api/clients/" + id + "/interactions").then().statusCode(400)
                .body("errors.field", hasItem("contact"));
        asAdmin().body(Map.of("kind", "COMPLAINT", "summary", "Unit is noisy", "at", "2026-01-05T10:00:00+02:00"))
                .post("/api/clients/" + id + "/interactions").then().statusCode(201)
                .body("kind", equalTo("COMPLAINT")).body("at", equalTo("2026-01-05T08:00:00Z"))
                .body("by", notNullValue()).body("contact", nullValue());
    }

    @Test
    void unauthenticatedIs401() {
        io.restassured.RestAssured.given().get("/api/clients").then().statusCode(401);
        asAdmin().get("/api/clients").then().statusCode(200).body("items", not(empty()));
    }
}

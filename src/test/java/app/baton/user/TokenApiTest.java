package app.baton.user;

import static app.baton.support.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import app.baton.support.Api;
import app.baton.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokenApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static JsonPath create(Api.Person owner, String name, List<String> scopes) {
        return owner.api().body(Map.of("name", name, "scopes", scopes)).post("/api/tokens")
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void theSecretIsShownOnceAndWorksAsABearerToken() {
        Api.Person owner = Api.createUser("Tina Token", Api.createDepartment("Tokens"));
        JsonPath created = create(owner, "ERP sync", List.of("write", "read"));
        String secret = created.getString("token");
        long id = created.getLong("id");
        org.junit.jupiter.api.Assertions.assertTrue(secret.startsWith("bt_"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("read", "write"), created.getList("scopes"));
        org.junit.jupiter.api.Assertions.assertNotNull(created.getString("createdAt"));
        // 90 days by default
        Instant expires = Instant.parse(created.getString("expiresAt"));
        org.junit.jupiter.api.Assertions.assertTrue(expires.isAfter(Instant.now().plus(Duration.ofDays(89))));
        org.junit.jupiter.api.Assertions.assertTrue(expires.isBefore(Instant.now().plus(Duration.ofDays(91))));

        Api.as(secret).get("/api/users/me").then().statusCode(200).body("email", equalTo(owner.email()));

        owner.api().get("/api/tokens").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) id))
                .body("items[0].name", equalTo("ERP sync"))
                .body("items[0].revoked", equalTo(false))
                .body("items[0].lastUsedAt", notNullValue())
                .body("items[0].expiresAt", notNullValue())
                .body("items[0]", not(hasKey("token")))
                .body("items[0]", not(hasKey("tokenHash")))
                .body(not(containsString(secret)))
                .body(not(containsString(TokenService.hash(secret))));
    }

    @Test
    void aReadOnlyTokenMayReadButNotWrite() {
        Api.Person owner = Api.createUser("Rita Reader", Api.createDepartment("Tokens"));
        String secret = create(owner, "dashboard", List.of("read")).getString("token");
        Api.as(secret).get("/api/departments").then().statusCode(200);
        Api.as(secret).body(Map.of("name", "more", "scopes", List.of("read"))).post("/api/tokens")
                .then().statusCode(403)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(403));
        // signing out is always allowed
        Api.as(secret).post("/api/auth/logout").then().statusCode(204);
    }

    @Test
    void aWriteTokenMayWrite() {
        Api.Person owner = Api.createUser("Walter Writer", Api.createDepartment("Tokens"));
        String secret = create(owner, "writer", List.of("write")).getString("token");
        Api.as(secret).body(Map.of("name", "another", "scopes", List.of("read"))).post("/api/tokens")
                .then().statusCode(201);
        Api.as(secret).get("/api/tokens").then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() {
        Api.Person owner = Api.createUser("Ronald Revoker", Api.createDepartment("Tokens"));
        JsonPath created = create(owner, "old", List.of("read"));
        String secret = created.getString("token");
        Api.as(secret).get("/api/users/me").then().statusCode(200);

        owner.api().delete("/api/tokens/" + created.getLong("id")).then().statusCode(204);
        Api.as(secret).get("/api/users/me").then().statusCode(401);
        owner.api().get("/api/tokens").then().body("items[0].revoked", equalTo(true))
                .body("items[0].revokedAt", notNullValue());
    }

    @Test
    void someoneElsesTokenIsNotFound() {
        String department = Api.createDepartment("Tokens");
        Api.Person owner = Api.createUser("Olga Owner", department);
        Api.Person other = Api.createUser("Oscar Other", department);
        JsonPath created = create(owner, "mine", List.of("read"));
        other.api().delete("/api/tokens/" + created.getLong("id")).then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        other.api().delete("/api/tokens/999999999").then().statusCode(404);
        Api.as(created.getString("token")).get("/api/users/me").then().statusCode(200);
        other.api().get("/api/tokens").then().body("total", equalTo(0));
    }

    @Test
    void anExpiredTokenIsRefused() {
        Api.Person owner = Api.createUser("Edgar Expiry", Api.createDepartment("Tokens"));
        Instant now = clock.freeze();
        String secret = owner.api().body(Map.of("name", "short-lived", "scopes", List.of("read"),
                        "expiresAt", now.plus(Duration.ofHours(1)).toString()))
                .post("/api/tokens").then().statusCode(201)
                .body("expiresAt", startsWith(now.plus(Duration.ofHours(1)).toString().substring(0, 16)))
                .extract().path("token");
        Api.as(secret).get("/api/users/me").then().statusCode(200);
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        Api.as(secret).get("/api/users/me").then().statusCode(401);
    }

    @Test
    void onlyAdministratorsGetTheAdminScope() {
        Api.Person staff = Api.createUser("Sam Staff", Api.createDepartment("Tokens"));
        staff.api().body(Map.of("name", "too much", "scopes", List.of("read", "admin"))).post("/api/tokens")
                .then().statusCode(403)
                .contentType(containsString("application/problem+json"));
        String adminSecret = asAdmin().body(Map.of("name", "admin tool " + Api.unique(), "scopes", List.of("admin")))
                .post("/api/tokens").then().statusCode(201)
                .body("scopes", equalTo(List.of("admin")))
                .extract().path("token");
        // admin allows everything, changes included
        Api.as(adminSecret).body(Map.of("name", "made by admin token", "scopes", List.of("read")))
                .post("/api/tokens").then().statusCode(201);
        Api.as(adminSecret).get("/api/users/me").then().statusCode(200);
    }

    @Test
    void invalidTokensAreFieldErrors() {
        Api.Person owner = Api.createUser("Vera Valid", Api.createDepartment("Tokens"));
        owner.api().body(Map.of("scopes", List.of("read"))).post("/api/tokens")
                .then().statusCode(400).body("errors.field", hasItem("name"));
        owner.api().body(Map.of("name", "x".repeat(101), "scopes", List.of("read"))).post("/api/tokens")
                .then().statusCode(400).body("errors.field", hasItem("name"));
        owner.api().body(Map.of("name", "scopeless", "scopes", List.of())).post("/api/tokens")
                .then().statusCode(400).body("errors.field", hasItem("scopes"));
        owner.api().body(Map.of("name", "odd", "scopes", List.of("read", "delete"))).post("/api/tokens")
                .then().statusCode(400).body("errors.field[0]", startsWith("scopes"));
        owner.api().body(Map.of("name", "past", "scopes", List.of("read"),
                        "expiresAt", Instant.now().minus(Duration.ofDays(1)).toString()))
                .post("/api/tokens").then().statusCode(400).body("errors.field", hasItem("expiresAt"));
        owner.api().body(Map.of("name", "forever", "scopes", List.of("read"),
                        "expiresAt", Instant.now().plus(Duration.ofDays(400)).toString()))
                .post("/api/tokens").then().statusCode(400).body("errors.field", hasItem("expiresAt"));
        owner.api().body(Map.of("name", "garbled", "scopes", List.of("read"), "expiresAt", "tomorrow"))
                .post("/api/tokens").then().statusCode(400).body("errors.field", hasItem("expiresAt"));
        owner.api().get("/api/tokens").then().body("total", equalTo(0));
    }

    @Test
    void withoutCredentialsTokensAre401() {
        io.restassured.RestAssured.given().get("/api/tokens").then().statusCode(401)
                .body("detail", notNullValue()).body("errors", nullValue());
    }
}

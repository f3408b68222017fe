package app.baton.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.PageSession;
import app.baton.support.TestClock;
import app.baton.user.LoginThrottleAccess;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditLogTest {

    @Inject
    TestClock clock;

    @Inject
    LoginThrottleAccess throttle;

    @BeforeEach
    @AfterEach
    void forget() {
        clock.reset();
        throttle.clear();
    }

    private static JsonPath audit(String query) {
        return Api.asAdmin().get("/api/audit?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static void apiLogin(String email, String password, int status) {
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/api/auth/login").then().statusCode(status);
    }

    @Test
    void loginsFailuresThrottlingAndLogoutsAreRecorded() {
        Person p = Api.createUser("Aldona Audit", Api.createDepartment("Audit"));
        apiLogin(p.email(), "wrong-password-1", 401);
        JsonPath failed = audit("action=LOGIN_FAILED&actor=" + p.email());
        assertEquals(p.id(), failed.getLong("items[0].actorId"));
        assertEquals("user:" + p.id(), failed.getString("items[0].target"));
        assertEquals("127.0.0.1", failed.getString("items[0].address"));
        assertTrue(failed.getString("items[0].detail").contains("wrong password"));

        String nobody = "nobody." + Api.unique() + "@test.baton";
        apiLogin(nobody, "wrong-password-1", 401);
        assertEquals(1, audit("action=LOGIN_FAILED&actor=" + nobody).getInt("total"));

        for (int i = 0; i < 4; i++) {
            apiLogin(p.email(), "wrong-password-x", 401);
        }
        apiLogin(p.email(), Api.PASSWORD, 429);
        assertEquals("user:" + p.id(), audit("action=LOGIN_THROTTLED&actor=" + p.id()).getString("items[0].target"));

        throttle.clear();
        String token = Api.login(p.email(), Api.PASSWORD);
        assertTrue(audit("action=LOGIN&actor=" + p.id()).getString("items[0].detail").contains("api"));
        Api.as(token).post("/api/auth/logout").then().statusCode(204);
        assertEquals("api", audit("action=LOGOUT&actor=" + p.id()).getString("items[0].detail"));

        PageSession.signIn(p.email(), Api.PASSWORD);
        assertEquals("form", audit("action=LOGIN&actor=" + p.id()).getString("items[0].detail"));
    }

    @Test
    void signingOutOfThePagesEndsTheSessionOnTheServer() {
        Person p = Api.createUser("Sigita Signout", Api.createDepartment("Audit"));
        String cookie = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", p.email()).formParam("j_password", Api.PASSWORD)
                .post("/j_security_check").getCookie("baton-session");
        given().redirects().follow(false).cookie("baton-session", cookie).get("/").then().statusCode(200);
        PageSession session = PageSession.signIn(p.email(), Api.PASSWORD);
        String csrf = session.csrfToken("/");
        session.request().contentType(ContentType.URLENC).formParam("csrf-token", csrf).post("/logout")
                .then().statusCode(oneOf(302, 303));
        // the first cookie is another session: still good
        given().redirects().follow(false).cookie("baton-session", cookie).get("/").then().statusCode(200);
        given().redirects().follow(false).cookie("baton-session", cookie).get("/logout").then().statusCode(303);
        // a copy of a signed-out cookie no longer opens anything
        given().redirects().follow(false).cookie("baton-session", cookie).get("/").then().statusCode(oneOf(302, 303));
        given().cookie("baton-session", cookie).get("/api/users/me").then().statusCode(401);
        // signing out again with the dead cookie just drops it
        given().redirects().follow(false).cookie("baton-session", cookie).get("/logout").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/login"));
        assertTrue(audit("action=LOGOUT&actor=" + p.id()).getList("items.detail").contains("form"));
    }

    @Test
    void userCreationRoleChangesTokensAndRevertsAreRecorded() {
        Person p = Api.createUser("Rolandas Roles", Api.createDepartment("Audit"));
        JsonPath created = audit("action=USER_CREATED&size=200");
        assertTrue(created.getList("items.target").contains("user:" + p.id()));

        Api.asAdmin().body(Map.of("roles", List.of("HEAD", "STAFF"))).patch("/api/users/" + p.id())
                .then().statusCode(200);
        JsonPath roles = audit("action=USER_ROLES_CHANGED&size=5");
        assertEquals("user:" + p.id(), roles.getString("items[0].target"));
        assertEquals(Api.ADMIN_EMAIL, roles.getString("items[0].actor"));
        assertTrue(roles.getString("items[0].detail").endsWith("STAFF -> STAFF,HEAD"), roles.getString("items[0].detail"));

        long tokenId = p.api().body(Map.of("name", "Phone system", "scopes", List.of("read")))
                .post("/api/tokens").then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals("token:" + tokenId, audit("action=TOKEN_CREATED&actor=" + p.id()).getString("items[0].target"));
        p.api().delete("/api/tokens/" + tokenId).then().statusCode(204);
        assertEquals("token:" + tokenId, audit("action=TOKEN_REVOKED&actor=" + p.id()).getString("items[0].target"));

        long client = Api.asAdmin().body(Map.of("name", "Audited " + Api.unique(), "region", "Vilnius"))
                .post("/api/clients").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.asAdmin().body(Map.of("region", "Kaunas")).patch("/api/clients/" + client).then().statusCode(200);
        long change = Api.asAdmin().get("/api/clients/" + client + "/history").then().extract().jsonPath()
                .getLong("items[0].id");
        Api.asAdmin().post("/api/clients/" + client + "/history/" + change + "/revert").then().statusCode(200);
        assertEquals("client:" + client + "/change:" + change,
                audit("action=CLIENT_REVERTED&size=1").getString("items[0].target"));
    }

    @Test
    void newestFirstFilteredByTimeAndPaged() {
        Person p = Api.createUser("Paulius Pages", Api.createDepartment("Audit"));
        Instant before = Instant.now().minusSeconds(1);
        for (int i = 0; i < 3; i++) {
            apiLogin(p.email(), "wrong-password-" + i, 401);
        }
        JsonPath page = audit("actor=" + p.email() + "&action=login_failed&size=2&from=" + before);
        assertEquals(3, page.getInt("total"));
        assertEquals(2, page.getList("items").size());
        List<String> at = page.getList("items.at");
        assertTrue(at.get(0).compareTo(at.get(1)) >= 0, "newest first: " + at);
        assertEquals(0, audit("actor=" + p.email() + "&to=" + before).getInt("total"));
        Api.asAdmin().get("/api/audit?size=201").then().statusCode(400).body("errors[0].field", equalTo("size"));
        Api.asAdmin().get("/api/audit?action=HACKED").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors[0].field", equalTo("action"));
        Api.asAdmin().get("/api/audit?from=yesterday").then().statusCode(400).body("errors[0].field", equalTo("from"));
        Api.asAdmin().get("/api/audit").then().body("items.at", everyItem(notNullValue()))
                .body("items.action", hasItem("USER_CREATED"));
    }
}

package app.baton.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an attacker or a broken client sends: SQL meta characters, script tags, 10 000-character
 * strings, invalid UTF-8, wrong JSON types, nulls, huge numbers. Never a 500; refusals are
 * problem+json; accepted text comes back exactly as sent and pages show it as text.
 */
@QuarkusTest
class HostileInputTest {

    static final String SQL = "x'; DROP TABLE tickets; -- \" OR 1=1 # \\ %_";
    static final String SCRIPT = "<script>alert('baton')</script><img src=x onerror=alert(1)>";
    static final String UNICODE = "Žalgiris ąčęėįšųūž Рига ёЁ 🙂 \u0000\u202e";
    static final String LONG = "a".repeat(10_000);
    static final List<Object> STRANGE = java.util.Arrays.asList(SQL, SCRIPT, LONG, "", " ", null, 1, -1,
            new java.math.BigInteger("99999999999999999999999999"), 1.5e308, true, List.of("x"), Map.of("a", 1));

    String receiving;
    long type;
    Person requester;
    Person staff;
    long client;
    String key;

    @BeforeEach
    void world() {
        receiving = Api.createDepartment("Hostile");
        String requesting = Api.createDepartment("Hostile sales");
        type = Api.createRequestType(receiving, "Repair");
        requester = Api.createUser("Rita Requester", requesting);
        staff = Api.createUser("Sam Staff", receiving);
        client = Api.asAdmin().body(Map.of("name", "Hostile Client " + Api.unique())).post("/api/clients")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        key = requester.api().body(ticketBody("Plain")).post("/api/tickets").then().statusCode(201)
                .extract().path("key");
    }

    private Map<String, Object> ticketBody(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("client", client);
        return body;
    }

    /** Not a 500, and a refusal is problem+json. */
    private static void noServerError(Response response, String what) {
        int status = response.statusCode();
        assertTrue(status < 500, what + " answered " + status + ": " + response.asString());
        if (status >= 400 && !response.contentType().isEmpty()) {
            assertTrue(response.contentType().startsWith("application/problem+json"),
                    what + " answered " + status + " as " + response.contentType());
        }
    }

    private static void eachField(RequestSpecification as, String method, String path, Map<String, Object> valid,
            String... fields) {
        for (String field : fields) {
            for (Object value : STRANGE) {
                Map<String, Object> body = new HashMap<>(valid);
                body.put(field, value);
                noServerError(as.body(body).request(method, path),
                        method + " " + path + " with " + field + "=" + String.valueOf(value).substring(0,
                                Math.min(40, String.valueOf(value).length())));
            }
        }
    }

    @Test
    void writesRefuseOrStoreButNeverFail() {
        eachField(requester.api(), "POST", "/api/tickets", ticketBody("Hostile"),
                "type", "title", "description", "client", "contact", "priority", "watchers", "promise",
                "requestingDepartment");
        eachField(requester.api(), "POST", "/api/tickets/" + key + "/comments", Map.of("body", "hello"),
                "body", "internal", "version");
        eachField(requester.api(), "PATCH", "/api/tickets/" + key, Map.of("title", "Still plain"),
                "title", "description", "priority", "version", "watchers");
        eachField(staff.api(), "POST", "/api/tickets/" + key + "/reject", Map.of("reason", "no"), "reason");
        eachField(Api.asAdmin(), "POST", "/api/clients", Map.of("name", "Client " + Api.unique()),
                "name", "registrationCode", "region", "owner", "parent", "aliases", "contacts", "allowedUsers");
        eachField(Api.asAdmin(), "PATCH", "/api/clients/" + client, Map.of(), "name", "region", "owner", "version");
        eachField(requester.api(), "POST", "/api/promises", Map.of("client", client, "text", "Call back",
                "dueAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()), "client", "text", "dueAt", "owner", "ticket");
    }

    @Test
    void searchesAndQueuesRefuseOrAnswerButNeverFail() {
        List<String> values = List.of(SQL, SCRIPT, UNICODE.replace("\u0000", ""), "a".repeat(201), "%", "_", "\\",
                "-1", "99999999999999999999", "1e9", "[]", "{}");
        for (String v : values) {
            String q = URLEncoder.encode(v, StandardCharsets.UTF_8);
            for (String path : List.of("/api/tickets?q=", "/api/tickets?status=", "/api/tickets?assignee=",
                    "/api/tickets?client=", "/api/tickets?department=", "/api/tickets?overdue=", "/api/tickets?size=",
                    "/api/tickets?page=", "/api/clients?q=", "/api/clients?size=", "/api/clients?page=",
                    "/api/promises?status=", "/api/promises?owner=", "/api/promises?due=", "/api/promises?size=",
                    "/api/queues/" + receiving + "?view=", "/api/queues/" + receiving + "?page=", "/api/queues/",
                    "/api/tickets/", "/api/clients/", "/api/users?department=", "/api/audit?actor=")) {
                Response r = Api.asAdmin().urlEncodingEnabled(false).get(path + q);
                noServerError(r, path + v);
            }
        }
        Api.asAdmin().get("/api/clients?q=" + "a".repeat(201)).then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        Api.asAdmin().get("/api/tickets?q=" + "a".repeat(201)).then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        Api.asAdmin().get("/api/clients?q=" + "a".repeat(200)).then().statusCode(200);
        Api.asAdmin().get("/api/tickets?size=201").then().statusCode(400).body("errors[0].field", equalTo("size"));
        Api.asAdmin().get("/api/clients?size=201").then().statusCode(400).body("errors[0].field", equalTo("size"));
        Api.asAdmin().get("/api/clients?page=abc").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void brokenBodiesAreBadRequests() {
        byte[] invalidUtf8 = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
                (byte) 0xFF, '"', '}'};
        for (Object body : List.of(invalidUtf8, "not json", "{", "[]", "null", "\"text\"", "{\"title\": }",
                "{\"type\": 1e999}", "{\"client\": 99999999999999999999999}", "{\"title\": {\"$ne\": 1}}")) {
            Response r = body instanceof byte[] bytes ? requester.api().body(bytes).post("/api/tickets")
                    : requester.api().body(body.toString()).post("/api/tickets");
            noServerError(r, "POST /api/tickets with " + body);
            assertEquals(400, r.statusCode(), "POST /api/tickets with " + body);
        }
        noServerError(requester.api().contentType("text/plain").body("hello").post("/api/tickets"), "text/plain");
        noServerError(requester.api().contentType(ContentType.XML).body("<a/>").post("/api/clients"), "xml");
    }

    @Test
    void acceptedTextComesBackVerbatimAndPagesShowItAsText() {
        String title = SQL + " " + SCRIPT + " " + UNICODE.replace("\u0000", "");
        String created = requester.api().body(ticketBody(title.substring(0, Math.min(300, title.length()))))
                .post("/api/tickets").then().statusCode(201).extract().path("key");
        String stored = requester.api().get("/api/tickets/" + created).then().statusCode(200).extract().path("title");
        assertEquals(title.substring(0, Math.min(300, title.length())), stored);

        String comment = SCRIPT + "\n" + SQL + "\n" + "b".repeat(9000);
        requester.api().body(Map.of("body", comment)).post("/api/tickets/" + created + "/comments")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        requester.api().get("/api/tickets/" + created).then()
                .body("comments.find { it.body.startsWith('<script>') }.body", equalTo(comment));

        String clientName = SCRIPT + " " + SQL;
        long hostileClient = Api.asAdmin().body(Map.of("name", clientName)).post("/api/clients").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.asAdmin().get("/api/clients/" + hostileClient).then().body("name", equalTo(clientName));
        Api.asAdmin().get("/api/clients?q=" + URLEncoder.encode("DROP TABLE", StandardCharsets.UTF_8)).then()
                .statusCode(200);

        String page = PageSession.signIn(requester.email(), Api.PASSWORD).get("/tickets/" + created)
                .then().statusCode(200).extract().asString();
        assertFalse(page.contains("<script>alert('baton')</script>"), "a title must not become markup");
        assertFalse(page.contains("<img src=x"), "a title must not become markup");
        assertTrue(page.contains("&lt;script&gt;"), "the title is shown as text");
    }

    @Test
    void aPageFormWithoutTheCsrfTokenIsRefused() {
        PageSession rita = PageSession.signIn(requester.email(), Api.PASSWORD);
        rita.get("/me");
        Response forged = rita.submitWithoutToken("/me", Map.of("language", "ru", "timeZone", "Europe/Moscow"));
        assertEquals(400, forged.statusCode());
        requester.api().get("/api/users/me").then().body("language", equalTo("en"));
        rita.submitWithoutToken("/tickets/" + key + "/comment", Map.of("body", "forged")).then().statusCode(400);
        requester.api().get("/api/tickets/" + key).then().body("comments.body", not(org.hamcrest.Matchers.hasItem("forged")));
        // with the page's token the same form works
        rita.submit("/me", "/me", Map.of("language", "lt", "timeZone", "Europe/Vilnius")).then()
                .statusCode(lessThan(400));
    }

    @Test
    void aBodyOverTheLimitIs413ProblemJson() {
        long limit = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.http.limits.max-body-size", io.quarkus.runtime.configuration.MemorySize.class)
                .asLongValue();
        byte[] big = new byte[(int) limit + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + requester.token())
                .body(big).post("/api/tickets").then().statusCode(413)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(413))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}

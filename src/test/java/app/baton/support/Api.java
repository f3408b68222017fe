package app.baton.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test helpers that talk to the running application over HTTP, like any other client.
 * Tests share one database, so everything they create gets a unique name instead of relying
 * on rollback.
 */
public final class Api {

    public static final String ADMIN_EMAIL = "admin@test.baton";
    public static final String ADMIN_PASSWORD = "admin-password-123";
    public static final String PASSWORD = "correct-horse-battery";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** Six letters hold 308,915,776 codes; the start leaves room for millions of calls. */
    private static final int CODE_START = new Random().nextInt(300_000_000);
    private static String adminToken;

    private Api() {
    }

    /** A short unique suffix for names in this test run. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * 2-8 capital letters, unique within the run: a counter from a random start. (The start was
     * the clock's nanoseconds times 100 plus the counter, and two codes a multiple of 100 calls
     * apart could meet: a department refused with 409 in about one suite run in twenty.)
     */
    public static String departmentCode() {
        int n = CODE_START + COUNTER.incrementAndGet();
        StringBuilder code = new StringBuilder("T");
        for (int i = 0; i < 6; i++) {
            code.append((char) ('A' + n % 26));
            n /= 26;
        }
        return code.toString();
    }

    public static synchronized String adminToken() {
        if (adminToken == null) {
            adminToken = login(ADMIN_EMAIL, ADMIN_PASSWORD);
        }
        return adminToken;
    }

    public static String login(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/api/auth/login").then().statusCode(200).extract().path("token");
    }

    public static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification asAdmin() {
        return as(adminToken());
    }

    public static String createDepartment(String name) {
        String code = departmentCode();
        asAdmin().body(Map.of("code", code, "name", name + " " + code)).post("/api/departments")
                .then().statusCode(201);
        return code;
    }

    /** A staff member of the given departments; answers [id, token]. */
    public static Person createUser(String name, String... departments) {
        String email = name.toLowerCase().replace(' ', '.') + "." + unique() + "@test.baton";
        long id = asAdmin().body(Map.of("email", email, "name", name, "password", PASSWORD,
                        "roles", List.of("STAFF"), "departments", List.of(departments)))
                .post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Person(id, email, login(email, PASSWORD));
    }

    /** A head of the department (role HEAD, listed among the department's heads) and a member of it. */
    public static Person createHead(String name, String department) {
        return head(name, List.of("STAFF", "HEAD"), List.of(department), department);
    }

    /** A head of the department (role HEAD) who is not a member of it, nor of any department. */
    public static Person createHeadOutside(String name, String department) {
        return head(name, List.of("HEAD"), List.of(), department);
    }

    private static Person head(String name, List<String> roles, List<String> departments, String heads) {
        String email = name.toLowerCase().replace(' ', '.') + "." + unique() + "@test.baton";
        long id = asAdmin().body(Map.of("email", email, "name", name, "password", PASSWORD,
                        "roles", roles, "departments", departments))
                .post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().body(Map.of("heads", List.of(id))).patch("/api/departments/" + heads).then().statusCode(200);
        return new Person(id, email, login(email, PASSWORD));
    }

    public record Person(long id, String email, String token) {
        public RequestSpecification api() {
            return as(token);
        }
    }

    /** A request type received by the department, with NORMAL targets of 60 and 480 minutes. */
    public static long createRequestType(String department, String name) {
        return asAdmin().body(Map.of("name", name + " " + unique(), "department", department,
                        "sla", Map.of("NORMAL", Map.of("ackMinutes", 60, "resolveMinutes", 480),
                                "HIGH", Map.of("ackMinutes", 30, "resolveMinutes", 240))))
                .post("/api/request-types").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}

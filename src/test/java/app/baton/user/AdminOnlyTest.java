package app.baton.user;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Only administrators manage departments, users, request types, calendars and other people's
 * tokens: every such write is refused (403 problem+json) for staff, for a department head, and
 * for an administrator's token that lacks the admin scope. Reading the lists pages need is open.
 */
@QuarkusTest
class AdminOnlyTest {

    String dept;
    Person staff;
    Person head;
    Person other;
    long type;
    long calendar;
    long othersToken;
    String adminWriteToken;
    String adminReadToken;

    /** One admin write: a method, a path and a body. */
    record Write(String what, String method, String path, Object body) {
    }

    @BeforeEach
    void world() {
        dept = Api.createDepartment("Admin only");
        staff = Api.createUser("Stan Staff", dept);
        head = Api.createUser("Hanna Head", dept);
        other = Api.createUser("Olga Other", dept);
        Api.asAdmin().body(Map.of("roles", List.of("HEAD", "STAFF"))).patch("/api/users/" + head.id())
                .then().statusCode(200);
        Api.asAdmin().body(Map.of("heads", List.of(head.id()))).patch("/api/departments/" + dept)
                .then().statusCode(200);
        type = Api.createRequestType(dept, "Repair");
        calendar = Api.asAdmin().body(calendarBody("Vilnius office " + Api.unique())).post("/api/calendars")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        othersToken = other.api().body(Map.of("name", "ERP", "scopes", List.of("read"))).post("/api/tokens")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        adminWriteToken = token(Api.asAdmin(), List.of("read", "write"));
        adminReadToken = token(Api.asAdmin(), List.of("read"));
    }

    private static String token(RequestSpecification as, List<String> scopes) {
        return as.body(Map.of("name", "scoped " + Api.unique(), "scopes", scopes)).post("/api/tokens")
                .then().statusCode(201).extract().path("token");
    }

    private static Map<String, Object> calendarBody(String name) {
        return Map.of("name", name, "timeZone", "Europe/Vilnius",
                "hours", Map.of("MONDAY", List.of(List.of("09:00", "17:00"))));
    }

    private List<Write> adminWrites() {
        return List.of(
                new Write("create a department", "POST", "/api/departments",
                        Map.of("code", Api.departmentCode(), "name", "Forged")),
                new Write("rename a department", "PATCH", "/api/departments/" + dept, Map.of("name", "Renamed")),
                new Write("name department heads", "PATCH", "/api/departments/" + dept,
                        Map.of("heads", List.of(staff.id()))),
                new Write("create a user", "POST", "/api/users", Map.of("email", "forged." + Api.unique()
                        + "@test.baton", "name", "Forged", "password", Api.PASSWORD, "roles", List.of("ADMIN"))),
                new Write("change someone else", "PATCH", "/api/users/" + other.id(), Map.of("name", "Renamed")),
                new Write("give roles", "PATCH", "/api/users/" + other.id(), Map.of("roles", List.of("ADMIN"))),
                new Write("move someone to a department", "PATCH", "/api/users/" + other.id(),
                        Map.of("departments", List.of())),
                new Write("deactivate a user", "POST", "/api/users/" + other.id() + "/deactivate", Map.of()),
                new Write("create a request type", "POST", "/api/request-types", Map.of("name", "Forged",
                        "department", dept, "sla", Map.of("NORMAL", Map.of("ackMinutes", 1, "resolveMinutes", 2)))),
                new Write("change a request type", "PATCH", "/api/request-types/" + type, Map.of("name", "Renamed")),
                new Write("create a calendar", "POST", "/api/calendars", calendarBody("Forged")),
                new Write("change a calendar", "PATCH", "/api/calendars/" + calendar, Map.of("name", "Renamed")),
                new Write("list someone's tokens", "GET", "/api/tokens?user=" + other.id(), null),
                new Write("read the audit log", "GET", "/api/audit", null),
                new Write("look into the outbox", "GET", "/api/notifications/outbox", null));
    }

    private static io.restassured.response.Response send(RequestSpecification as, Write w) {
        if (w.body() != null) {
            as = as.body(w.body());
        }
        return as.request(w.method(), w.path());
    }

    private void refusedFor(Supplier<RequestSpecification> as) {
        for (Write w : adminWrites()) {
            send(as.get(), w).then().log().ifValidationFails()
                    .statusCode(403)
                    .contentType(containsString("application/problem+json"))
                    .body("status", equalTo(403));
        }
    }

    @Test
    void staffMayNotManage() {
        refusedFor(() -> staff.api());
    }

    @Test
    void aDepartmentHeadMayNotManage() {
        refusedFor(() -> head.api());
    }

    @Test
    void anAdministratorsTokenWithoutTheAdminScopeMayNotManage() {
        refusedFor(() -> Api.as(adminWriteToken));
        refusedFor(() -> Api.as(adminReadToken));
    }

    @Test
    void nothingWasChangedByTheRefusedWrites() {
        staffMayNotManage();
        Api.asAdmin().get("/api/users/" + other.id()).then().statusCode(200)
                .body("name", equalTo("Olga Other")).body("active", equalTo(true)).body("roles", equalTo(List.of("STAFF")));
        Api.asAdmin().get("/api/departments/" + dept).then().body("heads", equalTo(List.of((int) head.id())));
    }

    @Test
    void administratorsMayManage() {
        for (Write w : adminWrites()) {
            send(Api.asAdmin(), w).then().log().ifValidationFails().statusCode(oneOf(200, 201));
        }
    }

    @Test
    void everyoneSignedInReadsTheListsThePagesNeed() {
        for (Person p : List.of(staff, head)) {
            p.api().get("/api/departments").then().statusCode(200);
            p.api().get("/api/departments/" + dept).then().statusCode(200);
            p.api().get("/api/request-types").then().statusCode(200);
            p.api().get("/api/request-types/" + type).then().statusCode(200);
            p.api().get("/api/calendars").then().statusCode(200);
            p.api().get("/api/calendars/" + calendar).then().statusCode(200);
        }
    }

    @Test
    void peopleChangeTheirOwnNameLanguageAndTimeZoneButNotTheirRoles() {
        staff.api().body(Map.of("name", "Stanley Staff", "language", "lt", "timeZone", "Europe/Riga"))
                .patch("/api/users/" + staff.id()).then().statusCode(200).body("name", equalTo("Stanley Staff"));
        staff.api().body(Map.of("roles", List.of("ADMIN", "STAFF"))).patch("/api/users/" + staff.id())
                .then().statusCode(403);
        staff.api().body(Map.of("active", false)).patch("/api/users/" + staff.id()).then().statusCode(403);
        head.api().body(Map.of("departments", List.of())).patch("/api/users/" + head.id()).then().statusCode(403);
        Api.asAdmin().get("/api/users/" + staff.id()).then().body("roles", equalTo(List.of("STAFF")));
    }

    @Test
    void othersTokensAreInvisibleToStaffAndRevocableByAdministrators() {
        staff.api().delete("/api/tokens/" + othersToken).then().statusCode(404);
        Api.as(adminWriteToken).delete("/api/tokens/" + othersToken).then().statusCode(404);
        Api.asAdmin().get("/api/tokens?user=" + other.id()).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem((int) othersToken));
        Api.asAdmin().delete("/api/tokens/" + othersToken).then().statusCode(204);
        other.api().get("/api/tokens").then().body("items.find { it.id == " + othersToken + " }.revoked", equalTo(true));
    }

    @Test
    void aTokenCannotMintAStrongerOne() {
        Api.as(adminWriteToken).body(Map.of("name", "escalate", "scopes", List.of("admin")))
                .post("/api/tokens").then().statusCode(403);
        Api.as(adminReadToken).body(Map.of("name", "escalate", "scopes", List.of("read")))
                .post("/api/tokens").then().statusCode(403); // read scope: no writes at all
        String adminToken = token(Api.asAdmin(), List.of("admin"));
        Api.as(adminToken).body(Map.of("name", "Forged " + Api.unique(), "code", Api.departmentCode()))
                .post("/api/departments").then().statusCode(201);
    }
}

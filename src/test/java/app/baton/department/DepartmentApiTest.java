package app.baton.department;

import static app.baton.support.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.baton.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DepartmentApiTest {

    @Test
    void createReadUpdateDepartment() {
        String code = Api.createDepartment("Accounting");
        int version = asAdmin().get("/api/departments/" + code).then().statusCode(200)
                .body("code", equalTo(code)).extract().path("version");
        asAdmin().body(Map.of("version", version, "name", "Accounting and billing", "email", "acc@test.baton"))
                .patch("/api/departments/" + code)
                .then().statusCode(200).body("name", equalTo("Accounting and billing"))
                .body("version", equalTo(version + 1));
        asAdmin().get("/api/departments").then().statusCode(200).body("items.code", hasItem(code));
    }

    @Test
    void codeMustBeTwoToEightCapitalLetters() {
        asAdmin().body(Map.of("code", "srv-1", "name", "Bad"))
                .post("/api/departments")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("code"));
    }

    @Test
    void duplicateCodeIsAConflict() {
        String code = Api.createDepartment("Delivery");
        asAdmin().body(Map.of("code", code, "name", "Again")).post("/api/departments")
                .then().statusCode(409);
    }

    @Test
    void staleVersionIsAConflict() {
        String code = Api.createDepartment("Procurement");
        asAdmin().body(Map.of("version", 0, "name", "First")).patch("/api/departments/" + code)
                .then().statusCode(200);
        asAdmin().body(Map.of("version", 0, "name", "Second")).patch("/api/departments/" + code)
                .then().statusCode(409).body("detail", containsString("changed by someone else"));
    }

    @Test
    void unknownDepartmentIs404Problem() {
        asAdmin().get("/api/departments/NOPE").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void malformedJsonIs400NotA500() {
        asAdmin().body("{\"code\": ").post("/api/departments").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        asAdmin().body(Map.of("code", "ABC", "name", "X", "heads", "not-a-list"))
                .post("/api/departments").then().statusCode(400);
    }

    @Test
    void requestTypeKeepsItsSlaTargets() {
        String code = Api.createDepartment("Service");
        long id = Api.createRequestType(code, "Repair");
        asAdmin().get("/api/request-types/" + id).then().statusCode(200)
                .body("department", equalTo(code))
                .body("sla.NORMAL.ackMinutes", equalTo(60))
                .body("sla.HIGH.resolveMinutes", equalTo(240))
                .body("warnPercent", equalTo(75));
        asAdmin().body(Map.of("name", "No targets", "department", code, "sla", Map.of()))
                .post("/api/request-types").then().statusCode(400).body("errors.field", hasItem("sla"));
        asAdmin().body(Map.of("name", "Bad priority", "department", code,
                        "sla", Map.of("SOON", Map.of("ackMinutes", 1, "resolveMinutes", 2))))
                .post("/api/request-types").then().statusCode(400);
    }
}

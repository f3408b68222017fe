package app.baton.user;

import static app.baton.support.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import app.baton.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserApiTest {

    @Test
    void listsTheStaffOfADepartment() {
        String department = Api.createDepartment("Service");
        Api.createUser("Ona Onaite", department);
        Api.createUser("Jonas Jonaitis", department);
        asAdmin().queryParam("department", department).get("/api/users")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("total", equalTo(2))
                .body("items.departments", everyItem(hasItem(department)));
    }

    @Test
    void pageSizeAbove200IsRefused() {
        asAdmin().queryParam("size", 500).get("/api/users")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void updatesLanguageZoneAndRolesWithVersionCheck() {
        String department = Api.createDepartment("Accounting");
        Api.Person person = Api.createUser("Rasa Rasaite", department);
        asAdmin().body(Map.of("version", 0, "language", "lt", "timeZone", "Europe/Riga",
                        "roles", List.of("STAFF", "HEAD")))
                .patch("/api/users/" + person.id())
                .then().statusCode(200)
                .body("language", equalTo("lt"))
                .body("timeZone", equalTo("Europe/Riga"))
                .body("roles", hasItem("HEAD"));
        asAdmin().body(Map.of("version", 0, "name", "Stale")).patch("/api/users/" + person.id())
                .then().statusCode(409);
    }

    @Test
    void badLanguageZoneAndDepartmentAreFieldErrors() {
        long id = Api.createUser("Field Errors", Api.createDepartment("Delivery")).id();
        asAdmin().body(Map.of("language", "de")).patch("/api/users/" + id)
                .then().statusCode(400).body("errors.field", hasItem("language"));
        asAdmin().body(Map.of("timeZone", "Mars/Olympus")).patch("/api/users/" + id)
                .then().statusCode(400).body("errors.field", hasItem("timeZone"));
        asAdmin().body(Map.of("departments", List.of("NOPE"))).patch("/api/users/" + id)
                .then().statusCode(400).body("errors.field", hasItem("departments[0]"));
        asAdmin().body(Map.of("roles", List.of("KING"))).patch("/api/users/" + id)
                .then().statusCode(400);
    }

    @Test
    void duplicateEmailIsAConflictWhateverTheCase() {
        Api.Person person = Api.createUser("Dup Licate", Api.createDepartment("Sales"));
        asAdmin().body(Map.of("email", person.email().toUpperCase(), "name", "Again", "password", Api.PASSWORD))
                .post("/api/users").then().statusCode(409);
    }

    @Test
    void deactivatedUserCanNoLongerUseTheirToken() {
        Api.Person person = Api.createUser("Leaving Soon", Api.createDepartment("Sales"));
        asAdmin().body(Map.of("active", false)).patch("/api/users/" + person.id()).then().statusCode(200);
        person.api().get("/api/users/me").then().statusCode(401);
    }

    @Test
    void unknownUserIs404() {
        asAdmin().get("/api/users/999999999").then().statusCode(404);
    }
}

package app.baton.notification;

import static io.restassured.RestAssured.given;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.TestClients;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small company for mail tests: a receiving department with its own address and a head, a
 * requesting department, a Lithuanian and an English member of staff, a requester in Riga's
 * time zone and a client. Everyone has a unique address.
 */
final class MailWorld {

    final String receiving;
    final String receivingEmail;
    final String requesting;
    final long type;
    final Person head;
    final Person lina;
    final Person sam;
    final Person requester;
    final long client;

    MailWorld() {
        head = person("Hana Head", "en", "Europe/Vilnius", List.of("STAFF", "HEAD"));
        receivingEmail = "service." + Api.unique() + "@test.baton";
        receiving = Api.departmentCode();
        Api.asAdmin().body(Map.of("code", receiving, "name", "Service " + receiving, "email", receivingEmail,
                "heads", List.of(head.id()))).post("/api/departments").then().statusCode(201);
        requesting = Api.createDepartment("Sales");
        addTo(head, receiving);
        type = Api.createRequestType(receiving, "Repair");
        lina = person("Lina Lietuvaitė", "lt", "Europe/Vilnius", List.of("STAFF"), receiving);
        sam = person("Sam Staff", "en", "Europe/London", List.of("STAFF"), receiving);
        requester = person("Rita Requester", "en", "Europe/Riga", List.of("STAFF"), requesting);
        client = TestClients.createClient("Client");
    }

    static Person person(String name, String language, String timeZone, List<String> roles, String... departments) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String email = ascii.toLowerCase().replace(' ', '.') + "." + Api.unique() + "@test.baton";
        long id = Api.asAdmin().body(Map.of("email", email, "name", name, "password", Api.PASSWORD,
                        "roles", roles, "departments", List.of(departments), "language", language,
                        "timeZone", timeZone))
                .post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Person(id, email, Api.login(email, Api.PASSWORD));
    }

    private static void addTo(Person person, String department) {
        long version = Api.asAdmin().get("/api/users/" + person.id()).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        Api.asAdmin().body(Map.of("version", version, "departments", List.of(department)))
                .patch("/api/users/" + person.id()).then().statusCode(200);
    }

    String create(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("description", "Two units in the server room");
        body.put("client", client);
        return requester.api().body(body).post("/api/tickets").then().statusCode(201).extract().path("key");
    }

    ValidatableResponse act(Person who, String key, String action, Map<String, ?> body) {
        return who.api().body(body).post("/api/tickets/" + key + "/" + action).then();
    }

    void preference(Person who, String kind, String mode) {
        who.api().body(List.of(Map.of("kind", kind, "mode", mode)))
                .put("/api/users/" + who.id() + "/notification-preferences").then().statusCode(200);
    }

    static ValidatableResponse anonymous(String path) {
        return given().contentType(ContentType.JSON).get(path).then();
    }
}

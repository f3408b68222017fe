package app.baton.promise;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.TestClients;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A fresh sales person and client of their own, so lists filtered by them hold only this test's promises. */
final class PromiseFixture {

    final String department;
    Person sales;
    final long client;

    PromiseFixture() {
        department = Api.createDepartment("Sales");
        sales = Api.createUser("Paula Promiser", department);
        client = TestClients.createClient("Promised Client");
    }

    /** Signs in again: a login token lasts 12 hours of the (test) clock. */
    void signInAgain() {
        sales = new Person(sales.id(), sales.email(), Api.login(sales.email(), Api.PASSWORD));
    }

    Map<String, Object> body(String text, Instant dueAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("client", client);
        body.put("text", text);
        body.put("dueAt", dueAt.toString());
        return body;
    }

    ValidatableResponse createResponse(Map<String, Object> body) {
        return sales.api().body(body).post("/api/promises").then();
    }

    long create(String text, Instant dueAt) {
        return createResponse(body(text, dueAt)).statusCode(201).extract().jsonPath().getLong("id");
    }

    ValidatableResponse get(long id) {
        return sales.api().get("/api/promises/" + id).then().statusCode(200);
    }

    ValidatableResponse act(long id, String action, Map<String, ?> body) {
        return sales.api().body(body).post("/api/promises/" + id + "/" + action).then();
    }
}

package app.baton.ticket;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.TestClients;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * A fresh little world for one test: a receiving department with a request type (NORMAL: ack
 * 60 min, resolve 480 min; HIGH: 30/240), a requesting department, a requester, a member of
 * the receiving department and a client.
 */
final class TicketFixture {

    final String receiving;
    final String requesting;
    final long type;
    final Person requester;
    final Person staff;
    final long client;

    TicketFixture() {
        receiving = Api.createDepartment("Service");
        requesting = Api.createDepartment("Sales");
        type = Api.createRequestType(receiving, "Repair");
        requester = Api.createUser("Rita Requester", requesting);
        staff = Api.createUser("Sam Staff", receiving);
        client = TestClients.createClient("Client");
    }

    Map<String, Object> body(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("description", "Two units in the server room");
        body.put("client", client);
        return body;
    }

    ValidatableResponse createResponse(Map<String, Object> body) {
        return requester.api().body(body).post("/api/tickets").then();
    }

    String create() {
        return createResponse(body("Repair " + Api.unique())).statusCode(201).extract().path("key");
    }

    ValidatableResponse act(Person who, String key, String action, Map<String, ?> body) {
        return who.api().body(body).post("/api/tickets/" + key + "/" + action).then();
    }

    ValidatableResponse acknowledge(String key) {
        return act(staff, key, "acknowledge", Map.of("assignee", staff.id())).statusCode(200);
    }

    ValidatableResponse get(String key) {
        return requester.api().get("/api/tickets/" + key).then().statusCode(200);
    }

    /** A new ticket taken to the given status through the API. */
    String inStatus(TicketStatus status) {
        String key = create();
        switch (status) {
            case NEW -> { }
            case ACKNOWLEDGED -> acknowledge(key);
            case IN_PROGRESS -> {
                acknowledge(key);
                act(staff, key, "start", Map.of()).statusCode(200);
            }
            case WAITING -> {
                acknowledge(key);
                act(staff, key, "wait", Map.of("on", "CLIENT")).statusCode(200);
            }
            case RESOLVED -> {
                acknowledge(key);
                act(staff, key, "resolve", Map.of()).statusCode(200);
            }
            case CLOSED -> {
                acknowledge(key);
                act(staff, key, "resolve", Map.of()).statusCode(200);
                act(requester, key, "close", Map.of()).statusCode(200);
            }
            case REJECTED -> act(staff, key, "reject", Map.of("reason", "Not ours")).statusCode(200);
            case CANCELLED -> act(requester, key, "cancel", Map.of("reason", "No longer needed")).statusCode(200);
        }
        get(key).body("status", org.hamcrest.Matchers.equalTo(status.name()));
        return key;
    }
}

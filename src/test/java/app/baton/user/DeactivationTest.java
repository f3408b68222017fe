package app.baton.user;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deactivating a person hands everything they held over in one audited step. */
@QuarkusTest
class DeactivationTest {

    String service;
    String install;
    Person leaving;
    Person colleague;
    Person head;
    Person requester;
    long serviceType;
    long installType;
    long client;

    @BeforeEach
    void world() {
        service = Api.createDepartment("Service");
        install = Api.createDepartment("Installation");
        String sales = Api.createDepartment("Sales");
        leaving = Api.createUser("Lukas Leaving", service, install);
        colleague = Api.createUser("Carla Colleague", service);
        head = Api.createUser("Henrik Head", service);
        requester = Api.createUser("Rita Requester", sales);
        Api.asAdmin().body(Map.of("roles", List.of("HEAD", "STAFF"))).patch("/api/users/" + head.id())
                .then().statusCode(200);
        Api.asAdmin().body(Map.of("heads", List.of(head.id()))).patch("/api/departments/" + service)
                .then().statusCode(200);
        serviceType = Api.createRequestType(service, "Repair");
        installType = Api.createRequestType(install, "Install");
        client = Api.asAdmin().body(Map.of("name", "Owned Client " + Api.unique(), "owner", leaving.id()))
                .post("/api/clients").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private String ticket(long type, List<Long> watchers) {
        return requester.api().body(Map.of("type", type, "title", "Fix it " + Api.unique(), "client", client,
                        "watchers", watchers))
                .post("/api/tickets").then().statusCode(201).extract().path("key");
    }

    private String assignedToLeaving(long type) {
        String key = ticket(type, List.of());
        leaving.api().body(Map.of("assignee", leaving.id())).post("/api/tickets/" + key + "/acknowledge")
                .then().statusCode(200);
        return key;
    }

    private long promiseOwnedByLeaving() {
        return requester.api().body(Map.of("client", client, "text", "Call back about the quote",
                        "dueAt", Instant.now().plus(2, ChronoUnit.DAYS).toString(), "owner", leaving.id()))
                .post("/api/promises").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void handsRequestsPromisesAndClientsToTheColleagueAndEndsEveryWayIn() {
        String mine = assignedToLeaving(serviceType);
        String elsewhere = assignedToLeaving(installType);
        String watched = ticket(serviceType, List.of(leaving.id()));
        long promise = promiseOwnedByLeaving();
        PageSession pages = PageSession.signIn(leaving.email(), Api.PASSWORD);
        pages.get("/").then().statusCode(200);
        String apiToken = leaving.api().body(Map.of("name", "ERP", "scopes", List.of("read", "write")))
                .post("/api/tokens").then().statusCode(201).extract().path("token");

        Api.asAdmin().body(Map.of("handTo", colleague.id())).post("/api/users/" + leaving.id() + "/deactivate")
                .then().log().ifValidationFails().statusCode(200)
                .body("user.active", equalTo(false))
                .body("handedTo", equalTo((int) colleague.id()))
                .body("requestsReassigned", equalTo(1))
                .body("requestsReturnedToQueue", equalTo(1))
                .body("promisesHandedOver", equalTo(1))
                .body("clientsHandedOver", equalTo(1))
                .body("watchesEnded", equalTo(1))
                .body("sessionsEnded", equalTo(1))
                .body("tokensRevoked", equalTo(2));

        // the colleague works in Service: the Service request is theirs; Installation's goes back to its queue
        Api.asAdmin().get("/api/tickets/" + mine).then().body("assignee", equalTo((int) colleague.id()))
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("events.kind", hasItem("ASSIGNED"));
        Api.asAdmin().get("/api/tickets/" + elsewhere).then().body("assignee", nullValue())
                .body("status", equalTo("ACKNOWLEDGED"));
        Api.asAdmin().get("/api/tickets/" + watched).then().body("watchers", not(hasItem((int) leaving.id())));
        Api.asAdmin().get("/api/promises/" + promise).then().body("owner", equalTo((int) colleague.id()))
                .body("status", equalTo("OPEN"));
        Api.asAdmin().get("/api/clients/" + client).then().body("owner", equalTo((int) colleague.id()));
        Api.asAdmin().get("/api/clients/" + client + "/history").then()
                .body("items.field", hasItem("owner"));

        // no way in any more: bearer tokens, the page session, and fresh logins
        leaving.api().get("/api/users/me").then().statusCode(401);
        Api.as(apiToken).get("/api/users/me").then().statusCode(401);
        pages.get("/").then().statusCode(oneOf(302, 303)).header("Location", endsWith("/login"));
        given().contentType(ContentType.JSON).body(Map.of("email", leaving.email(), "password", Api.PASSWORD))
                .post("/api/auth/login").then().statusCode(401)
                .contentType(containsString("application/problem+json"));
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", leaving.email()).formParam("j_password", Api.PASSWORD)
                .post("/j_security_check").then().header("Location", endsWith("/login?error=true"));

        // and they are not offered as an assignee
        String fresh = ticket(serviceType, List.of());
        colleague.api().body(Map.of("assignee", leaving.id())).post("/api/tickets/" + fresh + "/acknowledge")
                .then().statusCode(400).body("errors[0].field", equalTo("assignee"));

        Api.asAdmin().get("/api/audit?action=USER_DEACTIVATED&size=5").then().statusCode(200)
                .body("items[0].target", equalTo("user:" + leaving.id()))
                .body("items[0].actor", equalTo(Api.ADMIN_EMAIL))
                .body("items[0].detail", containsString(colleague.email()));
    }

    @Test
    void aRestrictedClientsRequestIsNotHandedToAColleagueWhoMayNotSeeIt() {
        long secret = Api.asAdmin().body(Map.of("name", "Secret Client " + Api.unique(), "restricted", true,
                        "allowedUsers", List.of(leaving.id(), requester.id())))
                .post("/api/clients").then().statusCode(201).extract().jsonPath().getLong("id");
        String key = requester.api().body(Map.of("type", serviceType, "title", "Quiet repair", "client", secret))
                .post("/api/tickets").then().statusCode(201).extract().path("key");
        leaving.api().body(Map.of("assignee", leaving.id())).post("/api/tickets/" + key + "/acknowledge")
                .then().statusCode(200);

        Api.asAdmin().body(Map.of("handTo", colleague.id())).post("/api/users/" + leaving.id() + "/deactivate")
                .then().statusCode(200).body("requestsReturnedToQueue", equalTo(1));

        // Carla works in Service but is not named on the client: she could not open the request
        Api.asAdmin().get("/api/tickets/" + key).then().body("assignee", nullValue());
        colleague.api().get("/api/tickets/" + key).then().statusCode(404);
    }

    @Test
    void withoutAColleagueRequestsGoBackToTheQueueAndPromisesAndClientsToTheHead() {
        String mine = assignedToLeaving(serviceType);
        long promise = promiseOwnedByLeaving();

        Api.asAdmin().post("/api/users/" + leaving.id() + "/deactivate").then().statusCode(200)
                .body("handedTo", nullValue())
                .body("requestsReturnedToQueue", equalTo(1))
                .body("promiseOwner", equalTo((int) head.id()));

        Api.asAdmin().get("/api/tickets/" + mine).then().body("assignee", nullValue());
        Api.asAdmin().get("/api/promises/" + promise).then().body("owner", equalTo((int) head.id()));
        Api.asAdmin().get("/api/clients/" + client).then().body("owner", equalTo((int) head.id()));
    }

    @Test
    void patchingActiveFalseHandsOverTheSameWay() {
        String mine = assignedToLeaving(serviceType);
        Api.asAdmin().body(Map.of("active", false)).patch("/api/users/" + leaving.id()).then().statusCode(200)
                .body("active", equalTo(false));
        Api.asAdmin().get("/api/tickets/" + mine).then().body("assignee", nullValue());
        leaving.api().get("/api/users/me").then().statusCode(401);
    }

    @Test
    void refusesWhatCannotBeDone() {
        Api.asAdmin().body(Map.of("handTo", leaving.id())).post("/api/users/" + leaving.id() + "/deactivate")
                .then().statusCode(400).body("errors[0].field", equalTo("handTo"));
        Api.asAdmin().body(Map.of("handTo", 999_999_999)).post("/api/users/" + leaving.id() + "/deactivate")
                .then().statusCode(400).body("errors[0].field", equalTo("handTo"));
        Api.asAdmin().post("/api/users/" + colleague.id() + "/deactivate").then().statusCode(200);
        Api.asAdmin().body(Map.of("handTo", colleague.id())).post("/api/users/" + leaving.id() + "/deactivate")
                .then().statusCode(400).body("errors[0].field", equalTo("handTo"));
        Api.asAdmin().post("/api/users/" + colleague.id() + "/deactivate").then().statusCode(409)
                .contentType(containsString("application/problem+json"));
        Api.asAdmin().post("/api/users/999999999/deactivate").then().statusCode(404);
        Api.asAdmin().body("{\"handTo\": \"someone\"}").post("/api/users/" + leaving.id() + "/deactivate")
                .then().statusCode(400);
        // nothing was half-done by the refusals
        Api.asAdmin().get("/api/users/" + leaving.id()).then().body("active", equalTo(true));
        leaving.api().get("/api/users/me").then().statusCode(200);
    }

    @Test
    void aReactivatedPersonSignsInAgainButGetsNothingBack() {
        String mine = assignedToLeaving(serviceType);
        Api.asAdmin().post("/api/users/" + leaving.id() + "/deactivate").then().statusCode(200);
        Api.asAdmin().body(Map.of("active", true)).patch("/api/users/" + leaving.id()).then().statusCode(200);
        Api.login(leaving.email(), Api.PASSWORD);
        Api.asAdmin().get("/api/tickets/" + mine).then().body("assignee", nullValue());
        Api.asAdmin().get("/api/audit?action=USER_REACTIVATED&actor=" + Api.ADMIN_EMAIL).then()
                .body("items[0].target", equalTo("user:" + leaving.id()));
    }
}

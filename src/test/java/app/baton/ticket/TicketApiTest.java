package app.baton.ticket;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TicketApiTest {

    @Test
    void wholeLifecycleIsRecordedAsEvents() {
        TicketFixture f = new TicketFixture();
        Map<String, Object> body = f.body("Repair the air conditioner");
        JsonPath created = f.createResponse(body).statusCode(201)
                .header("Location", containsString("/api/tickets/" + f.receiving + "-"))
                .body("key", matchesPattern(f.receiving + "-\\d+"))
                .body("status", equalTo("NEW"))
                .body("receivingDepartment", equalTo(f.receiving))
                .body("requestingDepartment", equalTo(f.requesting))
                .body("requester", equalTo((int) f.requester.id()))
                .body("priority", equalTo("NORMAL"))
                .body("assignee", nullValue())
                .body("overdue", equalTo(false))
                .body("events.kind", contains("CREATED"))
                .body("escalations", empty())
                .extract().jsonPath();
        String key = created.getString("key");
        Instant createdAt = Instant.parse(created.getString("createdAt"));
        assertEquals(createdAt.plus(Duration.ofMinutes(60)), Instant.parse(created.getString("ackDueAt")));
        assertEquals(createdAt.plus(Duration.ofMinutes(480)), Instant.parse(created.getString("resolveDueAt")));

        f.act(f.staff, key, "acknowledge", Map.of("assignee", f.staff.id(), "note", "On it"))
                .statusCode(200).body("status", equalTo("ACKNOWLEDGED"))
                .body("assignee", equalTo((int) f.staff.id())).body("acknowledgedAt", notNullValue());
        f.act(f.staff, key, "start", Map.of()).statusCode(200).body("status", equalTo("IN_PROGRESS"));
        f.act(f.staff, key, "wait", Map.of("on", "CLIENT", "note", "Waiting for access"))
                .statusCode(200).body("status", equalTo("WAITING")).body("waitingOn", equalTo("CLIENT"));
        f.act(f.staff, key, "resume", Map.of()).statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("waitingOn", nullValue());
        f.act(f.staff, key, "comments", Map.of("body", "Replaced the compressor", "internal", true))
                .statusCode(201).body("comments.body", contains("Replaced the compressor"))
                .body("comments[0].internal", equalTo(true))
                .body("comments[0].author", equalTo((int) f.staff.id()));
        f.act(f.staff, key, "resolve", Map.of("note", "Fixed")).statusCode(200)
                .body("status", equalTo("RESOLVED")).body("resolvedAt", notNullValue());
        f.act(f.requester, key, "reopen", Map.of("note", "Still noisy")).statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("resolvedAt", nullValue());
        f.act(f.staff, key, "resolve", Map.of()).statusCode(200);
        f.act(f.requester, key, "close", Map.of()).statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedAt", notNullValue());

        f.get(key)
                .body("events.kind", contains("CREATED", "ACKNOWLEDGED", "STARTED", "WAITING", "RESUMED",
                        "COMMENTED", "RESOLVED", "REOPENED", "RESOLVED", "CLOSED"))
                .body("events.from", contains(null, "NEW", "ACKNOWLEDGED", "IN_PROGRESS", "WAITING", null,
                        "IN_PROGRESS", "RESOLVED", "IN_PROGRESS", "RESOLVED"))
                .body("events.to", contains("NEW", "ACKNOWLEDGED", "IN_PROGRESS", "WAITING", "IN_PROGRESS", null,
                        "RESOLVED", "IN_PROGRESS", "RESOLVED", "CLOSED"))
                .body("events[1].actor", equalTo((int) f.staff.id()))
                .body("events[1].note", equalTo("On it"))
                .body("events[3].note", equalTo("Waiting for access"))
                .body("events[7].note", equalTo("Still noisy"))
                .body("events[7].actor", equalTo((int) f.requester.id()))
                .body("events.at", everyItemNotNull());
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemNotNull() {
        return org.hamcrest.Matchers.everyItem(notNullValue());
    }

    @Test
    void creationTakesContactWatchersPromiseAndPriority() {
        TicketFixture f = new TicketFixture();
        long contact = TestClients.createContact(f.client, "Jonas");
        Person watcher = Api.createUser("Wanda Watcher", f.requesting);
        Map<String, Object> body = f.body("Callback");
        body.put("contact", contact);
        body.put("priority", "HIGH");
        body.put("watchers", List.of(watcher.id()));
        String due = Instant.now().plus(Duration.ofDays(1)).toString();
        body.put("promise", Map.of("text", "Technician calls back tomorrow 15:00", "dueAt", due));
        JsonPath created = f.createResponse(body).statusCode(201)
                .body("contact", equalTo((int) contact))
                .body("priority", equalTo("HIGH"))
                .body("watchers", contains((int) watcher.id()))
                .body("promises", hasSize(1))
                .body("promises[0].text", equalTo("Technician calls back tomorrow 15:00"))
                .body("promises[0].status", equalTo("OPEN"))
                .body("promises[0].owner", equalTo((int) f.requester.id()))
                .body("promises[0].madeBy", equalTo((int) f.requester.id()))
                .body("promises[0].client", equalTo((int) f.client))
                .extract().jsonPath();
        Instant createdAt = Instant.parse(created.getString("createdAt"));
        // HIGH: 30 and 240 minutes
        assertEquals(createdAt.plus(Duration.ofMinutes(30)), Instant.parse(created.getString("ackDueAt")));
        assertEquals(createdAt.plus(Duration.ofMinutes(240)), Instant.parse(created.getString("resolveDueAt")));
        assertEquals(created.getString("key"), created.getString("promises[0].ticket"));
    }

    @Test
    void contactOfAnotherClientIsAFieldError() {
        TicketFixture f = new TicketFixture();
        long otherClient = TestClients.createClient("Other");
        long strangersContact = TestClients.createContact(otherClient, "Stranger");
        Map<String, Object> body = f.body("Wrong contact");
        body.put("contact", strangersContact);
        f.createResponse(body).statusCode(400).body("errors.field", contains("contact"));
    }

    @Test
    void invalidCreationsAre400WithFieldNames() {
        TicketFixture f = new TicketFixture();
        f.requester.api().body(Map.of()).post("/api/tickets").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("type")).body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("client"));
        Map<String, Object> body = f.body("Bad priority");
        body.put("priority", "SOON");
        f.createResponse(body).statusCode(400).body("errors.field", contains("priority"));
        body = f.body("Wrong type");
        body.put("client", "not-a-number");
        f.createResponse(body).statusCode(400).body("errors.field", contains("client"));
        body = f.body("Unknown type");
        body.put("type", 987654321);
        f.createResponse(body).statusCode(400).body("errors.field", contains("type"));
        body = f.body("Unknown watcher");
        body.put("watchers", List.of(f.staff.id(), 987654321));
        f.createResponse(body).statusCode(400).body("errors.field", contains("watchers[1]"));
        body = f.body("Past promise");
        body.put("promise", Map.of("text", "Yesterday", "dueAt", "2020-01-01T10:00:00Z"));
        f.createResponse(body).statusCode(400).body("errors.field", contains("promise.dueAt"));
        body = f.body("Empty promise");
        body.put("promise", Map.of("dueAt", "2099-01-01T10:00:00+02:00"));
        f.createResponse(body).statusCode(400).body("errors.field", contains("promise.text"));
        f.requester.api().body("{\"title\": ").post("/api/tickets").then().statusCode(400);
        f.requester.api().post("/api/tickets").then().statusCode(400);
    }

    @Test
    void rejectNeedsAReasonAndResubmitStartsAgain() {
        TicketFixture f = new TicketFixture();
        String key = f.create();
        f.act(f.staff, key, "reject", Map.of()).statusCode(400).body("errors.field", contains("reason"));
        f.act(f.staff, key, "reject", Map.of("reason", " ")).statusCode(400).body("errors.field", contains("reason"));
        f.staff.api().post("/api/tickets/" + key + "/reject").then().statusCode(400)
                .body("errors.field", contains("reason"));
        f.act(f.staff, key, "reject", Map.of("reason", "Needs the unit's serial number")).statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejectReason", equalTo("Needs the unit's serial number"));
        f.act(f.requester, key, "resubmit", Map.of("title", "Repair unit SN-42", "note", "Serial added"))
                .statusCode(200).body("status", equalTo("NEW")).body("title", equalTo("Repair unit SN-42"))
                .body("rejectReason", nullValue())
                .body("events.kind", contains("CREATED", "REJECTED", "RESUBMITTED"))
                .body("events[1].note", equalTo("Needs the unit's serial number"));
    }

    @Test
    void acknowledgeChecksTheAssignee() {
        TicketFixture f = new TicketFixture();
        String key = f.create();
        f.act(f.staff, key, "acknowledge", Map.of()).statusCode(400).body("errors.field", contains("assignee"));
        // naming someone else is assigning: heads and administrators do it, and only to members
        Api.asAdmin().body(Map.of("assignee", f.requester.id())).post("/api/tickets/" + key + "/acknowledge").then()
                .statusCode(400).body("errors.field", contains("assignee"));
        Api.asAdmin().body(Map.of("assignee", 987654321)).post("/api/tickets/" + key + "/acknowledge").then()
                .statusCode(400).body("errors.field", contains("assignee"));
        Person gone = Api.createUser("Gone Staff", f.receiving);
        Api.asAdmin().body(Map.of("active", false)).patch("/api/users/" + gone.id()).then().statusCode(200);
        Api.asAdmin().body(Map.of("assignee", gone.id())).post("/api/tickets/" + key + "/acknowledge").then()
                .statusCode(400).body("errors.field", contains("assignee"));
        f.act(f.staff, key, "acknowledge", Map.of("assignee", f.staff.id(), "proposedDueAt", "2020-01-01T00:00:00Z"))
                .statusCode(400).body("errors.field", contains("proposedDueAt"));
        f.get(key).body("status", equalTo("NEW")).body("events", hasSize(1));
        Person colleague = Api.createUser("Colleague", f.receiving);
        f.acknowledge(key);
        // assigning is for heads and administrators (TicketRolesTest has who else may not)
        f.act(f.staff, key, "assign", Map.of("assignee", colleague.id())).statusCode(403);
        Api.asAdmin().body(Map.of("assignee", colleague.id())).post("/api/tickets/" + key + "/assign").then()
                .statusCode(200)
                .body("assignee", equalTo((int) colleague.id())).body("status", equalTo("ACKNOWLEDGED"))
                .body("events[2].kind", equalTo("ASSIGNED"));
        Api.asAdmin().body(Map.of("assignee", f.requester.id())).post("/api/tickets/" + key + "/assign").then()
                .statusCode(400).body("errors.field", contains("assignee"));
    }

    @Test
    void counterProposalAcceptedReplacesTheResolutionDeadline() {
        TicketFixture f = new TicketFixture();
        String key = f.create();
        f.act(f.requester, key, "accept-proposal", Map.of()).statusCode(409);
        Instant proposed = Instant.parse("2099-03-01T12:00:00Z");
        f.act(f.staff, key, "acknowledge", Map.of("assignee", f.staff.id(), "proposedDueAt", "2099-03-01T14:00:00+02:00"))
                .statusCode(200).body("proposedDueAt", equalTo(proposed.toString()));
        f.act(f.requester, key, "accept-proposal", Map.of("note", "Client agreed")).statusCode(200)
                .body("resolveDueAt", equalTo(proposed.toString())).body("proposedDueAt", nullValue())
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("events[1].note", equalTo("Proposed resolution by 2099-03-01T12:00:00Z"))
                .body("events[2].kind", equalTo("PROPOSAL_ACCEPTED"))
                .body("events[2].note", containsString(" -> 2099-03-01T12:00:00Z. Client agreed"));
        f.act(f.requester, key, "accept-proposal", Map.of()).statusCode(409)
                .body("detail", containsString("no counter-proposed"));
        f.act(f.requester, key, "decline-proposal", Map.of()).statusCode(409);
    }

    @Test
    void counterProposalDeclinedKeepsTheDeadline() {
        TicketFixture f = new TicketFixture();
        String key = f.create();
        String resolveDueAt = f.get(key).extract().path("resolveDueAt");
        f.act(f.staff, key, "acknowledge", Map.of("assignee", f.staff.id(), "proposedDueAt", "2099-03-01T12:00:00Z"))
                .statusCode(200);
        f.act(f.requester, key, "decline-proposal", Map.of("note", "Too late for the client")).statusCode(200)
                .body("resolveDueAt", equalTo(resolveDueAt)).body("proposedDueAt", nullValue())
                .body("events[2].kind", equalTo("PROPOSAL_DECLINED"))
                .body("events[2].note", equalTo("Too late for the client"));
        f.act(f.requester, key, "decline-proposal", Map.of()).statusCode(409);
    }

    @Test
    void forwardKeepsTheKeyAndRestartsAcknowledgement() {
        TicketFixture f = new TicketFixture();
        String other = Api.createDepartment("Accounting");
        String key = f.create();
        JsonPath before = f.acknowledge(key).extract().jsonPath();
        f.act(f.staff, key, "forward", Map.of("department", f.receiving, "reason", "Loop")).statusCode(409);
        f.act(f.staff, key, "forward", Map.of("department", "NOPE", "reason", "Lost")).statusCode(400)
                .body("errors.field", contains("department"));
        f.act(f.staff, key, "forward", Map.of("department", other)).statusCode(400)
                .body("errors.field", contains("reason"));
        JsonPath after = f.act(f.staff, key, "forward", Map.of("department", other, "reason", "It is an invoice"))
                .statusCode(200)
                .body("key", equalTo(key))
                .body("receivingDepartment", equalTo(other))
                .body("status", equalTo("NEW"))
                .body("assignee", nullValue())
                .body("acknowledgedAt", nullValue())
                .extract().jsonPath();
        Instant forwardedAt = Instant.parse(after.getString("updatedAt"));
        assertEquals(forwardedAt.plus(Duration.ofMinutes(60)), Instant.parse(after.getString("ackDueAt")));
        assertNotEquals(before.getString("ackDueAt"), after.getString("ackDueAt"));
        assertEquals(before.getString("resolveDueAt"), after.getString("resolveDueAt"));
        f.get(key).body("events[2].kind", equalTo("FORWARDED"))
                .body("events[2].from", equalTo("ACKNOWLEDGED")).body("events[2].to", equalTo("NEW"))
                .body("events[2].note", equalTo(f.receiving + " -> " + other + ": It is an invoice"));
        // the old department no longer has it: its staff neither see it nor can be its assignee
        f.act(f.staff, key, "acknowledge", Map.of("assignee", f.staff.id())).statusCode(404);
        Api.asAdmin().body(Map.of("assignee", f.staff.id())).post("/api/tickets/" + key + "/acknowledge").then()
                .statusCode(400);
        Api.asAdmin().get("/api/queues/" + other).then().statusCode(200).body("items.key", hasItem(key));
    }

    @Test
    void staleVersionIsAConflict() {
        TicketFixture f = new TicketFixture();
        String key = f.create();
        int version = f.get(key).extract().path("version");
        f.requester.api().body(Map.of("version", version, "title", "First edit")).patch("/api/tickets/" + key)
                .then().statusCode(200).body("title", equalTo("First edit")).body("version", equalTo(version + 1))
                .body("events[1].kind", equalTo("UPDATED"));
        f.requester.api().body(Map.of("version", version, "title", "Second edit")).patch("/api/tickets/" + key)
                .then().statusCode(409).body("detail", containsString("changed by someone else"));
        f.act(f.staff, key, "acknowledge", Map.of("version", version, "assignee", f.staff.id())).statusCode(409);
        f.act(f.staff, key, "acknowledge", Map.of("version", version + 1, "assignee", f.staff.id())).statusCode(200)
                .body("version", equalTo(version + 2));
        f.get(key).body("title", equalTo("First edit"));
    }

    @Test
    void patchChangesFieldsAndRecordsThem() {
        TicketFixture f = new TicketFixture();
        String key = f.create();
        long contact = TestClients.createContact(f.client, "Ona");
        f.requester.api().body(Map.of("priority", "HIGH", "contact", contact, "watchers", List.of(f.staff.id()),
                        "description", "More detail"))
                .patch("/api/tickets/" + key).then().statusCode(200)
                .body("priority", equalTo("HIGH")).body("contact", equalTo((int) contact))
                .body("watchers", contains((int) f.staff.id())).body("description", equalTo("More detail"))
                .body("events[1].note", containsString("priority NORMAL -> HIGH"));
        f.requester.api().body(Map.of("contact", TestClients.createContact(TestClients.createClient("X"), "Y")))
                .patch("/api/tickets/" + key).then().statusCode(400).body("errors.field", contains("contact"));
        f.requester.api().body(Map.of("title", "")).patch("/api/tickets/" + key).then().statusCode(400)
                .body("errors.field", contains("title"));
    }

    @Test
    void unknownKeyIs404AndBadInputIsNever500() {
        TicketFixture f = new TicketFixture();
        f.requester.api().get("/api/tickets/NOPE-1").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        f.act(f.staff, "NOPE-1", "start", Map.of()).statusCode(404);
        f.requester.api().body(Map.of("title", "x")).patch("/api/tickets/NOPE-1").then().statusCode(404);
        String key = f.create();
        f.acknowledge(key);
        f.act(f.staff, key, "wait", Map.of("on", "MOON")).statusCode(400).body("errors.field", contains("on"));
        f.act(f.staff, key, "wait", Map.of()).statusCode(400).body("errors.field", contains("on"));
        f.act(f.staff, key, "assign", Map.of("assignee", "someone")).statusCode(400);
        f.act(f.staff, key, "acknowledge", Map.of("assignee", f.staff.id(), "proposedDueAt", "tomorrow"))
                .statusCode(400);
        f.staff.api().body("[1,2]").post("/api/tickets/" + key + "/start").then().statusCode(400);
        f.staff.api().body("{\"version\": \"x\"}").post("/api/tickets/" + key + "/start").then().statusCode(400);
        f.staff.api().post("/api/tickets/" + key + "/start").then().statusCode(200);
        f.act(f.staff, key, "comments", Map.of()).statusCode(400).body("errors.field", contains("body"));
        f.requester.api().queryParam("status", "SOMEDAY").get("/api/tickets").then().statusCode(400)
                .body("errors.field", contains("status"));
        f.requester.api().queryParam("size", "500").get("/api/tickets").then().statusCode(400)
                .body("errors.field", contains("size"));
        f.requester.api().queryParam("page", "x").get("/api/tickets").then().statusCode(400);
        f.requester.api().queryParam("assignee", "x").get("/api/tickets").then().statusCode(400);
        f.requester.api().queryParam("overdue", "maybe").get("/api/tickets").then().statusCode(400);
        f.requester.api().get("/api/queues/NOPE").then().statusCode(404);
        f.requester.api().queryParam("view", "later").get("/api/queues/" + f.receiving).then().statusCode(400)
                .body("errors.field", contains("view"));
        io.restassured.RestAssured.given().get("/api/tickets").then().statusCode(401);
    }

    @Test
    void idempotentRetryCreatesOnce() {
        TicketFixture f = new TicketFixture();
        Map<String, Object> body = f.body("Invoice please");
        String idempotencyKey = "create-" + Api.unique();
        String first = f.requester.api().header("Idempotency-Key", idempotencyKey).body(body).post("/api/tickets")
                .then().statusCode(201).extract().path("key");
        String again = f.requester.api().header("Idempotency-Key", idempotencyKey).body(body).post("/api/tickets")
                .then().statusCode(201).extract().path("key");
        assertEquals(first, again);
        f.requester.api().queryParam("department", f.receiving).get("/api/tickets").then().statusCode(200)
                .body("total", equalTo(1));
        body.put("title", "Something else");
        f.requester.api().header("Idempotency-Key", idempotencyKey).body(body).post("/api/tickets")
                .then().statusCode(409);
        f.requester.api().queryParam("department", f.receiving).get("/api/tickets").then().body("total", equalTo(1));
    }

    @Test
    void listFiltersAndTextSearch() {
        TicketFixture f = new TicketFixture();
        String a = f.create();
        String b = f.create();
        String c = f.create();
        f.acknowledge(b);
        f.act(f.staff, c, "reject", Map.of("reason", "No")).statusCode(200);
        f.requester.api().queryParam("department", f.receiving).get("/api/tickets").then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(3))
                // open ones first, the rejected one last
                .body("items[2].key", equalTo(c))
                .body("items[0].events", nullValue());
        f.requester.api().queryParam("department", f.receiving).queryParam("status", "NEW", "REJECTED")
                .get("/api/tickets").then().body("items.key", org.hamcrest.Matchers.containsInAnyOrder(a, c));
        f.requester.api().queryParam("assignee", f.staff.id()).get("/api/tickets").then()
                .body("items.key", contains(b));
        f.requester.api().queryParam("requestingDepartment", f.requesting).queryParam("requester", f.requester.id())
                .queryParam("client", f.client).get("/api/tickets").then().body("total", equalTo(3));
        f.requester.api().queryParam("q", b.toLowerCase()).get("/api/tickets").then().body("items.key", contains(b));
        String title = "Unusual walrus " + Api.unique();
        Map<String, Object> body = f.body(title);
        String d = f.createResponse(body).statusCode(201).extract().path("key");
        f.requester.api().queryParam("q", title.substring(8).toUpperCase()).get("/api/tickets").then()
                .body("items.key", contains(d));
        f.requester.api().queryParam("q", "%").queryParam("department", f.receiving).get("/api/tickets").then()
                .body("total", equalTo(0));
        f.requester.api().queryParam("department", f.receiving).queryParam("size", 2).queryParam("page", 1)
                .get("/api/tickets").then().body("items", hasSize(2)).body("total", equalTo(4))
                .body("page", equalTo(1)).body("size", equalTo(2));
        f.requester.api().queryParam("department", f.receiving).queryParam("overdue", "true")
                .get("/api/tickets").then().body("total", equalTo(0));
        f.requester.api().queryParam("department", f.receiving).queryParam("overdue", "false")
                .get("/api/tickets").then().body("total", equalTo(4));
    }

    /**
     * The search lists the open requests by the deadline that applies now (a HIGH request's
     * acknowledgement is due before older NORMAL ones'), then the closed ones newest first, and
     * pages through the boundary between the two without losing or repeating a request; the CSV
     * export has the same order.
     */
    @Test
    void theSearchListsOpenRequestsByDeadlineThenClosedOnesNewestFirst() {
        TicketFixture f = new TicketFixture();
        String closedFirst = f.create();
        String normal = f.create();
        Map<String, Object> urgent = f.body("Urgent repair " + Api.unique());
        urgent.put("priority", "HIGH");
        String high = f.createResponse(urgent).statusCode(201).extract().path("key");
        String closedLast = f.create();
        String normalLater = f.create();
        f.act(f.requester, closedFirst, "cancel", Map.of()).statusCode(200);
        f.act(f.requester, closedLast, "cancel", Map.of()).statusCode(200);

        List<String> expected = List.of(high, normal, normalLater, closedLast, closedFirst);
        f.staff.api().queryParam("department", f.receiving).get("/api/tickets").then().statusCode(200)
                .body("items.key", equalTo(expected)).body("total", equalTo(5));
        for (int page = 0; page < 4; page++) {
            List<String> part = expected.subList(Math.min(5, page * 2), Math.min(5, page * 2 + 2));
            f.staff.api().queryParam("department", f.receiving).queryParam("size", 2).queryParam("page", page)
                    .get("/api/tickets").then().statusCode(200).body("items.key", equalTo(part))
                    .body("total", equalTo(5));
        }
        // a status filter that names only closed or only open states reads only that part
        f.staff.api().queryParam("department", f.receiving).queryParam("status", "CANCELLED").queryParam("size", 1)
                .queryParam("page", 1).get("/api/tickets").then().statusCode(200)
                .body("items.key", equalTo(List.of(closedFirst))).body("total", equalTo(2));
        f.staff.api().queryParam("department", f.receiving).queryParam("status", "NEW").get("/api/tickets").then()
                .statusCode(200).body("items.key", equalTo(List.of(high, normal, normalLater))).body("total", equalTo(3));
        String csv = f.staff.api().queryParam("department", f.receiving).queryParam("format", "csv")
                .get("/api/tickets").then().statusCode(200).extract().asString();
        List<Integer> positions = expected.stream().map(key -> csv.indexOf("\r\n" + key + ",")).toList();
        assertTrue(positions.stream().allMatch(p -> p > 0), csv);
        assertEquals(positions.stream().sorted().toList(), positions, csv);
    }

    @Test
    void queueViews() {
        TicketFixture f = new TicketFixture();
        String a = f.create();
        String b = f.create();
        String c = f.create();
        f.acknowledge(b);
        f.act(f.requester, c, "cancel", Map.of()).statusCode(200);
        Api.asAdmin().get("/api/queues/" + f.receiving).then().statusCode(200)
                .body("items.key", contains(a, b)).body("total", equalTo(2));
        Api.asAdmin().queryParam("view", "open").get("/api/queues/" + f.receiving.toLowerCase()).then()
                .statusCode(200).body("items.key", contains(a, b));
        Api.asAdmin().queryParam("view", "unacknowledged").get("/api/queues/" + f.receiving).then()
                .body("items.key", contains(a));
        Api.asAdmin().queryParam("view", "overdue").get("/api/queues/" + f.receiving).then()
                .body("items", empty());
        Api.asAdmin().queryParam("view", "at-risk").get("/api/queues/" + f.receiving).then()
                .body("items", empty());
        Api.asAdmin().queryParam("size", 1).get("/api/queues/" + f.receiving).then()
                .body("items.key", contains(a)).body("total", equalTo(2));
    }

    @Test
    void twoPeopleChangingAtOnceOneIsToldItChanged() throws Exception {
        TicketFixture f = new TicketFixture();
        String key = f.create();
        f.acknowledge(key);
        // Both act on the version they saw; whichever way the two requests interleave, the
        // second must be told the request changed (sequentially by the version check,
        // concurrently by optimistic locking).
        int seen = f.get(key).extract().path("version");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<Integer> a = pool.submit(
                    () -> f.act(f.staff, key, "start", Map.of("version", seen)).extract().statusCode());
            java.util.concurrent.Future<Integer> b = pool.submit(
                    () -> f.act(f.staff, key, "resolve", Map.of("version", seen)).extract().statusCode());
            List<Integer> statuses = new java.util.ArrayList<>(List.of(a.get(), b.get()));
            java.util.Collections.sort(statuses);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        f.get(key).body("events", hasSize(3));
    }

    @Test
    void cancelFromRejectedAndCommentsOnClosedTickets() {
        TicketFixture f = new TicketFixture();
        String key = f.inStatus(TicketStatus.REJECTED);
        f.act(f.requester, key, "cancel", Map.of("reason", "Client withdrew")).statusCode(200)
                .body("status", equalTo("CANCELLED"));
        f.act(f.requester, key, "comments", Map.of("body", "For the record")).statusCode(201)
                .body("comments", hasSize(1)).body("comments[0].internal", equalTo(false));
        assertTrue(f.get(key).extract().jsonPath().getList("events.kind").contains("COMMENTED"));
    }
}

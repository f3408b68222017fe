package app.baton.ticket;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every write to a request by someone whose role does not allow it: 403 when they see the
 * request, 404 when they do not; and the same write by someone it does allow.
 */
@QuarkusTest
class TicketRolesTest {

    /** The fixture plus a colleague of the requester, a watcher from elsewhere, an outsider and heads. */
    static final class World {
        final TicketFixture f = new TicketFixture();
        final String other = Api.createDepartment("Other");
        final Person colleague = Api.createUser("Colleague", f.requesting);
        final Person watcher = Api.createUser("Watcher", other);
        final Person outsider = Api.createUser("Outsider", other);
        final Person receivingHead = Api.createHeadOutside("Receiving Head", f.receiving);
        final Person requestingHead = Api.createHeadOutside("Requesting Head", f.requesting);

        String ticket() {
            Map<String, Object> body = f.body("Roles " + Api.unique());
            body.put("watchers", List.of(watcher.id()));
            return f.createResponse(body).statusCode(201).extract().path("key");
        }

        String inStatus(TicketStatus status) {
            String key = ticket();
            switch (status) {
                case NEW -> { }
                case ACKNOWLEDGED -> f.acknowledge(key);
                case IN_PROGRESS -> {
                    f.acknowledge(key);
                    f.act(f.staff, key, "start", Map.of()).statusCode(200);
                }
                case WAITING -> {
                    f.acknowledge(key);
                    f.act(f.staff, key, "wait", Map.of("on", "CLIENT")).statusCode(200);
                }
                case RESOLVED -> {
                    f.acknowledge(key);
                    f.act(f.staff, key, "resolve", Map.of()).statusCode(200);
                }
                case REJECTED -> f.act(f.staff, key, "reject", Map.of("reason", "Not ours")).statusCode(200);
                default -> throw new IllegalArgumentException(status.name());
            }
            return key;
        }

        String withProposal() {
            String key = ticket();
            f.act(f.staff, key, "acknowledge", Map.of("assignee", f.staff.id(), "proposedDueAt",
                    "2100-01-01T10:00:00Z")).statusCode(200);
            return key;
        }
    }


    private static ValidatableResponse forbidden(ValidatableResponse response) {
        return response.statusCode(403).contentType(containsString("application/problem+json"))
                .body("status", equalTo(403));
    }

    @Test
    void onlyTheReceivingDepartmentWorksTheRequest() {
        World w = new World();
        record Case(String action, TicketStatus from, Map<String, Object> body) {
        }
        List<Case> cases = List.of(
                new Case("acknowledge", TicketStatus.NEW, Map.of("assignee", w.f.staff.id())),
                new Case("reject", TicketStatus.NEW, Map.of("reason", "Not ours")),
                new Case("start", TicketStatus.ACKNOWLEDGED, Map.of()),
                new Case("wait", TicketStatus.IN_PROGRESS, Map.of("on", "CLIENT")),
                new Case("resume", TicketStatus.WAITING, Map.of()),
                new Case("resolve", TicketStatus.IN_PROGRESS, Map.of()),
                new Case("forward", TicketStatus.NEW, Map.of("department", w.other, "reason", "Theirs")));
        for (Case c : cases) {
            String key = w.inStatus(c.from());
            for (Person wrong : List.of(w.f.requester, w.colleague, w.watcher, w.requestingHead)) {
                forbidden(w.f.act(wrong, key, c.action(), c.body()));
            }
            w.f.act(w.outsider, key, c.action(), c.body()).statusCode(404);
            w.f.act(w.f.staff, key, c.action(), c.body()).statusCode(200);
        }
        // a head of the receiving department works it too, without being a member
        String key = w.inStatus(TicketStatus.NEW);
        w.f.act(w.receivingHead, key, "reject", Map.of("reason", "Duplicate")).statusCode(200)
                .body("status", equalTo("REJECTED"));
    }

    @Test
    void onlyTheRequestingSideCancelsAnswersProposalsAndResubmits() {
        World w = new World();
        for (String action : List.of("accept-proposal", "decline-proposal")) {
            String key = w.withProposal();
            for (Person wrong : List.of(w.f.staff, w.colleague, w.watcher, w.receivingHead)) {
                forbidden(w.f.act(wrong, key, action, Map.of()));
            }
            w.f.act(w.outsider, key, action, Map.of()).statusCode(404);
            w.f.act(w.f.requester, key, action, Map.of()).statusCode(200);
        }
        String rejected = w.inStatus(TicketStatus.REJECTED);
        forbidden(w.f.act(w.f.staff, rejected, "resubmit", Map.of("note", "Again")));
        forbidden(w.f.act(w.colleague, rejected, "resubmit", Map.of("note", "Again")));
        w.f.act(w.requestingHead, rejected, "resubmit", Map.of("note", "Serial added")).statusCode(200)
                .body("status", equalTo("NEW"));
        String key = w.inStatus(TicketStatus.NEW);
        for (Person wrong : List.of(w.f.staff, w.colleague, w.watcher, w.receivingHead)) {
            forbidden(w.f.act(wrong, key, "cancel", Map.of()));
        }
        w.f.act(w.outsider, key, "cancel", Map.of()).statusCode(404);
        w.f.act(w.requestingHead, key, "cancel", Map.of()).statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void headsAssignWithinTheirDepartment() {
        World w = new World();
        String key = w.inStatus(TicketStatus.NEW);
        // a member acknowledges as their own; naming someone else is assigning
        Person second = Api.createUser("Second", w.f.receiving);
        forbidden(w.f.act(w.f.staff, key, "acknowledge", Map.of("assignee", second.id())));
        w.f.act(w.receivingHead, key, "acknowledge", Map.of("assignee", second.id())).statusCode(200)
                .body("assignee", equalTo((int) second.id()));
        for (Person wrong : List.of(w.f.staff, second, w.f.requester, w.requestingHead, w.watcher)) {
            forbidden(w.f.act(wrong, key, "assign", Map.of("assignee", w.f.staff.id())));
        }
        w.f.act(w.outsider, key, "assign", Map.of("assignee", w.f.staff.id())).statusCode(404);
        // only to a member of the receiving department
        w.f.act(w.receivingHead, key, "assign", Map.of("assignee", w.f.requester.id())).statusCode(400);
        w.f.act(w.receivingHead, key, "assign", Map.of("assignee", w.f.staff.id())).statusCode(200)
                .body("assignee", equalTo((int) w.f.staff.id()));
        Api.asAdmin().body(Map.of("assignee", second.id())).post("/api/tickets/" + key + "/assign").then()
                .statusCode(200);
    }

    @Test
    void eitherSideClosesReopensAndEditsAndEveryoneWhoSeesComments() {
        World w = new World();
        String key = w.inStatus(TicketStatus.RESOLVED);
        forbidden(w.f.act(w.watcher, key, "reopen", Map.of()));
        w.f.act(w.outsider, key, "reopen", Map.of()).statusCode(404);
        w.f.act(w.f.staff, key, "reopen", Map.of()).statusCode(200);
        forbidden(w.watcher.api().body(Map.of("title", "Changed")).patch("/api/tickets/" + key).then());
        w.outsider.api().body(Map.of("title", "Changed")).patch("/api/tickets/" + key).then().statusCode(404);
        w.f.staff.api().body(Map.of("title", "Changed by staff")).patch("/api/tickets/" + key).then().statusCode(200);
        w.f.act(w.f.staff, key, "resolve", Map.of()).statusCode(200);
        forbidden(w.f.act(w.watcher, key, "close", Map.of()));
        forbidden(w.f.act(w.colleague, key, "close", Map.of()));
        w.f.act(w.outsider, key, "close", Map.of()).statusCode(404);
        w.f.act(w.f.requester, key, "close", Map.of()).statusCode(200);

        w.f.act(w.outsider, key, "comments", Map.of("body", "Hi")).statusCode(404);
        w.f.act(w.watcher, key, "comments", Map.of("body", "Any news?")).statusCode(201);
        w.f.act(w.colleague, key, "comments", Map.of("body", "Client called", "internal", true)).statusCode(201);
    }

    @Test
    void creatingNeedsAVisibleClientAndOnesOwnDepartment() {
        World w = new World();
        long restricted = Api.asAdmin().body(Map.of("name", "Secret " + Api.unique(), "restricted", true,
                "allowedDepartments", List.of(w.other))).post("/api/clients").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> body = w.f.body("For a secret client");
        body.put("client", restricted);
        w.f.createResponse(body).statusCode(400).body("errors[0].field", equalTo("client"));
        Map<String, Object> fromElsewhere = w.f.body("From elsewhere");
        fromElsewhere.put("requestingDepartment", w.other);
        w.f.createResponse(fromElsewhere).statusCode(400).body("errors[0].field", equalTo("requestingDepartment"));
        // the outsider's department is named on the client: they may send requests for it
        Map<String, Object> allowed = w.f.body("Allowed");
        allowed.put("client", restricted);
        w.outsider.api().body(allowed).post("/api/tickets").then().statusCode(201);
    }

    @Test
    void thePageOffersOnlyTheActionsOfThisPerson() {
        World w = new World();
        String key = w.inStatus(TicketStatus.NEW);
        String staffPage = PageSession.signIn(w.f.staff.email(), Api.PASSWORD).get("/tickets/" + key).then()
                .statusCode(200).extract().asString();
        assertTrue(staffPage.contains("/tickets/" + key + "/acknowledge"));
        assertFalse(staffPage.contains("/tickets/" + key + "/cancel"));
        assertFalse(staffPage.contains("/tickets/" + key + "/assign"), "a member does not assign");
        String requesterPage = PageSession.signIn(w.f.requester.email(), Api.PASSWORD).get("/tickets/" + key)
                .then().statusCode(200).extract().asString();
        assertTrue(requesterPage.contains("/tickets/" + key + "/cancel"));
        assertFalse(requesterPage.contains("/tickets/" + key + "/acknowledge"));
        assertFalse(requesterPage.contains("/tickets/" + key + "/reject"));
        String headPage = PageSession.signIn(w.receivingHead.email(), Api.PASSWORD).get("/tickets/" + key).then()
                .statusCode(200).extract().asString();
        assertTrue(headPage.contains("/tickets/" + key + "/assign"));
        // a refused action posted anyway is refused by the server too
        PageSession requester = PageSession.signIn(w.f.requester.email(), Api.PASSWORD);
        requester.submit("/tickets/" + key, "/tickets/" + key + "/reject", Map.of("reason", "Nope")).then()
                .statusCode(403);
        PageSession outsider = PageSession.signIn(w.outsider.email(), Api.PASSWORD);
        outsider.get("/tickets/" + key).then().statusCode(404);
    }
}

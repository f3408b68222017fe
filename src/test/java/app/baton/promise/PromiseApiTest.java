package app.baton.promise;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.baton.support.Api;
import app.baton.support.TestClients;
import app.baton.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PromiseApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aStandalonePromiseIsMadeByAndOwnedByTheCallerWithAReminderAnHourAhead() {
        PromiseFixture f = new PromiseFixture();
        Instant now = clock.freeze();
        Instant due = now.plus(Duration.ofHours(20));
        JsonPath created = f.createResponse(f.body("  Call back about the invoice  ", due)).statusCode(201)
                .header("Location", containsString("/api/promises/"))
                .body("ticket", nullValue())
                .body("client", equalTo((int) f.client))
                .body("text", equalTo("Call back about the invoice"))
                .body("dueAt", equalTo(due.toString()))
                .body("madeBy", equalTo((int) f.sales.id()))
                .body("owner", equalTo((int) f.sales.id()))
                .body("status", equalTo("OPEN"))
                .body("overdue", equalTo(false))
                .body("remindAt", equalTo(due.minus(Duration.ofHours(1)).toString()))
                .body("history", hasSize(1))
                .body("history[0].kind", equalTo("CREATED"))
                .body("history[0].actor", equalTo((int) f.sales.id()))
                .body("history[0].at", equalTo(now.toString()))
                .body("history[0].newDueAt", equalTo(due.toString()))
                .extract().jsonPath();
        f.get(created.getLong("id")).body("text", equalTo("Call back about the invoice"))
                .body("version", equalTo(created.getInt("version")));
    }

    @Test
    void aRetriedCreationWithTheSameIdempotencyKeyMakesOnePromise() {
        PromiseFixture f = new PromiseFixture();
        Map<String, Object> body = f.body("Call back", clock.freeze().plus(Duration.ofHours(4)));
        long first = f.sales.api().header("Idempotency-Key", "retry-" + Api.unique()).body(body)
                .post("/api/promises").then().statusCode(201).extract().jsonPath().getLong("id");
        String key = "retry-" + Api.unique();
        long once = f.sales.api().header("Idempotency-Key", key).body(body).post("/api/promises").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long again = f.sales.api().header("Idempotency-Key", key).body(body).post("/api/promises").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(once, again);
        f.sales.api().queryParam("client", f.client).get("/api/promises").then()
                .body("items.id", contains((int) first, (int) once));
    }

    @Test
    void aPromiseCanBeGivenToAnotherOwnerWithItsOwnReminder() {
        PromiseFixture f = new PromiseFixture();
        Api.Person technician = Api.createUser("Tom Technician", f.department);
        Instant due = clock.freeze().plus(Duration.ofDays(2));
        Map<String, Object> body = f.body("Technician visits", due);
        body.put("owner", technician.id());
        body.put("remindBefore", "PT3H");
        f.createResponse(body).statusCode(201)
                .body("owner", equalTo((int) technician.id()))
                .body("madeBy", equalTo((int) f.sales.id()))
                .body("remindAt", equalTo(due.minus(Duration.ofHours(3)).toString()));
        body.remove("remindBefore");
        Instant remindAt = due.minus(Duration.ofHours(30));
        body.put("remindAt", remindAt.toString());
        f.createResponse(body).statusCode(201).body("remindAt", equalTo(remindAt.toString()));
    }

    @Test
    void aPromiseOnATicketTakesTheTicketsClientAndShowsOnTheTicket() {
        PromiseFixture f = new PromiseFixture();
        String service = Api.createDepartment("Service");
        long type = Api.createRequestType(service, "Repair");
        Instant due = clock.freeze().plus(Duration.ofDays(1));
        String key = f.sales.api().body(Map.of("type", type, "title", "Broken printer", "client", f.client,
                        "promise", Map.of("text", "Repair by tomorrow", "dueAt", due.toString())))
                .post("/api/tickets").then().statusCode(201)
                .body("promises", hasSize(1))
                .body("promises[0].status", equalTo("OPEN"))
                .body("promises[0].history[0].kind", equalTo("CREATED"))
                .body("promises[0].remindAt", equalTo(due.minus(Duration.ofHours(1)).toString()))
                .extract().path("key");

        Map<String, Object> body = f.body("Send the spare part list", due.plus(Duration.ofHours(2)));
        body.remove("client");
        body.put("ticket", key.toLowerCase());
        long id = f.createResponse(body).statusCode(201)
                .body("ticket", equalTo(key)).body("client", equalTo((int) f.client))
                .extract().jsonPath().getLong("id");
        f.act(id, "keep", Map.of()).statusCode(200);

        f.sales.api().get("/api/tickets/" + key).then().statusCode(200)
                .body("promises.text", contains("Repair by tomorrow", "Send the spare part list"))
                .body("promises.status", contains("OPEN", "KEPT"))
                .body("promises[1].history.kind", contains("CREATED", "KEPT"));
        f.sales.api().queryParam("ticket", key).get("/api/promises").then().statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void listsFilterByOwnerClientStatusAndDueAndSortByDueTime() {
        PromiseFixture f = new PromiseFixture();
        Api.Person other = Api.createUser("Olga Other", f.department);
        Instant now = clock.freeze();
        long later = f.create("Later", now.plus(Duration.ofDays(3)));
        long soon = f.create("Soon", now.plus(Duration.ofHours(2)));
        Map<String, Object> othersBody = f.body("Olga's", now.plus(Duration.ofDays(2)));
        othersBody.put("owner", other.id());
        long olgas = f.createResponse(othersBody).statusCode(201).extract().jsonPath().getLong("id");
        long kept = f.create("Kept", now.plus(Duration.ofDays(1)));
        f.act(kept, "keep", Map.of()).statusCode(200);
        clock.advance(Duration.ofHours(3)); // "Soon" is now overdue

        f.sales.api().queryParam("client", f.client).get("/api/promises").then().statusCode(200)
                .body("items.id", contains((int) soon, (int) kept, (int) olgas, (int) later))
                .body("total", equalTo(4)).body("page", equalTo(0)).body("size", equalTo(50))
                .body("items[0].overdue", equalTo(true)).body("items[0].history[0].kind", equalTo("CREATED"));
        f.sales.api().queryParam("owner", "me").get("/api/promises").then()
                .body("items.id", contains((int) soon, (int) kept, (int) later));
        f.sales.api().queryParam("owner", other.id()).get("/api/promises").then()
                .body("items.id", contains((int) olgas));
        f.sales.api().queryParam("client", f.client).queryParam("status", "KEPT").get("/api/promises").then()
                .body("items.id", contains((int) kept));
        f.sales.api().queryParam("client", f.client).queryParam("status", "OPEN,KEPT").get("/api/promises").then()
                .body("total", equalTo(4));
        f.sales.api().queryParam("client", f.client).queryParam("due", "overdue").get("/api/promises").then()
                .body("items.id", contains((int) soon));
        f.sales.api().queryParam("client", f.client).queryParam("due", "upcoming").get("/api/promises").then()
                .body("items.id", contains((int) olgas, (int) later));
        f.sales.api().queryParam("client", f.client).queryParam("size", 2).queryParam("page", 1)
                .get("/api/promises").then()
                .body("items.id", contains((int) olgas, (int) later)).body("total", equalTo(4));
        f.sales.api().queryParam("client", f.client).queryParam("ticket", "NOPE-1").get("/api/promises").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void dueTodayMeansTheCallersDayInTheirTimeZone() {
        PromiseFixture f = new PromiseFixture();
        ZoneId vilnius = ZoneId.of("Europe/Vilnius"); // new users' default time zone
        // 10:00 in Vilnius: due at 23:30 there is today, 00:30 tomorrow is not
        Instant morning = LocalDate.now(vilnius).plusDays(1).atTime(10, 0).atZone(vilnius).toInstant();
        clock.freeze();
        clock.advance(Duration.between(clock.instant(), morning));
        f.signInAgain();
        LocalDate day = LocalDate.ofInstant(morning, vilnius);
        long tonight = f.create("Tonight", day.atTime(23, 30).atZone(vilnius).toInstant());
        f.create("After midnight", day.plusDays(1).atTime(0, 30).atZone(vilnius).toInstant());
        f.sales.api().queryParam("client", f.client).queryParam("due", "today").get("/api/promises").then()
                .statusCode(200).body("items.id", contains((int) tonight));
    }

    @Test
    void keepingAndBreakingCloseAnOpenPromiseWithHistory() {
        PromiseFixture f = new PromiseFixture();
        Instant now = clock.freeze();
        long keep = f.create("Deliver the toner", now.plus(Duration.ofHours(5)));
        long breakIt = f.create("Visit on Friday", now.plus(Duration.ofHours(5)));
        clock.advance(Duration.ofMinutes(10));
        f.act(keep, "keep", Map.of("version", 0, "note", "Delivered at the door")).statusCode(200)
                .body("status", equalTo("KEPT")).body("overdue", equalTo(false))
                .body("history.kind", contains("CREATED", "KEPT"))
                .body("history[1].note", equalTo("Delivered at the door"))
                .body("history[1].actor", equalTo((int) f.sales.id()))
                .body("history[1].at", equalTo(now.plus(Duration.ofMinutes(10)).toString()));
        f.act(breakIt, "break", Map.of("note", "Technician ill; client phoned")).statusCode(200)
                .body("status", equalTo("BROKEN"))
                .body("history.kind", contains("CREATED", "BROKEN"))
                .body("history[1].note", equalTo("Technician ill; client phoned"));
        // a body may be left out
        long bare = f.create("Bare", now.plus(Duration.ofHours(5)));
        f.sales.api().post("/api/promises/" + bare + "/keep").then().statusCode(200).body("status", equalTo("KEPT"));
    }

    @Test
    void renegotiatingClosesThePromiseAndOpensALinkedOneWithTheWholeStory() {
        PromiseFixture f = new PromiseFixture();
        Instant now = clock.freeze();
        Instant due = now.plus(Duration.ofHours(5));
        Instant newDue = now.plus(Duration.ofDays(2));
        long id = f.create("Deliver the toner", due);
        clock.advance(Duration.ofMinutes(30));
        JsonPath next = f.act(id, "renegotiate", Map.of("version", 0, "dueAt", newDue.toString(),
                        "note", "Called the client; agreed on Wednesday"))
                .statusCode(201)
                .header("Location", containsString("/api/promises/"))
                .body("status", equalTo("OPEN"))
                .body("text", equalTo("Deliver the toner"))
                .body("dueAt", equalTo(newDue.toString()))
                .body("renegotiatedFrom", equalTo((int) id))
                .body("remindAt", equalTo(newDue.minus(Duration.ofHours(1)).toString()))
                .body("history.kind", contains("CREATED", "RENEGOTIATED"))
                .body("history[1].promise", equalTo((int) id))
                .body("history[1].oldDueAt", equalTo(due.toString()))
                .body("history[1].newDueAt", equalTo(newDue.toString()))
                .body("history[1].note", equalTo("Called the client; agreed on Wednesday"))
                .extract().jsonPath();
        long nextId = next.getLong("id");
        f.get(id).body("status", equalTo("RENEGOTIATED")).body("renegotiatedTo", equalTo((int) nextId))
                .body("dueAt", equalTo(due.toString()))
                .body("history.kind", contains("CREATED", "RENEGOTIATED"));

        // the new one is kept in its turn; its history tells the whole story
        f.act(nextId, "keep", Map.of()).statusCode(200)
                .body("history.kind", contains("CREATED", "RENEGOTIATED", "KEPT"));
        f.sales.api().queryParam("client", f.client).get("/api/promises").then()
                .body("items.status", contains("RENEGOTIATED", "KEPT"));
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        PromiseFixture f = new PromiseFixture();
        Instant now = clock.freeze();
        long id = f.create("Quote by Monday", now.plus(Duration.ofDays(1)));
        long seen = f.get(id).extract().jsonPath().getLong("version");
        f.act(id, "renegotiate", Map.of("version", seen, "dueAt", now.plus(Duration.ofDays(2)).toString(),
                "note", "Mailed the client")).statusCode(201);
        for (String action : List.of("keep", "break")) {
            f.act(id, action, Map.of("version", seen)).statusCode(409)
                    .body("detail", containsString("changed by someone else"));
        }
        long other = f.create("Quote by Tuesday", now.plus(Duration.ofDays(1)));
        f.act(other, "keep", Map.of("version", 7)).statusCode(409);
        f.get(other).body("status", equalTo("OPEN")).body("history", hasSize(1));
    }

    @Test
    void onlyAnOpenPromiseCanBeKeptBrokenOrRenegotiated() {
        PromiseFixture f = new PromiseFixture();
        Instant now = clock.freeze();
        long id = f.create("Quote by Monday", now.plus(Duration.ofDays(1)));
        f.act(id, "break", Map.of("note", "Forgot")).statusCode(200);
        f.act(id, "keep", Map.of()).statusCode(409).body("detail", containsString("is BROKEN"));
        f.act(id, "break", Map.of()).statusCode(409);
        f.act(id, "renegotiate", Map.of("dueAt", now.plus(Duration.ofDays(3)).toString(), "note", "Sorry"))
                .statusCode(409);
        f.get(id).body("status", equalTo("BROKEN")).body("history.kind", contains("CREATED", "BROKEN"))
                .body("renegotiatedTo", nullValue());
        f.sales.api().queryParam("client", f.client).get("/api/promises").then().body("total", equalTo(1));
    }

    @Test
    void badInputIsA400NamingTheFields() {
        PromiseFixture f = new PromiseFixture();
        Instant now = clock.freeze();
        Instant due = now.plus(Duration.ofDays(1));

        f.createResponse(Map.of("client", f.client)).statusCode(400)
                .body("errors.field", contains("dueAt", "text"));
        f.createResponse(f.body(" ", due)).statusCode(400).body("errors.field", contains("text"));
        f.createResponse(f.body("Past", now.minus(Duration.ofMinutes(1)))).statusCode(400)
                .body("errors.field", contains("dueAt")).body("errors[0].message", equalTo("must be in the future"));
        f.createResponse(Map.of("text", "Nobody's", "dueAt", due.toString())).statusCode(400)
                .body("errors.field", contains("client"));
        Map<String, Object> unknown = f.body("Unknown client", due);
        unknown.put("client", 999999999);
        unknown.put("owner", 999999999);
        unknown.put("ticket", "NOPE-404");
        f.createResponse(unknown).statusCode(400).body("errors.field", contains("client", "owner", "ticket"));
        Map<String, Object> both = f.body("Both", due);
        both.put("remindBefore", "PT1H");
        both.put("remindAt", now.plus(Duration.ofHours(2)).toString());
        f.createResponse(both).statusCode(400).body("errors.field", contains("remindAt"));
        Map<String, Object> afterDue = f.body("After due", due);
        afterDue.put("remindAt", due.plus(Duration.ofMinutes(1)).toString());
        f.createResponse(afterDue).statusCode(400).body("errors[0].message", equalTo("must be before dueAt"));
        Map<String, Object> negative = f.body("Negative", due);
        negative.put("remindBefore", "-PT1H");
        f.createResponse(negative).statusCode(400).body("errors.field", contains("remindBefore"));
        Map<String, Object> badDate = f.body("Bad date", due);
        badDate.put("dueAt", "tomorrow-ish");
        f.createResponse(badDate).statusCode(400).body("errors.field", contains("dueAt"));

        // a ticket of another client
        String service = Api.createDepartment("Service");
        long type = Api.createRequestType(service, "Repair");
        long otherClient = TestClients.createClient("Other");
        String key = f.sales.api().body(Map.of("type", type, "title", "Other's", "client", otherClient))
                .post("/api/tickets").then().statusCode(201).extract().path("key");
        Map<String, Object> mismatch = f.body("Mismatch", due);
        mismatch.put("ticket", key);
        f.createResponse(mismatch).statusCode(400).body("errors.field", contains("ticket"))
                .body("errors[0].message", equalTo("belongs to another client"));

        long id = f.create("Fine", due);
        f.act(id, "renegotiate", Map.of()).statusCode(400).body("errors.field", contains("dueAt", "note"));
        f.sales.api().post("/api/promises/" + id + "/renegotiate").then().statusCode(400)
                .body("errors.field", contains("dueAt", "note"));
        f.act(id, "renegotiate", Map.of("dueAt", now.minus(Duration.ofHours(1)).toString(), "note", "Told"))
                .statusCode(400).body("errors.field", contains("dueAt"));
        f.sales.api().queryParam("due", "someday").get("/api/promises").then().statusCode(400)
                .body("errors.field", contains("due"));
        f.sales.api().queryParam("status", "MAYBE").get("/api/promises").then().statusCode(400)
                .body("errors.field", contains("status"));
        f.sales.api().queryParam("owner", "you").get("/api/promises").then().statusCode(400)
                .body("errors.field", contains("owner"));
        f.sales.api().queryParam("size", 500).get("/api/promises").then().statusCode(400)
                .body("errors.field", contains("size"));
        f.sales.api().get("/api/promises/999999999").then().statusCode(404);
        // nothing was half-written
        f.sales.api().queryParam("client", f.client).get("/api/promises").then().body("total", equalTo(1));
        f.get(id).body("status", equalTo("OPEN")).body("history", hasSize(1));
    }

    @Test
    void theClientTimelineShowsPromisesWithTheirStatusAndDueTime() {
        PromiseFixture f = new PromiseFixture();
        Instant now = clock.freeze();
        Instant due = now.plus(Duration.ofDays(1));
        long kept = f.create("Send the contract", due);
        clock.advance(Duration.ofMinutes(1));
        long open = f.create("Call back", due.plus(Duration.ofHours(1)));
        f.act(kept, "keep", Map.of()).statusCode(200);
        JsonPath timeline = Api.asAdmin().get("/api/clients/" + f.client + "/timeline").then().statusCode(200)
                .body("items.kind", hasItem("PROMISE")).extract().jsonPath();
        assertEquals(List.of(open, kept), timeline.getList("items.findAll { it.kind == 'PROMISE' }.id", Long.class));
        assertEquals(List.of("OPEN", "KEPT"), timeline.getList("items.findAll { it.kind == 'PROMISE' }.status"));
        assertEquals(List.of(due.plus(Duration.ofHours(1)).toString(), due.toString()),
                timeline.getList("items.findAll { it.kind == 'PROMISE' }.dueAt"));
    }
}

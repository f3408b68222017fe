package app.baton.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.TestClients;
import app.baton.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SLA and workload reports on a small known set of requests, their CSV downloads and the
 * request list export: figures, date range checks, quoting, who sees what and the audit log.
 * The receiving department has no calendar, so every minute counts (ack 60, resolve 480 minutes).
 */
@QuarkusTest
class ReportApiTest {

    /** A Tuesday morning in June 2025: 11:00 in Vilnius, far from the month's edges. */
    static final Instant T0 = Instant.parse("2025-06-10T08:00:00Z");

    @Inject
    TestClock clock;

    String rcv;
    String req;
    long repair;
    long install;
    long client;
    Person requester;
    Person staff;
    Person head;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private void world() {
        rcv = Api.createDepartment("Service");
        req = Api.createDepartment("Sales");
        repair = Api.createRequestType(rcv, "Repair");
        install = Api.createRequestType(rcv, "Install");
        requester = Api.createUser("Rita Requester", req);
        staff = Api.createUser("Sam Staff", rcv);
        head = Api.createHead("Hanna Head", rcv);
        client = TestClients.createClient("Client");
    }

    private String create(long type, String title) {
        return requester.api().body(Map.of("type", type, "title", title, "client", client)).post("/api/tickets")
                .then().statusCode(201).extract().path("key");
    }

    private void act(String key, String action, Map<String, ?> body) {
        staff.api().body(body).post("/api/tickets/" + key + "/" + action).then().statusCode(200);
    }

    private void at(int minutes) {
        clock.advance(Duration.between(clock.instant(), T0.plus(Duration.ofMinutes(minutes))));
    }

    /**
     * A: acknowledged after 30 min, resolved after 200 (both met). B: 90 and 600 (both breached).
     * C: acknowledged after 45, still open at 700 (resolution breached). D: created at 650, not yet
     * due (pending). E (another type): acknowledged after 30, open at 700 (resolution breached).
     */
    private void knownRequests() {
        world();
        clock.freeze();
        at(0);
        String a = create(repair, "A");
        String b = create(repair, "B");
        String c = create(repair, "C");
        String e = create(install, "E");
        at(30);
        act(a, "acknowledge", Map.of("assignee", staff.id()));
        act(e, "acknowledge", Map.of("assignee", staff.id()));
        at(45);
        act(c, "acknowledge", Map.of("assignee", staff.id()));
        at(90);
        act(b, "acknowledge", Map.of("assignee", staff.id()));
        at(200);
        act(a, "resolve", Map.of());
        at(600);
        act(b, "resolve", Map.of());
        at(650);
        create(repair, "D");
        at(700);
    }

    @Test
    void slaReportCountsMetBreachedAndPendingWithMedians() {
        knownRequests();
        JsonPath report = head.api().queryParam("department", rcv).queryParam("from", "2025-06-01")
                .queryParam("to", "2025-07-01").get("/api/reports/sla").then().statusCode(200).extract().jsonPath();
        assertEquals(rcv, report.getString("department"));
        assertEquals("Europe/Vilnius", report.getString("timeZone"));
        assertEquals(5, report.getInt("total.requests"));
        assertEquals(List.of(3, 1, 1), List.of(report.getInt("total.acknowledgement.met"),
                report.getInt("total.acknowledgement.breached"), report.getInt("total.acknowledgement.pending")));
        assertEquals(75.0, report.getDouble("total.acknowledgement.percent"));
        assertEquals(List.of(1, 3, 1), List.of(report.getInt("total.resolution.met"),
                report.getInt("total.resolution.breached"), report.getInt("total.resolution.pending")));
        assertEquals(25.0, report.getDouble("total.resolution.percent"));
        // acknowledged after 30, 30, 45, 90 minutes; resolved after 200 and 600
        assertEquals(37, report.getInt("total.medianAckMinutes"));
        assertEquals(400, report.getInt("total.medianResolveMinutes"));

        Map<String, Object> repairRow = report.getMap("byType.find { it.type == " + repair + " }.figures");
        assertEquals(4, repairRow.get("requests"));
        assertEquals(45, repairRow.get("medianAckMinutes"));
        Map<String, Object> installRow = report.getMap("byType.find { it.type == " + install + " }.figures");
        assertEquals(1, installRow.get("requests"));
        assertEquals(100.0, ((Number) ((Map<?, ?>) installRow.get("acknowledgement")).get("percent")).doubleValue());
        assertEquals(List.of("2025-06"), report.getList("byMonth.month"));
        assertEquals(5, report.getInt("byMonth[0].figures.requests"));

        // a range without requests has no percentages, not 0 %
        head.api().queryParam("department", rcv).queryParam("from", "2025-01-01").queryParam("to", "2025-03-01")
                .get("/api/reports/sla").then().statusCode(200).body("total.requests", equalTo(0))
                .body("total.acknowledgement.percent", nullValue()).body("byMonth.month", equalTo(List.of("2025-01",
                        "2025-02")));
    }

    @Test
    void workloadCountsOpenRequestsPerPersonAndTheOldest() {
        knownRequests();
        head.api().queryParam("department", rcv).get("/api/reports/workload").then().statusCode(200)
                .body("open", equalTo(3)).body("unassigned", equalTo(1))
                .body("oldestOpenAt", equalTo(T0.toString())).body("oldestAgeHours", equalTo(11))
                .body("people", hasSize(1)).body("people[0].user", equalTo((int) staff.id()))
                .body("people[0].open", equalTo(2));
    }

    @Test
    void reportsSeeOnlyWhatTheCallerMaySee() {
        knownRequests();
        Person outsider = Api.createUser("Olga Outsider", Api.createDepartment("Other"));
        outsider.api().queryParam("department", rcv).queryParam("from", "2025-06-01").queryParam("to", "2025-07-01")
                .get("/api/reports/sla").then().statusCode(200).body("total.requests", equalTo(0));
        outsider.api().queryParam("department", rcv).get("/api/reports/workload").then().statusCode(200)
                .body("open", equalTo(0)).body("people", hasSize(0));
        // the requesting department sent them all, so its people see them all
        requester.api().queryParam("department", rcv).queryParam("from", "2025-06-01").queryParam("to", "2025-07-01")
                .get("/api/reports/sla").then().statusCode(200).body("total.requests", equalTo(5));
        outsider.api().queryParam("department", rcv).queryParam("from", "2025-06-01").queryParam("to", "2025-07-01")
                .accept("text/csv").get("/api/reports/clients").then().statusCode(200)
                .body(equalTo("\uFEFFclient,name,requests\r\n"));
    }

    @Test
    void badRangesAndDepartmentsAreRefusedByField() {
        world();
        Person p = staff;
        p.api().queryParam("department", rcv).queryParam("from", "2023-01-01").queryParam("to", "2025-06-01")
                .get("/api/reports/sla").then().statusCode(400).body("errors[0].field", equalTo("to"));
        p.api().queryParam("department", rcv).queryParam("from", "2025-06-01").queryParam("to", "2025-05-01")
                .get("/api/reports/sla").then().statusCode(400).body("errors[0].field", equalTo("to"));
        p.api().queryParam("department", rcv).queryParam("from", "last week")
                .get("/api/reports/sla").then().statusCode(400).body("errors[0].field", equalTo("from"));
        p.api().get("/api/reports/sla").then().statusCode(400).body("errors[0].field", equalTo("department"));
        p.api().get("/api/reports/workload").then().statusCode(400).body("errors[0].field", equalTo("department"));
        p.api().queryParam("department", "NOSUCH").get("/api/reports/workload").then().statusCode(404);
        p.api().queryParam("department", rcv).queryParam("limit", "0").get("/api/reports/clients").then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
        // exactly two years is allowed; the default is the current month and the two before
        p.api().queryParam("department", rcv).queryParam("from", "2023-06-01").queryParam("to", "2025-06-01")
                .get("/api/reports/sla").then().statusCode(200);
        p.api().queryParam("department", rcv).get("/api/reports/sla").then().statusCode(200)
                .body("byMonth", hasSize(3));
        given().queryParam("department", rcv).get("/api/reports/sla").then().statusCode(401);
    }

    @Test
    void slaCsvIsADownloadWithOneLinePerGroupAndIsAudited() {
        knownRequests();
        Response csv = head.api().queryParam("department", rcv).queryParam("from", "2025-06-01")
                .queryParam("to", "2025-07-01").queryParam("format", "csv").get("/api/reports/sla");
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"sla-" + rcv + "-2025-06-01-2025-07-01.csv\""));
        List<String> lines = csv.asString().lines().toList();
        assertTrue(lines.get(0).startsWith("\uFEFFgroup,name,requests,ackMet,ackBreached"), lines.get(0));
        assertEquals("total," + rcv + ",5,3,1,1,75.0,1,3,1,25.0,37,400", lines.get(1));
        assertEquals("month,2025-06,5,3,1,1,75.0,1,3,1,25.0,37,400", lines.get(lines.size() - 1));
        assertEquals(5, lines.size(), "header, total, two types, one month: " + lines);
        JsonPath audit = Api.asAdmin().get("/api/audit?action=EXPORT&actor=" + head.email()).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("sla report", audit.getString("items[0].target"));
        assertTrue(audit.getString("items[0].detail").contains("department=" + rcv), audit.prettify());
        // the JSON report is not an export
        head.api().queryParam("department", rcv).get("/api/reports/workload").then().statusCode(200);
        assertEquals(1, Api.asAdmin().get("/api/audit?action=EXPORT&actor=" + head.email()).then().extract()
                .jsonPath().getInt("total"));
        head.api().queryParam("department", rcv).accept("text/csv").get("/api/reports/workload").then()
                .statusCode(200).body(containsString("(unassigned),1,,\r\n"))
                .body(containsString("(total),3," + T0.toString().substring(0, 19)));
    }

    @Test
    void promisesReportCountsKeptAndBrokenOnTheDepartmentsRequests() {
        world();
        List<Long> promises = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String key = requester.api().body(Map.of("type", repair, "title", "P" + i, "client", client,
                            "promise", Map.of("text", "We call back", "dueAt", "2100-01-01T10:00:00Z")))
                    .post("/api/tickets").then().statusCode(201).extract().path("key");
            promises.add(Api.asAdmin().queryParam("ticket", key).get("/api/promises").then().statusCode(200)
                    .extract().jsonPath().getLong("items[0].id"));
        }
        Api.asAdmin().body(Map.of()).post("/api/promises/" + promises.get(0) + "/keep").then().statusCode(200);
        Api.asAdmin().body(Map.of()).post("/api/promises/" + promises.get(1) + "/keep").then().statusCode(200);
        Api.asAdmin().body(Map.of()).post("/api/promises/" + promises.get(2) + "/break").then().statusCode(200);
        head.api().queryParam("department", rcv).get("/api/reports/promises").then().statusCode(200)
                .body("kept", equalTo(2)).body("broken", equalTo(1)).body("open", equalTo(1))
                .body("openOverdue", equalTo(0)).body("keptPercent", equalTo(66.7f));
        Person outsider = Api.createUser("Olga Outsider", Api.createDepartment("Other"));
        outsider.api().queryParam("department", rcv).get("/api/reports/promises").then().statusCode(200)
                .body("kept", equalTo(0)).body("keptPercent", nullValue());
        head.api().queryParam("department", rcv).accept("text/csv").get("/api/reports/promises").then()
                .statusCode(200).body(containsString(rcv + ",2,1,0,1,0,66.7\r\n"));
    }

    @Test
    void requestListExportsAsQuotedFormulaSafeCsv() {
        world();
        String nasty = create(repair, "=HYPERLINK(\"http://evil\"), \"quoted\"\nsecond line");
        String plain = create(repair, "Plain ąčę жёлтый");
        create(install, "@SUM(1)");
        Response csv = staff.api().accept("text/csv").queryParam("department", rcv).queryParam("size", 1)
                .get("/api/tickets");
        csv.then().statusCode(200).contentType(startsWith("text/csv")).header("X-Export-Limit", "10000")
                .header("X-Export-Truncated", "false")
                .header("Content-Disposition", startsWith("attachment; filename=\"requests-"));
        String body = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("\uFEFFkey,title,status,priority,type,"), body);
        assertTrue(body.contains(nasty + ",\"'=HYPERLINK(\"\"http://evil\"\"), \"\"quoted\"\"\nsecond line\",NEW,NORMAL,"),
                body);
        assertTrue(body.contains(plain + ",Plain ąčę жёлтый,NEW,NORMAL,"), body);
        assertTrue(body.contains(",'@SUM(1),"), body);
        assertEquals(4, body.split("\r\n").length, "header and three requests, not cut at size=1: " + body);
        // the JSON list is unchanged for clients that ask for JSON or for anything
        given().header("Authorization", "Bearer " + staff.token()).queryParam("department", rcv)
                .get("/api/tickets").then().statusCode(200).contentType(startsWith("application/json"))
                .body("total", equalTo(3));
        staff.api().queryParam("department", rcv).queryParam("format", "csv").get("/api/tickets").then()
                .statusCode(200).contentType(startsWith("text/csv"));
        staff.api().accept("text/csv").queryParam("status", "LOST").get("/api/tickets").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        JsonPath audit = Api.asAdmin().get("/api/audit?action=EXPORT&actor=" + staff.email()).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, audit.getInt("total"), audit.prettify());
        assertEquals("tickets", audit.getString("items[0].target"));
        assertEquals("department=" + rcv + "&format=csv", audit.getString("items[0].detail"));
    }
}

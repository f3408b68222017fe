package app.baton.page;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.PageSession;
import app.baton.support.Statements;
import app.baton.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The department queue page as HTML: tabs, order, counts, the polled fragment and bulk assignment. */
@QuarkusTest
class QueuePagesTest {

    @Inject
    TestClock clock;

    @Inject
    jakarta.persistence.EntityManagerFactory emf;

    String service;
    long type;
    Person requester;
    Person head;
    Person staff;
    long client;

    @BeforeEach
    void world() {
        service = Api.createDepartment("Service");
        String sales = Api.createDepartment("Sales");
        type = Api.createRequestType(service, "Repair");
        requester = Api.createUser("Rita Requester", sales);
        head = Api.createHead("Hugo Head", service);
        staff = Api.createUser("Sam Staff", service);
        client = Api.asAdmin().body(Map.of("name", "Queue Client " + Api.unique())).post("/api/clients").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String ticket(String title, String priority) {
        return requester.api().body(Map.of("type", type, "title", title, "client", client, "priority", priority))
                .post("/api/tickets").then().statusCode(201).extract().path("key");
    }

    static String tabCount(String html, String view) {
        var m = Pattern.compile("id=\"tab-" + view + "\"[^>]*>[^<]*<span class=\"count\">(\\d+)</span>").matcher(html);
        assertTrue(m.find(), "tab " + view + " in " + html);
        return m.group(1);
    }

    @Test
    void theTabsCountEachViewAndTheOverdueViewListsMostUrgentFirst() {
        String normal = ticket("Normal repair", "NORMAL");
        String urgent = ticket("High repair", "HIGH");
        String taken = ticket("Taken repair", "NORMAL");
        staff.api().body(Map.of("assignee", staff.id())).post("/api/tickets/" + taken + "/acknowledge").then()
                .statusCode(200);
        // HIGH must be acknowledged in 30 min, NORMAL in 60: after 90 both are overdue, HIGH longer
        clock.advance(Duration.ofMinutes(90));

        PageSession hugo = PageSession.signIn(head.email(), Api.PASSWORD);
        String html = hugo.get("/queues/" + service + "?view=overdue").then().statusCode(200).extract().asString();
        assertThat(tabCount(html, "unacknowledged"), equalTo("2"));
        assertThat(tabCount(html, "at-risk"), equalTo("0"));
        assertThat(tabCount(html, "overdue"), equalTo("2"));
        assertThat(tabCount(html, "open"), equalTo("3"));
        assertThat(html, containsString("id=\"tab-overdue\" aria-current=\"page\""));
        assertTrue(html.indexOf("row-" + urgent) < html.indexOf("row-" + normal), "most urgent first");
        assertThat(html, not(containsString("row-" + taken)));
        // the same tickets, in the same order, as the API's queue
        List<String> api = Api.asAdmin().queryParam("view", "overdue").get("/api/queues/" + service).then()
                .extract().jsonPath().getList("items.key");
        assertThat(api, equalTo(List.of(urgent, normal)));
        assertThat(html, containsString("overdue</span>"));
        assertThat(html, containsString("hx-trigger=\"every 30s\""));
    }

    @Test
    void thePolledFragmentIsTheTableWithTheCountsOutOfBand() {
        String key = ticket("Fragment repair", "NORMAL");
        PageSession sam = PageSession.signIn(staff.email(), Api.PASSWORD);
        String fragment = sam.get("/queues/" + service + "/table?view=unacknowledged").then().statusCode(200)
                .extract().asString();
        assertThat(fragment, not(containsString("<html")));
        assertThat(fragment, containsString("id=\"queue-table\""));
        assertThat(fragment, containsString("row-" + key));
        assertThat(fragment, containsString("id=\"queue-tabs\" class=\"tabs\" aria-label=\"Queue views\" hx-swap-oob=\"true\""));
    }

    @Test
    void aHeadAssignsSeveralRequestsAtOnceAndIsToldSo() {
        String a = ticket("First", "NORMAL");
        String b = ticket("Second", "NORMAL");
        String c = ticket("Third", "NORMAL");
        PageSession hugo = PageSession.signIn(head.email(), Api.PASSWORD);
        String page = "/queues/" + service + "?view=unacknowledged";
        assertThat(hugo.get(page).asString(), containsString("id=\"pick-" + a + "\""));

        String location = hugo.request().contentType(io.restassured.http.ContentType.URLENC)
                .formParam("csrf-token", hugo.csrfToken(page)).formParam("view", "unacknowledged")
                .formParam("ticket", a, b).formParam("assignee", String.valueOf(staff.id()))
                .post("/queues/" + service + "/assign").then().statusCode(303).extract().header("Location");
        assertThat(location, matchesPattern(".*/queues/" + service + "\\?view=unacknowledged&assigned=2&to=\\d+"));
        hugo.get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body(containsString("Requests assigned to Sam Staff: 2."));
        Api.asAdmin().get("/api/tickets/" + a).then().body("assignee", equalTo((int) staff.id()));
        Api.asAdmin().get("/api/tickets/" + b).then().body("assignee", equalTo((int) staff.id()));
        Api.asAdmin().get("/api/tickets/" + c).then().body("assignee", nullValue());
    }

    @Test
    void nothingTickedComesBackWithTheErrorNextToTheList() {
        ticket("Lonely", "NORMAL");
        PageSession hugo = PageSession.signIn(head.email(), Api.PASSWORD);
        String html = hugo.submit("/queues/" + service, "/queues/" + service + "/assign",
                Map.of("view", "open", "assignee", String.valueOf(staff.id()))).then().statusCode(400).extract()
                .asString();
        assertThat(html, containsString("<p class=\"field-error\" id=\"ticket-error\">Tick at least one request.</p>"));
        assertThat(html, containsString("value=\"" + staff.id() + "\" selected"));
    }

    @Test
    void staffSeeTheQueueWithoutBulkAssignAndCannotPostIt() {
        String key = ticket("Staff view", "NORMAL");
        PageSession sam = PageSession.signIn(staff.email(), Api.PASSWORD);
        String html = sam.get("/queues/" + service).then().statusCode(200).extract().asString();
        assertThat(html, containsString("row-" + key));
        assertThat(html, not(containsString("id=\"pick-")));
        sam.submit("/queues/" + service, "/queues/" + service + "/assign",
                Map.of("ticket", key, "assignee", String.valueOf(staff.id()))).then().statusCode(403);
        Api.asAdmin().get("/api/tickets/" + key).then().body("assignee", nullValue());
    }

    @Test
    void theQueueSpeaksThePersonsLanguage() {
        ticket("Kalba", "NORMAL");
        Api.asAdmin().body(Map.of("language", "lt")).patch("/api/users/" + staff.id()).then().statusCode(200);
        PageSession sam = PageSession.signIn(staff.email(), Api.PASSWORD);
        sam.get("/queues/" + service).then().statusCode(200)
                .body(containsString("Nepatvirtintos")).body(containsString("Visos atviros"))
                .body(containsString("<html lang=\"lt\">"))
                // the row's labels, translated once per table: status, priority, column names
                .body(containsString(">Nauja</span>")).body(containsString(">Įprastas</td>"))
                .body(containsString("data-label=\"Būsena\"")).body(containsString("data-label=\"Prioritetas\""));
        Api.asAdmin().body(Map.of("language", "ru")).patch("/api/users/" + staff.id()).then().statusCode(200);
        PageSession.signIn(staff.email(), Api.PASSWORD).get("/queues").then().statusCode(200)
                .body(containsString("Очереди отделов")).body(containsString("Не приняты"));
    }

    @Test
    void theIndexListsMyDepartmentsWithCountsAndAnUnknownQueueIsAFriendly404() {
        ticket("Counted", "NORMAL");
        PageSession sam = PageSession.signIn(staff.email(), Api.PASSWORD);
        String html = sam.get("/queues").then().statusCode(200).extract().asString();
        assertThat(html, containsString("href=\"/queues/" + service + "\""));
        assertThat(html, containsString("<strong>1</strong> Unacknowledged"));
        assertThat(html, containsString("href=\"/queues\""));
        sam.get("/queues/NOSUCHQ").then().statusCode(404).body(containsString("Not found"))
                .body(containsString("Back to my work"));
    }

    /**
     * Requests in every view (overdue, at risk, unacknowledged, plain open, waiting), a closed one,
     * and one on a restricted client only its requester may see: for an administrator, a member of
     * the department and someone of another department who sees only what it requested, each tab
     * counts exactly the rows its view lists.
     */
    @Test
    void eachTabCountsWhatItsViewListsForEveryKindOfViewer() {
        String ops = Api.createDepartment("Ops");
        Person otto = Api.createUser("Otto Ops", ops);
        Person olga = Api.createUser("Olga Ops", ops);
        long secret = Api.asAdmin().body(Map.of("name", "Secret Client " + Api.unique(), "restricted", true,
                "allowedUsers", List.of(otto.id()))).post("/api/clients").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        String overdue = ticket("Overdue", "NORMAL");
        String taken = ticket("Taken", "NORMAL");
        staff.api().body(Map.of("assignee", staff.id())).post("/api/tickets/" + taken + "/acknowledge").then()
                .statusCode(200);
        String closed = ticket("Closed", "NORMAL");
        staff.api().body(Map.of("assignee", staff.id())).post("/api/tickets/" + closed + "/acknowledge").then()
                .statusCode(200);
        staff.api().body(Map.of()).post("/api/tickets/" + closed + "/resolve").then().statusCode(200);
        requester.api().body(Map.of()).post("/api/tickets/" + closed + "/close").then().statusCode(200);
        String waiting = ticket(otto, client, "Waiting");
        staff.api().body(Map.of("assignee", staff.id())).post("/api/tickets/" + waiting + "/acknowledge").then()
                .statusCode(200);
        staff.api().body(Map.of("on", "CLIENT")).post("/api/tickets/" + waiting + "/wait").then().statusCode(200);
        String ottosOverdue = ticket(otto, client, "Otto's overdue");
        String hidden = ticket(otto, secret, "Secret overdue");
        // NORMAL: acknowledgement due in 60 min, warned at 75% (45 min)
        clock.advance(Duration.ofMinutes(90));
        String atRisk = ticket(otto, client, "At risk");
        clock.advance(Duration.ofMinutes(50));
        String fresh = ticket("Fresh", "NORMAL");

        Map<String, List<String>> all = Map.of("open", List.of(overdue, taken, waiting, ottosOverdue, hidden, atRisk,
                fresh), "overdue", List.of(overdue, ottosOverdue, hidden), "at-risk", List.of(atRisk),
                "unacknowledged", List.of(overdue, ottosOverdue, hidden, atRisk, fresh));
        PageSession admin = PageSession.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        PageSession sam = PageSession.signIn(staff.email(), Api.PASSWORD);
        PageSession olgas = PageSession.signIn(olga.email(), Api.PASSWORD);
        assertTabsCountTheirRows(admin, all, true);
        assertTabsCountTheirRows(sam, without(all, List.of(hidden)), true);
        // the queues page lists only Olga's own department
        assertTabsCountTheirRows(olgas, without(all, List.of(overdue, taken, hidden, fresh)), false);
    }

    private static Map<String, List<String>> without(Map<String, List<String>> views, List<String> unseen) {
        Map<String, List<String>> seen = new java.util.HashMap<>();
        views.forEach((view, keys) -> seen.put(view, keys.stream().filter(k -> !unseen.contains(k)).toList()));
        return seen;
    }

    /**
     * Each view's page lists exactly {@code expected}, and every page's four tabs count those
     * lists; so does the queues page (all departments' counts at once) when it lists the queue.
     */
    private void assertTabsCountTheirRows(PageSession who, Map<String, List<String>> expected, boolean onIndex) {
        Map<String, Integer> listed = new java.util.HashMap<>();
        for (String view : expected.keySet()) {
            String html = who.get("/queues/" + service + "?view=" + view).then().statusCode(200).extract().asString();
            List<String> rows = Pattern.compile("id=\"row-([^\"]+)\"").matcher(html).results()
                    .map(m -> m.group(1)).toList();
            assertThat(view, new java.util.TreeSet<>(rows), equalTo(new java.util.TreeSet<>(expected.get(view))));
            listed.put(view, rows.size());
        }
        for (String shown : expected.keySet()) {
            String html = who.get("/queues/" + service + "?view=" + shown).then().extract().asString();
            for (String view : expected.keySet()) {
                assertThat(view + " tab on the " + shown + " page", tabCount(html, view),
                        equalTo(String.valueOf(listed.get(view))));
            }
        }
        if (onIndex) {
            String index = who.get("/queues").then().statusCode(200).extract().asString();
            for (String view : expected.keySet()) {
                var m = Pattern.compile("href=\"/queues/" + service + "\\?view=" + view + "\"><strong>(\\d+)</strong>")
                        .matcher(index);
                assertTrue(m.find(), view + " on the queues page: " + index);
                assertThat(view + " on the queues page", m.group(1), equalTo(String.valueOf(listed.get(view))));
            }
        }
    }

    /**
     * The queues page counts the four views of every department in one statement: an
     * administrator's page costs no more statements with three more departments (it counted
     * four views per department, 200 statements for 50 departments).
     */
    @Test
    void theQueuesPageCountsEveryDepartmentAtOnce() {
        ticket("Counted once", "NORMAL");
        PageSession admin = PageSession.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        admin.get("/queues").then().statusCode(200);
        long before = leastStatementsFor(() -> admin.get("/queues").then().statusCode(200));
        for (int i = 0; i < 3; i++) {
            String more = Api.createDepartment("More");
            long moreType = Api.createRequestType(more, "Repair");
            requester.api().body(Map.of("type", moreType, "title", "Elsewhere " + i, "client", client))
                    .post("/api/tickets").then().statusCode(201);
        }
        long after = leastStatementsFor(() -> admin.get("/queues").then().statusCode(200)
                .body(containsString("href=\"/queues/" + service + "?view=unacknowledged\"><strong>1</strong>")));
        assertTrue(after <= before, "with three more departments the queues page took " + after + " statements, "
                + before + " before");
        // 5 however many departments: the session and its person (the cookie's identity), the
        // person with their departments (the request's), the departments, their counts in one
        // statement
        assertTrue(after <= 5, "the queues page took " + after + " statements");
    }

    private long leastStatementsFor(Runnable call) {
        return Statements.fewestOf(3, emf, call);
    }

    String ticket(Person who, long clientId, String title) {
        return who.api().body(Map.of("type", type, "title", title, "client", clientId, "priority", "NORMAL"))
                .post("/api/tickets").then().statusCode(201).extract().path("key");
    }

    @Test
    void theTabCountsAreCountsSoAFullQueueCostsNoMoreStatementsThanAShortOne() {
        PageSession hugo = PageSession.signIn(head.email(), Api.PASSWORD);
        ticket("First", "NORMAL");
        ticket("Second", "NORMAL");
        hugo.get("/queues/" + service).then().statusCode(200);
        long two = leastStatementsFor(() -> hugo.get("/queues/" + service).then().statusCode(200));
        for (int i = 0; i < 8; i++) {
            ticket("More " + i, "NORMAL");
        }
        long ten = leastStatementsFor(() -> hugo.get("/queues/" + service).then().statusCode(200));
        assertTrue(ten <= two, "10 requests took " + ten + " statements, 2 took " + two);
        // 10, the four tab counts being one statement (the bound was 22 with a count per tab not
        // shown, 16 while the signed-in person's departments were a statement of their own, 15
        // while the page read its department twice and its fifty rows again by id, 13 while it
        // read the watchers, requesting departments and escalation steps of the API's views)
        assertTrue(ten <= 10, "the queue page took " + ten + " statements");
    }
}

package app.baton.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.PageSession;
import app.baton.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request pages read as HTML, the way a browser without JavaScript sees them. */
@QuarkusTest
class TicketPagesTest {

    String receiving;
    String sales;
    long type;
    Person requester;
    Person staff;

    @BeforeEach
    void world() {
        receiving = Api.createDepartment("Service");
        sales = Api.createDepartment("Sales");
        type = Api.createRequestType(receiving, "Repair");
        requester = Api.createUser("Rita Requester", sales);
        staff = Api.createUser("Sam Staff", receiving);
    }

    long client(String name) {
        return Api.asAdmin().body(Map.of("name", name)).post("/api/clients").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    String ticket(long client, String title) {
        return requester.api().body(Map.of("type", type, "title", title, "client", client)).post("/api/tickets")
                .then().statusCode(201).extract().path("key");
    }

    @Inject
    EntityManagerFactory emf;

    /**
     * The request list renders the requests the search found, in the transaction it renders in:
     * no views of them first (their watchers and requesting departments were two statements the
     * page never showed). A refused filter still shows the page, with its error and no rows.
     */
    @Test
    void theRequestListReadsItsRowsOnceAndShowsARefusedFilter() {
        long client = client("List Client " + Api.unique());
        for (int i = 0; i < 3; i++) {
            requester.api().body(Map.of("type", type, "title", "Listed request " + i, "client", client,
                    "watchers", List.of(staff.id()))).post("/api/tickets").then().statusCode(201);
        }
        for (int i = 0; i < 51; i++) { // more than one batch of people for the assignee filter
            Api.createUser("Filter Person " + i, receiving);
        }
        PageSession sam = PageSession.signIn(staff.email(), Api.PASSWORD);
        sam.get("/tickets?department=" + receiving).then().statusCode(200);
        long statements = Statements.fewestOf(3, emf, () -> sam.get("/tickets?department=" + receiving).then()
                .statusCode(200).body(containsString("Listed request 0")).body(containsString("Listed request 2")));
        // 8: the session and the person, the open and the closed requests of the list (two parts,
        // each in an index's order), what its rows show, the filter's lists (11 while the page
        // made the API's views first, with their watchers, and read its rows again by id; a
        // statement more per fifty people while the assignee filter read them as entities, with
        // their roles; one more while the page's person was read apart from the request's)
        assertTrue(statements <= 8, "the request list took " + statements + " statements");

        sam.get("/tickets?department=" + receiving + "&assignee=nobody").then().statusCode(200)
                .body(containsString("A filter value is not valid")).body(not(containsString("Listed request 0")));
    }

    /**
     * A department head lists on the page what one person asked for, and what one department sent
     * to others (the API had both filters, the page neither); the chosen values stay selected and
     * the CSV download keeps them.
     */
    @Test
    void theRequestListFiltersByWhoAndWhichDepartmentRequested() {
        long client = client("Requested Client " + Api.unique());
        ticket(client, "Asked for by Rita");
        Person otto = Api.createUser("Otto Other", Api.createDepartment("Delivery"));
        otto.api().body(Map.of("type", type, "title", "Asked for by Otto", "client", client)).post("/api/tickets")
                .then().statusCode(201);
        PageSession sam = PageSession.signIn(staff.email(), Api.PASSWORD);

        String byRita = sam.get("/tickets?requester=" + requester.id()).then().statusCode(200).extract().asString();
        assertTrue(byRita.contains("Asked for by Rita") && !byRita.contains("Asked for by Otto"), byRita);
        assertTrue(byRita.contains("<option value=\"" + requester.id() + "\" selected>Rita Requester</option>"), byRita);
        assertTrue(byRita.contains("href=\"/api/tickets?requester=" + requester.id() + "&amp;format=csv\""), byRita);

        String fromSales = sam.get("/tickets?requestingDepartment=" + sales).then().statusCode(200).extract().asString();
        assertTrue(fromSales.contains("Asked for by Rita") && !fromSales.contains("Asked for by Otto"), fromSales);
        assertTrue(fromSales.contains("<option value=\"" + sales + "\" selected>"), fromSales);
        assertTrue(fromSales.contains("Requesting department"), fromSales);

        sam.get("/tickets?requester=nobody").then().statusCode(200)
                .body(containsString("A filter value is not valid")).body(not(containsString("Asked for by Rita")));
    }

    @Inject
    EntityManager em;

    /**
     * My work: each list shows its requests (to acknowledge, assigned to me, requested by me,
     * a finished one among them), and the page counts nothing it does not show: with full lists
     * it read up to a page of ids more per list for totals it never printed.
     */
    @Test
    void myWorkShowsEachListAndCountsNothing() {
        long client = client("Work Client " + Api.unique());
        java.util.function.Function<String, String> create = title -> requester.api()
                .body(Map.of("type", type, "title", title, "client", client)).post("/api/tickets").then().statusCode(201)
                .extract().path("key");
        create.apply("Still to acknowledge");
        String mine = create.apply("Taken by Sam");
        staff.api().body(Map.of("assignee", staff.id())).post("/api/tickets/" + mine + "/acknowledge").then()
                .statusCode(200);
        String done = create.apply("Already resolved");
        staff.api().body(Map.of("assignee", staff.id())).post("/api/tickets/" + done + "/acknowledge").then()
                .statusCode(200);
        staff.api().body(Map.of()).post("/api/tickets/" + done + "/resolve").then().statusCode(200);

        String sams = PageSession.signIn(staff.email(), Api.PASSWORD).get("/").then().statusCode(200).extract().asString();
        String ack = sams.substring(sams.indexOf("id=\"ack-h\""), sams.indexOf("id=\"assigned-h\""));
        String assigned = sams.substring(sams.indexOf("id=\"assigned-h\""), sams.indexOf("id=\"requested-h\""));
        assertTrue(ack.contains("Still to acknowledge") && !ack.contains("Taken by Sam"), ack);
        assertTrue(assigned.contains("Taken by Sam") && !assigned.contains("Already resolved"), assigned);

        PageSession rita = PageSession.signIn(requester.email(), Api.PASSWORD);
        String ritas = rita.get("/").then().statusCode(200).extract().asString();
        String requested = ritas.substring(ritas.indexOf("id=\"requested-h\""), ritas.indexOf("id=\"promises-h\""));
        // open ones by deadline first, then the finished one the requester should still see
        assertTrue(requested.indexOf("Still to acknowledge") < requested.indexOf("Already resolved")
                && requested.indexOf("Taken by Sam") > 0, requested);
        long statements = Statements.fewestOf(3, emf, () -> rita.get("/").then().statusCode(200));
        // 11: the session, the person (read once: 13 while the page read the person and their
        // departments apart from the request's read of them), the requests waiting for Sales'
        // acknowledgement, assigned (open part only), requested (open and closed part),
        // promises, what the rows show (clients, departments, people); no count
        assertTrue(statements <= 11, "My work took " + statements + " statements");
    }

    /**
     * A list of more than a thousand requests says "more than 1000" instead of counting them all
     * (an exact count of an unfiltered list reads every request the person may see), still
     * offers the next page, and its last page knows the exact total.
     */
    @Test
    void aLongListSaysMoreThanItCounted() {
        long client = client("Busy Client " + Api.unique());
        String key = requester.api().body(Map.of("type", type, "title", "The first of many", "client", client))
                .post("/api/tickets").then().statusCode(201).extract().path("key");
        // 1,000 copies of it, written straight to the table: a thousand creates through the API
        // would take the test a minute
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<String> columns = em.createNativeQuery("SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND table_name = 'tickets' AND column_name NOT IN ('id', 'ticket_key')"
                    + " AND extra NOT LIKE '%GENERATED%'").getResultList();
            String list = String.join(", ", columns);
            em.createNativeQuery("INSERT INTO tickets (ticket_key, " + list + ") SELECT CONCAT(t.ticket_key, '-', s.seq), "
                    + list.replaceAll("(\\w+)", "t.$1") + " FROM tickets t JOIN seq_1_to_1000 s WHERE t.ticket_key = ?1")
                    .setParameter(1, key).executeUpdate();
        });
        PageSession sam = PageSession.signIn(staff.email(), Api.PASSWORD);
        sam.get("/tickets?department=" + receiving).then().statusCode(200)
                .body(containsString("Found: more than 1000"))
                .body(containsString("href=\"/tickets?department=" + receiving + "&amp;page=1\""));
        sam.get("/tickets").then().statusCode(200).body(containsString("href=\"/api/tickets?format=csv\""));
        sam.get("/tickets?department=" + receiving + "&page=40").then().statusCode(200)
                .body(containsString("Found: 1001")).body(not(containsString("page=41")));
    }

    @Test
    void aClientNamedLikeAScriptIsShownAsText() {
        long client = client("<script>alert(1)</script> " + Api.unique());
        String key = ticket(client, "<b>bold</b> request");
        PageSession rita = PageSession.signIn(requester.email(), Api.PASSWORD);

        String page = rita.get("/tickets/" + key).then().statusCode(200).extract().asString();
        assertEquals(false, page.contains("<script>alert(1)</script>"), "the name must not become markup");
        org.hamcrest.MatcherAssert.assertThat(page, containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("&lt;b&gt;bold&lt;/b&gt; request"));

        rita.get("/tickets/new/clients?clientQuery=alert").then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(1)</script>")));
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        String key = ticket(client("Csrf Client " + Api.unique()), "Check the boiler");
        PageSession rita = PageSession.signIn(requester.email(), Api.PASSWORD);
        rita.get("/tickets/" + key);

        rita.submitWithoutToken("/tickets/" + key + "/comment", Map.of("body", "forged")).then().statusCode(400);
        requester.api().get("/api/tickets/" + key).then().statusCode(200).body("comments", hasSize(0));

        rita.submit("/tickets/" + key, "/tickets/" + key + "/comment", Map.of("body", "a real comment"))
                .then().statusCode(303).header("Location", endsWith("/tickets/" + key));
        requester.api().get("/api/tickets/" + key).then().body("comments", hasSize(1))
                .body("comments[0].body", org.hamcrest.Matchers.equalTo("a real comment"));
    }

    @Test
    void theJsonApiStillWorksWithBearerTokensAndNoCsrfToken() {
        String key = ticket(client("Api Client " + Api.unique()), "Through the API");
        staff.api().body(Map.of("assignee", staff.id())).post("/api/tickets/" + key + "/acknowledge")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("ACKNOWLEDGED"));
    }

    @Test
    void aRefusedNewRequestComesBackWithErrorsNextToFieldsAndValuesKept() {
        long client = client("Form Client " + Api.unique());
        PageSession rita = PageSession.signIn(requester.email(), Api.PASSWORD);
        String html = rita.submit("/tickets/new", "/tickets/new", Map.of(
                        "client", String.valueOf(client), "type", String.valueOf(type), "title", " ",
                        "description", "Kept <description>", "promiseText", "Call back", "promiseDue", "not a date"))
                .then().statusCode(400).contentType(containsString("text/html")).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(html, containsString("<p class=\"field-error\" id=\"title-error\">Please fill this in.</p>"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("<p class=\"field-error\" id=\"promiseDue-error\">Please enter a date and time.</p>"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString(">Kept &lt;description&gt;</textarea>"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("value=\"Call back\""));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("value=\"" + client + "\" checked"));
        requester.api().get("/api/tickets?requester=" + requester.id()).then().body("total", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void aNewRequestIsCreatedAndThePersonIsSentToIt() {
        long client = client("Created Client " + Api.unique());
        PageSession rita = PageSession.signIn(requester.email(), Api.PASSWORD);
        String location = rita.submit("/tickets/new", "/tickets/new", Map.of("client", String.valueOf(client),
                        "type", String.valueOf(type), "title", "Repair two units", "promiseText", "Technician calls",
                        "promiseDue", "2099-01-05T15:00"))
                .then().statusCode(303).extract().header("Location");
        String key = location.substring(location.lastIndexOf('/') + 1);
        rita.get("/tickets/" + key).then().statusCode(200)
                .body(containsString("Repair two units"))
                .body(containsString("Technician calls"))
                .body(containsString("Created Client"));
    }

    @Test
    void aStaleFormShowsTheConflictPageWithTheCurrentState() {
        String key = ticket(client("Stale Client " + Api.unique()), "Two people at once");
        PageSession sam = PageSession.signIn(staff.email(), Api.PASSWORD);
        String seenVersion = requester.api().get("/api/tickets/" + key).then().extract().path("version").toString();
        // someone else acknowledges first
        staff.api().body(Map.of("assignee", staff.id())).post("/api/tickets/" + key + "/acknowledge").then().statusCode(200);

        sam.submit("/tickets/" + key, "/tickets/" + key + "/reject", Map.of("version", seenVersion, "reason", "busy"))
                .then().statusCode(409).contentType(containsString("text/html"))
                .body(containsString("This request has changed"))
                .body(containsString("<dd id=\"current-status\"><span class=\"status status-ACKNOWLEDGED\">Acknowledged</span>"));
        requester.api().get("/api/tickets/" + key).then().body("status", org.hamcrest.Matchers.equalTo("ACKNOWLEDGED"));
    }

    @Test
    void onlyTheActionsTheStatusAllowsAreOffered() {
        String key = ticket(client("Actions Client " + Api.unique()), "New one");
        PageSession sam = PageSession.signIn(staff.email(), Api.PASSWORD);
        sam.get("/tickets/" + key).then().statusCode(200)
                .body(containsString("action=\"/tickets/" + key + "/acknowledge\""))
                .body(containsString("action=\"/tickets/" + key + "/reject\""))
                .body(not(containsString("action=\"/tickets/" + key + "/resolve\"")))
                .body(not(containsString("action=\"/tickets/" + key + "/accept-proposal\"")));
    }

    @Test
    void errorPagesAreHtmlForPeopleAndProblemJsonForTheApi() {
        PageSession rita = PageSession.signIn(requester.email(), Api.PASSWORD);
        rita.get("/tickets/NOPE-999999").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("<h1>Not found</h1>"));
        requester.api().get("/api/tickets/NOPE-999999").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void pagesSpeakThePersonsLanguageAndTheBrowsersBeforeSignIn() {
        given().header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5").get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"ru\""))
                .body(containsString("Вход в Baton"));
        PageSession rita = PageSession.signIn(requester.email(), Api.PASSWORD);
        rita.submit("/me", "/me", Map.of("language", "lt", "timeZone", "Europe/Vilnius"))
                .then().statusCode(303);
        rita.request().header("Accept-Language", "en").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"lt\""))
                .body(containsString("<h1>Mano darbai</h1>"));
    }

    @Test
    void aWrongCurrentPasswordIsShownNextToItsField() {
        PageSession rita = PageSession.signIn(requester.email(), Api.PASSWORD);
        rita.submit("/me", "/me/password", Map.of("current", "wrong-password-here", "password", "a-new-password-1",
                        "confirm", "a-new-password-1"))
                .then().statusCode(400).body(containsString("id=\"pw-current-error\">This is not your current password."));
        given().contentType(ContentType.JSON).body(Map.of("email", requester.email(), "password", Api.PASSWORD))
                .post("/api/auth/login").then().statusCode(200);
    }

    @Test
    void theListFiltersByClientAndText() {
        long mine = client("Filter Client " + Api.unique());
        String wanted = ticket(mine, "Leaking valve " + Api.unique());
        String other = ticket(client("Other Client " + Api.unique()), "Something else");
        PageSession rita = PageSession.signIn(requester.email(), Api.PASSWORD);
        rita.get("/tickets?client=" + mine + "&q=valve").then().statusCode(200)
                .body(containsString("href=\"/tickets/" + wanted + "\""))
                .body(not(containsString("href=\"/tickets/" + other + "\"")));
        rita.get("/tickets?page=banana").then().statusCode(200)
                .body(containsString("A filter value is not valid"));
    }

    @Test
    void deadlinesAreShownInThePersonsOwnTimeZone() {
        String key = ticket(client("Zone Client " + Api.unique()), "Clock check");
        java.time.Instant ackDue = java.time.Instant.parse(
                requester.api().get("/api/tickets/" + key).then().extract().path("ackDueAt"));
        PageSession rita = PageSession.signIn(requester.email(), Api.PASSWORD);
        rita.submit("/me", "/me", Map.of("language", "en", "timeZone", "Asia/Tokyo")).then().statusCode(303);
        String tokyo = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                java.time.format.FormatStyle.SHORT).withLocale(java.util.Locale.ENGLISH)
                .withZone(java.time.ZoneId.of("Asia/Tokyo")).format(ackDue);
        rita.get("/tickets/" + key).then().statusCode(200)
                .body(containsString("<time datetime=\"" + ackDue + "\">" + tokyo + "</time>"));
    }
}

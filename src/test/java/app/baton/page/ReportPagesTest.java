package app.baton.page;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.Browser;
import app.baton.support.PageSession;
import app.baton.support.TestClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The reports page: a head picks their department and months and reads compliance tables, bars
 * and the workload, downloads the CSV with the page's session, and reads it in their language and
 * on a phone.
 */
@QuarkusTest
class ReportPagesTest {

    @TestHTTPResource("/")
    URL base;

    String service;
    Person head;
    Person staff;

    @BeforeEach
    void world() {
        service = Api.createDepartment("Service");
        String sales = Api.createDepartment("Sales");
        long type = Api.createRequestType(service, "Repair with a rather long name for a phone");
        Person requester = Api.createUser("Sandra Sales", sales);
        head = Api.createHead("Hugo Head", service);
        staff = Api.createUser("Tomas Technician", service);
        long client = TestClients.createClient("Klimato Sprendimai");
        for (int i = 0; i < 3; i++) {
            String key = requester.api().body(Map.of("type", type, "title", "Request " + i, "client", client))
                    .post("/api/tickets").then().statusCode(201).extract().path("key");
            if (i == 0) {
                staff.api().body(Map.of("assignee", staff.id())).post("/api/tickets/" + key + "/acknowledge").then()
                        .statusCode(200);
            }
        }
    }

    @Test
    void aHeadReadsTheReportsOfTheirDepartmentAndDownloadsThemAsCsv() {
        PageSession page = PageSession.signIn(head.email(), Api.PASSWORD);
        String html = page.get("/").then().statusCode(200).extract().asString();
        assertThat(html, containsString("href=\"/reports\""));

        html = page.get("/reports").then().statusCode(200).extract().asString();
        assertThat(html, containsString("<option value=\"" + service + "\" selected>"));
        YearMonth month = YearMonth.from(LocalDate.now(ZoneId.of("Europe/Vilnius")));
        assertThat(html, containsString("value=\"" + month.minusMonths(2) + "\""));
        assertThat(html, containsString("id=\"sla-types\""));
        assertThat(html, containsString("Repair with a rather long name"));
        assertThat(html, containsString("<svg class=\"bar\""));
        assertThat(html, containsString("Tomas Technician"));
        assertThat(html, containsString("Klimato Sprendimai"));
        assertThat(html, containsString("id=\"promises\""));
        // one script on the page: htmx from Baton itself; no inline script or style
        assertEquals(1, html.split("<script").length - 1, html);
        assertThat(html, not(containsString("style=")));

        Matcher link = Pattern.compile("href=\"(/api/reports/sla\\?[^\"]+)\"").matcher(html);
        assertTrue(link.find(), html);
        String csvLink = link.group(1).replace("&amp;", "&");
        assertThat(csvLink, containsString("department=" + service));
        assertThat(csvLink, containsString("format=csv"));
        Response csv = page.request().header("Accept", "text/html").get(csvLink);
        csv.then().statusCode(200).contentType(startsWith("text/csv"));
        assertThat(csv.asString(), containsString("total," + service + ",3,"));
        assertEquals("sla report", Api.asAdmin().get("/api/audit?action=EXPORT&actor=" + head.email()).then()
                .extract().path("items[0].target"));

        // the request list offers the same download
        String list = page.get("/tickets?department=" + service).then().statusCode(200).extract().asString();
        assertThat(list, containsString("/api/tickets?department=" + service + "&amp;format=csv"));
    }

    @Test
    void aBadRangeIsExplainedOnThePage() {
        PageSession page = PageSession.signIn(staff.email(), Api.PASSWORD);
        String html = page.get("/reports?department=" + service + "&from=2020-01&to=2025-01").then().statusCode(200)
                .extract().asString();
        assertThat(html, containsString("role=\"alert\""));
        assertThat(html, containsString("at most two years"));
        html = page.get("/reports?department=" + service + "&from=junk").then().statusCode(200).extract().asString();
        assertThat(html, containsString("role=\"alert\""));
        page.get("/reports?department=NOSUCH").then().statusCode(404);
    }

    @Test
    void thePageSpeaksEachLanguage() {
        Map<String, String> titles = Map.of("en", "SLA compliance", "lt", "SLA laikymasis", "lv", "SLA izpilde",
                "ru", "Соблюдение SLA");
        for (Map.Entry<String, String> language : titles.entrySet()) {
            Api.asAdmin().body(Map.of("language", language.getKey())).patch("/api/users/" + staff.id()).then()
                    .statusCode(200);
            PageSession page = PageSession.signIn(staff.email(), Api.PASSWORD);
            String html = page.get("/reports").then().statusCode(200).extract().asString();
            assertThat(language.getKey(), html, containsString(language.getValue()));
        }
    }

    @Test
    void theReportsFitAPhoneWithoutScrollingSideways() {
        try (Browser phone = Browser.open(base, 375, 800)) {
            phone.signIn(head.email(), Api.PASSWORD);
            phone.go("/reports");
            phone.waitFor(By.id("sla-types"));
            assertEquals(375, phone.innerWidth());
            assertFalse(phone.scrollsSideways(), "the reports must not scroll sideways at 375 px");
            phone.screenshot("reports-phone");
        }
    }
}

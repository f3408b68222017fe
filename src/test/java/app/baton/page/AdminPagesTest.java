package app.baton.page;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin pages as HTML: forms that go through the same services as the API, for administrators only. */
@QuarkusTest
class AdminPagesTest {

    static PageSession admin() {
        return PageSession.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    }

    @Test
    void staffGetTheFriendly403PageAndNoAdminLink() {
        Person sam = Api.createUser("Sam Nosy", Api.createDepartment("Service"));
        PageSession page = PageSession.signIn(sam.email(), Api.PASSWORD);
        page.get("/").then().statusCode(200).body(not(containsString("href=\"/admin\"")));
        for (String path : List.of("/admin", "/admin/departments", "/admin/departments/new", "/admin/users",
                "/admin/types", "/admin/types/new", "/admin/calendars", "/admin/calendars/new")) {
            page.get(path).then().statusCode(403).contentType(containsString("text/html"))
                    .body(containsString("Not allowed"));
        }
        String token = page.csrfToken("/me");
        page.request().contentType(ContentType.URLENC)
                .formParams(Map.of("csrf-token", token, "code", "NOSY", "name", "Nosy"))
                .post("/admin/departments/new").then().statusCode(403);
        Api.asAdmin().get("/api/departments/NOSY").then().statusCode(404);
    }

    @Test
    void anAdministratorSeesTheLinkAndTheSections() {
        admin().get("/").then().statusCode(200).body(containsString("href=\"/admin\""));
        admin().get("/admin").then().statusCode(200).body(containsString("href=\"/admin/departments\""))
                .body(containsString("href=\"/admin/users\"")).body(containsString("href=\"/admin/types\""))
                .body(containsString("href=\"/admin/calendars\""));
    }

    @Test
    void aDepartmentIsCreatedThroughTheFormWithHeadsAndMembers() {
        Person head = Api.createUser("Hanna Head", Api.createDepartment("Other"));
        Person member = Api.createUser("Mark Member", Api.createDepartment("Other"));
        long calendar = Api.asAdmin().body(Map.of("name", "Office " + Api.unique(), "timeZone", "Europe/Vilnius",
                        "hours", Map.of("MONDAY", List.of(List.of("09:00", "17:00")))))
                .post("/api/calendars").then().statusCode(201).extract().jsonPath().getLong("id");
        String code = Api.departmentCode();
        PageSession page = admin();
        String token = page.csrfToken("/admin/departments/new");
        page.request().contentType(ContentType.URLENC)
                .formParam("csrf-token", token).formParam("code", code.toLowerCase()).formParam("name", "Warehouse")
                .formParam("email", "warehouse@example.com").formParam("calendar", String.valueOf(calendar))
                .formParam("heads", String.valueOf(head.id()))
                .formParam("members", String.valueOf(head.id()), String.valueOf(member.id()))
                .post("/admin/departments/new").then().statusCode(303)
                .header("Location", endsWith("/admin/departments?saved=" + code));

        Api.asAdmin().get("/api/departments/" + code).then().statusCode(200)
                .body("name", equalTo("Warehouse")).body("email", equalTo("warehouse@example.com"))
                .body("calendar", equalTo((int) calendar)).body("heads", hasItem((int) head.id()));
        Api.asAdmin().get("/api/users/" + member.id()).then().body("departments", hasItem(code));
        page.get("/admin/departments?saved=" + code).then().statusCode(200)
                .body(containsString("Saved: Warehouse."))
                .body(containsString("href=\"/admin/departments/" + code + "\""));

        // editing: the member is taken out, the name changes
        String version = Api.asAdmin().get("/api/departments/" + code).then().extract().path("version").toString();
        String editToken = page.csrfToken("/admin/departments/" + code);
        page.request().contentType(ContentType.URLENC).formParam("csrf-token", editToken)
                .formParam("version", version).formParam("name", "Warehouse North").formParam("email", "")
                .formParam("calendar", "").formParam("heads", String.valueOf(head.id()))
                .formParam("members", String.valueOf(head.id())).formParam("active", "on")
                .post("/admin/departments/" + code).then().statusCode(303);
        Api.asAdmin().get("/api/departments/" + code).then().body("name", equalTo("Warehouse North"));
        Api.asAdmin().get("/api/users/" + member.id()).then().body("departments", not(hasItem(code)));
    }

    @Test
    void aRefusedDepartmentFormKeepsTheValuesAndShowsErrorsNextToFields() {
        PageSession page = admin();
        String html = page.submit("/admin/departments/new", "/admin/departments/new",
                        Map.of("code", "x1", "name", "Kept <name>", "email", "not-an-email"))
                .then().statusCode(400).contentType(containsString("text/html")).extract().asString();
        assertThat(html, containsString("id=\"d-code-error\""));
        assertThat(html, containsString("id=\"d-email-error\""));
        assertThat(html, containsString("value=\"Kept &lt;name&gt;\""));
        assertThat(html, containsString("value=\"x1\""));
        Api.asAdmin().get("/api/departments/X1").then().statusCode(404);
    }

    @Test
    void aUserIsCreatedWithRolesAndDepartmentsAndAWrongOneIsRefused() {
        String department = Api.createDepartment("Accounts");
        String email = "new.person." + Api.unique() + "@test.baton";
        PageSession page = admin();
        String token = page.csrfToken("/admin/users/new");
        String location = page.request().contentType(ContentType.URLENC).formParam("csrf-token", token)
                .formParam("name", "Nora New").formParam("email", email).formParam("password", "long-enough-password")
                .formParam("roles", "STAFF", "HEAD").formParam("departments", department)
                .formParam("language", "lv").formParam("timeZone", "Europe/Riga")
                .post("/admin/users/new").then().statusCode(303).extract().header("Location");
        String id = location.substring(location.indexOf("saved=") + 6);
        Api.asAdmin().get("/api/users/" + id).then().statusCode(200).body("email", equalTo(email))
                .body("language", equalTo("lv")).body("timeZone", equalTo("Europe/Riga"))
                .body("roles", hasItem("HEAD")).body("departments", hasItem(department));
        Api.login(email, "long-enough-password");

        String html = page.submit("/admin/users/new", "/admin/users/new", Map.of("name", "Dup", "email", email,
                "password", "short", "roles", "STAFF", "language", "en", "timeZone", "Europe/Vilnius"))
                .then().statusCode(400).extract().asString();
        assertThat(html, containsString("id=\"u-email-error\""));
        assertThat(html, containsString("value=\"Dup\""));
    }

    @Test
    void aCalendarIsCreatedWithSeveralIntervalsADayAndHolidays() {
        String name = "Two shifts " + Api.unique();
        PageSession page = admin();
        page.submit("/admin/calendars/new", "/admin/calendars/new", Map.of("name", name, "timeZone", "Europe/Riga",
                        "hours_MONDAY", "08:00-12:00, 13:00-17:00", "hours_TUESDAY", "09:00-17:00",
                        "holidays", "2026-12-24\n2026-12-25"))
                .then().statusCode(303);
        page.get("/admin/calendars").then().statusCode(200).body(containsString(name))
                .body(containsString("08:00–12:00, 13:00–17:00"));

        String html = page.submit("/admin/calendars/new", "/admin/calendars/new", Map.of("name", "Broken",
                        "timeZone", "Europe/Riga", "hours_MONDAY", "17:00-08:00"))
                .then().statusCode(400).extract().asString();
        assertThat(html, containsString("id=\"c-hours-MONDAY-error\""));
        assertThat(html, containsString("value=\"17:00-08:00\""));
        page.submit("/admin/calendars/new", "/admin/calendars/new", Map.of("name", "Broken",
                        "timeZone", "Europe/Riga", "hours_MONDAY", "08:00-17:00", "holidays", "tomorrow"))
                .then().statusCode(400).body(containsString("id=\"c-holidays-error\""))
                .body(containsString("&quot;tomorrow&quot; is not a date"));
    }

    @Test
    void aTypeWithBadTargetsIsRefusedWithTheValuesKept() {
        String department = Api.createDepartment("Service");
        PageSession page = admin();
        String html = page.submit("/admin/types/new", "/admin/types/new", Map.of("name", "Repair", "department",
                        department, "defaultPriority", "NORMAL", "warnPercent", "75", "ack_NORMAL", "soon",
                        "resolve_NORMAL", "0"))
                .then().statusCode(400).extract().asString();
        assertThat(html, containsString("<p class=\"field-error\" id=\"t-ack-NORMAL-error\">Please enter a whole number.</p>"));
        assertThat(html, containsString("value=\"soon\""));

        html = page.submit("/admin/types/new", "/admin/types/new", Map.of("name", "Repair", "department",
                        department, "defaultPriority", "NORMAL", "ack_NORMAL", "60", "resolve_NORMAL", "0"))
                .then().statusCode(400).extract().asString();
        assertThat(html, containsString("<p class=\"field-error\" id=\"t-resolve-NORMAL-error\">The smallest allowed value is 1.</p>"));

        // a name the catalogue already has is a field error, not a conflict page
        Api.asAdmin().body(Map.of("name", "Repair", "department", department, "sla",
                Map.of("NORMAL", Map.of("ackMinutes", 60, "resolveMinutes", 480)))).post("/api/request-types")
                .then().statusCode(201);
        page.submit("/admin/types/new", "/admin/types/new", Map.of("name", "repair", "department", department,
                        "defaultPriority", "NORMAL", "ack_NORMAL", "60", "resolve_NORMAL", "480"))
                .then().statusCode(400).body(containsString("id=\"t-name-error\">This department already has"));
    }

    @Test
    void formErrorsSpeakTheAdministratorsLanguage() {
        Person lina = Api.createUser("Lina Admin", Api.createDepartment("Office"));
        Api.asAdmin().body(Map.of("roles", List.of("ADMIN"), "language", "lt")).patch("/api/users/" + lina.id())
                .then().statusCode(200);
        PageSession page = PageSession.signIn(lina.email(), Api.PASSWORD);
        page.submit("/admin/calendars/new", "/admin/calendars/new", Map.of("name", "", "timeZone", "Mars/Olympus",
                        "hours_MONDAY", "08:00-17:00"))
                .then().statusCode(400).body(containsString("<html lang=\"lt\""))
                .body(containsString("id=\"c-name-error\">Užpildykite šį lauką."));
        page.submit("/admin/calendars/new", "/admin/calendars/new", Map.of("name", "Biuras", "timeZone",
                        "Mars/Olympus", "hours_MONDAY", "08:00-17:00"))
                .then().statusCode(400).body(containsString("id=\"c-zone-error\">Tokios laiko juostos nėra"));
    }
}

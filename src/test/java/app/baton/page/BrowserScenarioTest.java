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
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Baton in a real browser, the way a salesperson and a technician use it. Screenshots of every
 * step go to target/screenshots/.
 */
@QuarkusTest
class BrowserScenarioTest {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @TestHTTPResource("/")
    URL base;

    String service;
    long type;
    String typeName;
    Person sales;
    Person technician;
    long client;
    String formerName;
    String currentName;

    @BeforeEach
    void world() {
        service = Api.createDepartment("Service");
        String salesDepartment = Api.createDepartment("Sales");
        typeName = "Repair " + Api.unique();
        type = Api.asAdmin().body(Map.of("name", typeName, "department", service,
                        "sla", Map.of("NORMAL", Map.of("ackMinutes", 60, "resolveMinutes", 14 * 24 * 60))))
                .post("/api/request-types").then().statusCode(201).extract().jsonPath().getLong("id");
        sales = Api.createUser("Sandra Sales", salesDepartment);
        technician = Api.createUser("Tomas Technician", service);
        String word = "Vėsuma" + Api.unique().replaceAll("[0-9]", "").toLowerCase();
        formerName = word + " UAB";
        currentName = "Klimato Sprendimai " + Api.unique();
        client = Api.asAdmin().body(Map.of("name", formerName)).post("/api/clients").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        // renamed: the old name stays as a FORMER alias, and people still search by it
        Api.asAdmin().body(Map.of("name", currentName)).patch("/api/clients/" + client).then().statusCode(200);
    }

    static String inVilnius(LocalDateTime time) {
        return INPUT.format(time);
    }

    static LocalDateTime nowInVilnius() {
        return LocalDateTime.now(ZoneId.of("Europe/Vilnius")).withSecond(0).withNano(0);
    }

    @Test
    void aRepairGoesFromSalesToTheTechnicianAndBack() {
        try (Browser sandra = Browser.open(base); Browser tomas = Browser.open(base)) {
            // 1. The salesperson finds the client by the name it had before, and picks the type.
            sandra.signIn(sales.email(), Api.PASSWORD).go("/tickets/new");
            sandra.type("clientQuery", formerName.substring(0, formerName.length() - 4));
            sandra.waitFor(By.cssSelector("label[for='client-" + client + "']"));
            assertThat(sandra.text(By.cssSelector("label[for='client-" + client + "']")), containsString(currentName));
            sandra.find(By.id("client-" + client)).click();
            sandra.selectContaining("type", typeName);
            sandra.waitFor(By.id("standard-due"));
            assertThat(sandra.text(By.id("receiving")), startsWith(service));
            assertFalse(sandra.text(By.id("standard-due")).isBlank(), "the standard due date is shown before sending");
            assertFalse(sandra.text(By.cssSelector("#realistic-due time")).isBlank(),
                    "the realistic due date from the queue is shown before sending");
            sandra.screenshot("sales-finds-client-by-former-name-and-sees-both-due-dates");

            // 2. She describes the repair and records what she promised the client.
            sandra.type("title", "Repair two air-conditioning units");
            sandra.type("description", "Server room units, both dripping.");
            sandra.type("promiseText", "Technician calls the client back");
            sandra.setValue("promiseDue", inVilnius(nowInVilnius().plusDays(1).withHour(15).withMinute(0)));
            sandra.screenshot("sales-fills-request-and-promise");
            sandra.find(By.cssSelector("#new-ticket button[type=submit]:not([formmethod])")).click();
            sandra.waitFor(By.id("ticket-client"));
            String key = sandra.path().substring("/tickets/".length());
            assertEquals(currentName, sandra.text(By.id("ticket-client")));
            assertThat(sandra.text(By.id("promises-h")).toLowerCase(), containsString("promise"));
            assertThat(sandra.driver.getPageSource(), containsString("Technician calls the client back"));
            sandra.screenshot("sales-sees-new-request");

            // 3. The technician finds it waiting for acknowledgement and counter-proposes a date.
            tomas.signIn(technician.email(), Api.PASSWORD);
            assertThat(tomas.text(By.id("ack")), containsString(key));
            tomas.screenshot("technician-sees-request-waiting");
            tomas.find(By.linkText(key)).click();
            tomas.waitFor(By.id("form-acknowledge"));
            tomas.setValue("ack-proposed", inVilnius(nowInVilnius().plusDays(21).withHour(12).withMinute(0)));
            tomas.type("ack-note", "Parts arrive in three weeks");
            tomas.find(By.cssSelector("#form-acknowledge button[type=submit]")).click();
            tomas.waitFor(By.id("proposed-due"));
            assertThat(tomas.text(By.cssSelector(".ticket-head")), containsString("Acknowledged"));
            tomas.screenshot("technician-acknowledges-with-counter-proposal");

            // 4. The salesperson sees the counter-proposal highlighted and accepts it.
            sandra.go("/");
            assertThat(sandra.find(By.cssSelector("#requested .ticket-row.proposal")).getText(), containsString(key));
            sandra.screenshot("sales-sees-counter-proposal-on-my-work");
            sandra.find(By.cssSelector("#requested .ticket-row.proposal a.key")).click();
            sandra.waitFor(By.cssSelector("form[action$='/accept-proposal'] button")).click();
            sandra.waitFor(By.id("resolve-due"));
            assertTrue(sandra.driver.findElements(By.id("proposed-due")).isEmpty(), "the proposal is answered");
            assertThat(sandra.text(By.id("timeline-h")).length() > 0 ? sandra.driver.getPageSource() : "",
                    containsString("accepted the new date"));
            sandra.screenshot("sales-accepts-the-new-date");

            // 5. The technician resolves it.
            tomas.go("/tickets/" + key);
            tomas.waitFor(By.id("do-resolve")).click();
            tomas.waitForText(By.cssSelector(".ticket-head"), "Resolved");
            tomas.screenshot("technician-resolves");

            // 6. The salesperson sees it resolved on her page.
            sandra.go("/");
            String row = sandra.find(By.xpath("//section[@id='requested']//li[.//a[text()='" + key + "']]")).getText();
            assertThat(row, containsString("Resolved"));
            assertThat(row, not(containsString("New date proposed")));
            sandra.screenshot("sales-sees-it-resolved");
        }
    }

    @Test
    void onAPhoneNothingScrollsSideways() {
        String key = sales.api().body(Map.of("type", type, "title", "A long title that must wrap nicely on a small phone screen",
                        "client", client, "description", "x".repeat(300)))
                .post("/api/tickets").then().statusCode(201).extract().path("key");
        try (Browser phone = Browser.open(base, 375, 812)) {
            phone.signIn(sales.email(), Api.PASSWORD);
            assertEquals(375, phone.innerWidth(), "the page is laid out for a 375 px phone");
            assertFalse(phone.scrollsSideways(), "my work at " + phone.innerWidth() + " px scrolls sideways");
            phone.screenshot("phone-my-work");
            phone.go("/tickets/" + key);
            phone.waitFor(By.id("ticket-client"));
            assertFalse(phone.scrollsSideways(), "the request page at " + phone.innerWidth() + " px scrolls sideways");
            phone.screenshot("phone-request");
            phone.go("/tickets/new");
            assertFalse(phone.scrollsSideways(), "the new request page scrolls sideways");
        }
    }

    @Test
    void myWorkInLithuanianAndRussian() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(technician.email(), Api.PASSWORD);
            browser.select("header-language", "Lietuvių");
            browser.find(By.cssSelector("form[action='/me/language'] button")).click();
            browser.waitForText(By.cssSelector("main h1"), "Mano darbai");
            assertThat(browser.text(By.id("ack-h")), containsString("Laukia mano patvirtinimo"));
            browser.screenshot("my-work-lithuanian");
            browser.select("header-language", "Русский");
            browser.find(By.cssSelector("form[action='/me/language'] button")).click();
            browser.waitForText(By.cssSelector("main h1"), "Мои задачи");
            assertThat(browser.text(By.id("assigned-h")), containsString("Назначены мне"));
            browser.screenshot("my-work-russian");
        }
    }

    @Test
    void aFormErrorIsShownNextToTheFieldAndTheValuesStay() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(sales.email(), Api.PASSWORD).go("/tickets/new");
            browser.type("clientQuery", currentName);
            browser.waitFor(By.id("client-" + client)).click();
            browser.selectContaining("type", typeName);
            browser.type("description", "Keep this text");
            browser.type("promiseText", "Call tomorrow");
            browser.find(By.cssSelector("#new-ticket button[type=submit]:not([formmethod])")).click();
            browser.waitFor(By.id("title-error"));
            assertEquals("Please fill this in.", browser.text(By.id("title-error")));
            assertEquals("Please fill this in.", browser.text(By.id("promiseDue-error")));
            assertEquals("Keep this text", browser.find(By.id("description")).getAttribute("value"));
            assertEquals("Call tomorrow", browser.find(By.id("promiseText")).getAttribute("value"));
            assertTrue(browser.find(By.id("client-" + client)).isSelected(), "the chosen client stays chosen");
            browser.screenshot("form-error-next-to-field");
        }
    }

    @Test
    void actingOnAStalePageShowsTheConflictPage() {
        String key = sales.api().body(Map.of("type", type, "title", "Stale in the browser", "client", client))
                .post("/api/tickets").then().statusCode(201).extract().path("key");
        try (Browser browser = Browser.open(base)) {
            browser.signIn(technician.email(), Api.PASSWORD).go("/tickets/" + key);
            browser.waitFor(By.id("form-acknowledge"));
            // meanwhile the requester cancels it
            sales.api().body(Map.of("reason", "client changed their mind")).post("/api/tickets/" + key + "/cancel")
                    .then().statusCode(200);
            browser.find(By.cssSelector("#form-acknowledge button[type=submit]")).click();
            browser.waitFor(By.id("current-status"));
            assertThat(browser.text(By.cssSelector("main h1")), containsString("This request has changed"));
            assertEquals("Cancelled", browser.text(By.id("current-status")));
            browser.screenshot("stale-version-conflict");
        }
    }

    /**
     * The head of service lists what one salesperson asked for, then everything a department
     * sent, by choosing in the request list's filters; the choice stays in the address.
     */
    @Test
    void theRequestListShowsWhatOnePersonOrDepartmentAskedFor() {
        String unique = Api.unique();
        Person ruta = Api.createUser("Rūta Requester " + unique, Api.createDepartment("Delivery"));
        ruta.api().body(Map.of("type", type, "title", "Asked by Rūta " + unique, "client", client))
                .post("/api/tickets").then().statusCode(201);
        sales.api().body(Map.of("type", type, "title", "Asked by Sandra " + unique, "client", client))
                .post("/api/tickets").then().statusCode(201);
        String rutasDepartment = ruta.api().get("/api/users/me").then().statusCode(200).extract()
                .jsonPath().getString("departments[0]");
        try (Browser browser = Browser.open(base)) {
            browser.signIn(technician.email(), Api.PASSWORD).go("/tickets?q=" + unique);
            browser.waitForText(By.cssSelector("ul.tickets"), "Asked by Sandra " + unique);
            browser.select("f-requester", "Rūta Requester " + unique);
            browser.find(By.cssSelector("form.filters button[type=submit]")).click();
            browser.waitFor(By.cssSelector("#f-requester option[selected]"));
            assertThat(browser.text(By.cssSelector("ul.tickets")), containsString("Asked by Rūta " + unique));
            assertThat(browser.text(By.cssSelector("ul.tickets")), not(containsString("Asked by Sandra " + unique)));
            assertThat(browser.driver.getCurrentUrl(), containsString("requester=" + ruta.id()));
            browser.screenshot("request-list-by-requester");

            browser.select("f-requester", "Any");
            browser.selectContaining("f-requesting", rutasDepartment + " ·");
            browser.find(By.cssSelector("form.filters button[type=submit]")).click();
            browser.waitFor(By.cssSelector("#f-requesting option[selected]"));
            assertThat(browser.text(By.cssSelector("ul.tickets")), containsString("Asked by Rūta " + unique));
            assertThat(browser.text(By.cssSelector("ul.tickets")), not(containsString("Asked by Sandra " + unique)));
        }
    }
}

package app.baton.page;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.Browser;
import app.baton.support.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The queue and the client card in a real browser: a head clears the overdue tab, a salesperson
 * works a client's card, and both pages fit a phone. Screenshots go to target/screenshots/.
 */
@QuarkusTest
class QueueAndClientBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestClock clock;

    String service;
    long type;
    Person requester;
    Person head;
    Person technician;
    long client;
    String formerName;
    String currentName;

    @BeforeEach
    void world() {
        service = Api.createDepartment("Service");
        String sales = Api.createDepartment("Sales");
        type = Api.createRequestType(service, "Repair");
        requester = Api.createUser("Sandra Sales", sales);
        head = Api.createHead("Hugo Head", service);
        technician = Api.createUser("Tomas Technician", service);
        String word = "Vėsuma" + Api.unique().replaceAll("[0-9]", "").toLowerCase();
        formerName = word + " UAB";
        currentName = "Klimato Sprendimai " + Api.unique();
        client = Api.asAdmin().body(Map.of("name", formerName, "contacts",
                        List.of(Map.of("name", "Jonas Jonaitis", "role", "Facility manager", "phone", "+37061234567"))))
                .post("/api/clients").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.asAdmin().body(Map.of("name", currentName)).patch("/api/clients/" + client).then().statusCode(200);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String ticket(String title) {
        return requester.api().body(Map.of("type", type, "title", title, "client", client)).post("/api/tickets")
                .then().statusCode(201).extract().path("key");
    }

    @Test
    void aHeadAssignsTwoOverdueRequestsAtOnce() {
        String first = ticket("Air conditioner drips in the server room");
        String second = ticket("Replace the filter in unit 2");
        String third = ticket("Yearly inspection");
        clock.advance(Duration.ofMinutes(90));
        try (Browser hugo = Browser.open(base)) {
            hugo.signIn(head.email(), Api.PASSWORD);
            hugo.find(By.linkText("Queues")).click();
            hugo.waitFor(By.cssSelector("a[href='/queues/" + service + "']")).click();
            hugo.waitFor(By.id("tab-overdue")).click();
            hugo.waitFor(By.cssSelector("#tab-overdue[aria-current='page']"));
            assertEquals("3", hugo.text(By.cssSelector("#tab-overdue .count")));
            hugo.screenshot("queue-overdue-tab");

            hugo.find(By.id("pick-" + first)).click();
            hugo.find(By.id("pick-" + second)).click();
            hugo.select("assignee", "Tomas Technician");
            hugo.screenshot("queue-two-picked");
            hugo.find(By.id("assign-selected")).click();
            hugo.waitFor(By.cssSelector(".notice"));
            assertThat(hugo.text(By.cssSelector(".notice")), containsString("Tomas Technician: 2"));
            assertThat(hugo.text(By.id("row-" + first)), containsString("Tomas Technician"));
            hugo.screenshot("queue-assigned");
        }
        Api.asAdmin().get("/api/tickets/" + first).then().body("assignee", equalTo((int) technician.id()));
        Api.asAdmin().get("/api/tickets/" + second).then().body("assignee", equalTo((int) technician.id()));
        Api.asAdmin().get("/api/tickets/" + third).then().body("assignee", nullValue());
    }

    @Test
    void aSalespersonFindsTheCardByItsFormerNameLogsACallAndRevertsARename() {
        ticket("Repair two units");
        long rename = Api.asAdmin().get("/api/clients/" + client + "/history").then().extract().jsonPath()
                .getLong("items.find { it.field == 'name' }.id");
        try (Browser sandra = Browser.open(base)) {
            sandra.signIn(requester.email(), Api.PASSWORD);
            sandra.find(By.linkText("Clients")).click();
            sandra.waitFor(By.id("q"));
            sandra.type("q", formerName.substring(0, formerName.length() - 4));
            sandra.find(By.cssSelector("form[role='search'] button")).click();
            sandra.waitFor(By.cssSelector("a[href='/clients/" + client + "']"));
            sandra.screenshot("clients-found-by-former-name");
            sandra.find(By.cssSelector("a[href='/clients/" + client + "']")).click();
            sandra.waitForText(By.id("client-name"), currentName);
            assertThat(sandra.text(By.cssSelector(".former")), containsString(formerName));
            sandra.screenshot("client-card");

            // two clicks and a sentence: the kind, the note, "Log it"
            sandra.find(By.cssSelector("label[for='kind-MEETING']")).click();
            sandra.type("summary", "Met Jonas on site, he wants a quote for two more units");
            sandra.find(By.id("log-submit")).click();
            sandra.waitFor(By.cssSelector(".notice"));
            assertThat(sandra.text(By.id("timeline")), containsString("Met Jonas on site"));
            assertThat(sandra.text(By.cssSelector("#timeline li")), containsString("Meeting"));
            sandra.screenshot("client-interaction-logged");

            sandra.find(By.id("revert-open-" + rename)).click();
            sandra.waitFor(By.id("revert-" + rename));
            sandra.screenshot("client-revert-confirm");
            sandra.find(By.id("revert-" + rename)).click();
            sandra.waitForText(By.id("client-name"), formerName);
            assertThat(sandra.text(By.cssSelector(".notice")), containsString("reverted"));
            sandra.screenshot("client-rename-reverted");

            // a new request: once the client is picked, its people are offered (loaded by htmx)
            sandra.go("/tickets/new");
            sandra.type("clientQuery", "Jonas Jonait");
            sandra.waitFor(By.cssSelector("label[for='client-" + client + "']")).click();
            sandra.waitFor(By.id("contact"));
            sandra.select("contact", "Jonas Jonaitis · Facility manager");
            sandra.screenshot("new-request-contact-picked");
        }
        Api.asAdmin().get("/api/clients/" + client).then().body("name", equalTo(formerName));
    }

    @Test
    void theQueueAndTheCardFitAPhoneWithoutScrollingSideways() {
        ticket("A rather long request title that would push a table wider than a phone if it could not wrap");
        ticket("Short one");
        try (Browser phone = Browser.open(base, 375, 800)) {
            phone.signIn(head.email(), Api.PASSWORD);
            phone.go("/queues/" + service + "?view=open");
            phone.waitFor(By.id("queue-table"));
            assertEquals(375, phone.innerWidth());
            assertFalse(phone.scrollsSideways(), "the queue must not scroll sideways at 375 px");
            phone.screenshot("queue-phone");
            phone.go("/clients/" + client);
            phone.waitFor(By.id("client-name"));
            assertFalse(phone.scrollsSideways(), "the client card must not scroll sideways at 375 px");
            phone.screenshot("client-card-phone");
            phone.go("/clients?q=" + formerName.substring(0, 6));
            phone.waitFor(By.id("q"));
            assertFalse(phone.scrollsSideways(), "the client list must not scroll sideways at 375 px");
        }
    }
}

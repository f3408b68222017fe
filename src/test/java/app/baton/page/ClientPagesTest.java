package app.baton.page;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client list and card as HTML: search, names, people, group, timeline, logging and revert. */
@QuarkusTest
class ClientPagesTest {

    Person sales;
    PageSession sandra;

    @BeforeEach
    void world() {
        sales = Api.createUser("Sandra Sales", Api.createDepartment("Sales"));
        sandra = PageSession.signIn(sales.email(), Api.PASSWORD);
    }

    static long client(Map<String, Object> body) {
        return Api.asAdmin().body(body).post("/api/clients").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void rename(long id, String name) {
        Api.asAdmin().body(Map.of("name", name)).patch("/api/clients/" + id).then().statusCode(200);
    }

    static long latestChange(long id) {
        return Api.asAdmin().get("/api/clients/" + id + "/history").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
    }

    @Test
    void theListFindsAClientByItsFormerNameAndPages() {
        String word = "Saulute" + Api.unique().replaceAll("[0-9]", "x");
        long id = client(Map.of("name", word + " UAB", "registrationCode", "30" + System.nanoTime() % 100000));
        rename(id, "Renamed Sun " + Api.unique());
        sandra.get("/clients?q=" + word.toLowerCase()).then().statusCode(200)
                .body(containsString("href=\"/clients/" + id + "\""))
                .body(containsString("Renamed Sun"))
                .body(containsString("Clients found: 1"));

        String many = "Pagina" + Api.unique().replaceAll("[0-9]", "y");
        for (int i = 0; i < ClientPages.PAGE_SIZE + 2; i++) {
            client(Map.of("name", many + " " + i));
        }
        String first = sandra.get("/clients?q=" + many).then().statusCode(200).extract().asString();
        assertThat(first, containsString("Clients found: " + (ClientPages.PAGE_SIZE + 2)));
        assertThat(first, containsString("rel=\"next\""));
        String second = sandra.get("/clients?q=" + many + "&page=1").then().statusCode(200).extract().asString();
        assertThat(second, containsString("rel=\"prev\""));
        assertThat(second.split("href=\"/clients/\\d+\"").length - 1, equalTo(2));
    }

    @Test
    void theCardShowsNamesPeopleGroupAndTheWholeTimelineWithAScriptNameAsText() {
        String scripted = "<script>alert(1)</script> " + Api.unique();
        long parent = client(Map.of("name", "Parent Group " + Api.unique()));
        long id = client(Map.of("name", scripted, "registrationCode", "REG-77", "parent", parent,
                "aliases", List.of(Map.of("name", "Brand Cool", "kind", "BRAND")),
                "contacts", List.of(Map.of("name", "Jonas Active", "role", "Engineer", "phone", "+37060000001"),
                        Map.of("name", "Petras Gone", "leftCompany", true))));
        long subsidiary = client(Map.of("name", "Daughter Ltd " + Api.unique(), "parent", id));
        Api.asAdmin().body(Map.of("kind", "COMPLAINT", "summary", "Unit <b>leaks</b>")).post(
                "/api/clients/" + id + "/interactions").then().statusCode(201);

        String html = sandra.get("/clients/" + id).then().statusCode(200).extract().asString();
        assertFalse(html.contains("<script>alert(1)</script>"), "the name must not become markup");
        assertThat(html, containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertThat(html, containsString("REG-77"));
        assertThat(html, containsString("Brand Cool"));
        assertThat(html, containsString("Jonas Active"));
        assertThat(html, containsString("href=\"tel:+37060000001\""));
        assertThat(html, containsString("<li class=\"left-company\"><strong>Petras Gone</strong> <span class=\"badge\">Left the company</span>"));
        assertThat(html, containsString("href=\"/clients/" + parent + "\""));
        assertThat(html, containsString("href=\"/clients/" + subsidiary + "\""));
        assertThat(html, containsString("Unit &lt;b&gt;leaks&lt;/b&gt;"));
        assertThat(html, containsString("href=\"/tickets/new?client=" + id + "\""));
        // the other card links back to its parent
        sandra.get("/clients/" + subsidiary).then().body(containsString("href=\"/clients/" + id + "\""));
    }

    @Test
    void anInteractionIsLoggedFromTheCardAndAnEmptyNoteIsRefusedNextToTheField() {
        long id = client(Map.of("name", "Logging Client " + Api.unique(),
                "contacts", List.of(Map.of("name", "Rasa Contact"))));
        long contact = Api.asAdmin().get("/api/clients/" + id).then().extract().jsonPath().getLong("contacts[0].id");

        String html = sandra.submit("/clients/" + id, "/clients/" + id + "/interactions",
                Map.of("kind", "EMAIL", "summary", " ")).then().statusCode(400).extract().asString();
        assertThat(html, containsString("<p class=\"field-error\" id=\"summary-error\">Please fill this in.</p>"));
        assertThat(html, containsString("value=\"EMAIL\" checked"));

        String location = sandra.submit("/clients/" + id, "/clients/" + id + "/interactions",
                        Map.of("kind", "CALL", "summary", "Called about the quote", "contact", String.valueOf(contact)))
                .then().statusCode(303).extract().header("Location");
        assertThat(location, endsWith("/clients/" + id + "?logged=1#timeline"));
        sandra.get("/clients/" + id + "?logged=1").then().statusCode(200)
                .body(containsString("The interaction is on the timeline."))
                .body(containsString("Called about the quote"))
                .body(containsString("Rasa Contact"));
        Api.asAdmin().get("/api/clients/" + id + "/timeline").then()
                .body("items.findAll { it.kind == 'INTERACTION' }", hasSize(1))
                .body("items[0].actor", equalTo((int) sales.id()));
    }

    @Test
    void aFormWithoutTheCsrfTokenLogsNothing() {
        long id = client(Map.of("name", "Csrf Card " + Api.unique()));
        sandra.get("/clients/" + id);
        sandra.submitWithoutToken("/clients/" + id + "/interactions", Map.of("kind", "NOTE", "summary", "forged"))
                .then().statusCode(400);
        Api.asAdmin().get("/api/clients/" + id + "/timeline").then().body("total", equalTo(0));
    }

    @Test
    void aRenameIsRevertedAndARevertOfAnOverwrittenChangeIsAFriendlyConflict() {
        String first = "First Name " + Api.unique();
        long id = client(Map.of("name", first));
        rename(id, "Second Name " + Api.unique());
        long renameChange = Api.asAdmin().get("/api/clients/" + id + "/history").then().extract().jsonPath()
                .getLong("items.find { it.field == 'name' }.id");
        sandra.submit("/clients/" + id, "/clients/" + id + "/history/" + renameChange + "/revert", Map.of())
                .then().statusCode(303).header("Location", endsWith("/clients/" + id + "?reverted=1#history"));
        Api.asAdmin().get("/api/clients/" + id).then().body("name", equalTo(first));

        // the name has moved on since the first rename: reverting that rename now would lose a change
        String third = "Third Name " + Api.unique();
        rename(id, third);
        String html = sandra.submit("/clients/" + id, "/clients/" + id + "/history/" + renameChange + "/revert",
                Map.of()).then().statusCode(409).extract().asString();
        assertThat(html, containsString("Nothing was reverted"));
        assertThat(html, containsString("id=\"change-" + latestChange(id) + "\""));
        Api.asAdmin().get("/api/clients/" + id).then().body("name", equalTo(third));
    }

    @Test
    void anUnknownClientIsAFriendly404() {
        sandra.get("/clients/999999999").then().statusCode(404).body(containsString("Not found"));
    }

    @Test
    void aNewRequestForTheClientStartsWithItPickedAndOffersItsActivePeople() {
        String receiving = Api.createDepartment("Service");
        long type = Api.createRequestType(receiving, "Repair");
        long id = client(Map.of("name", "Picked Client " + Api.unique(), "contacts", List.of(
                Map.of("name", "Ona Present", "role", "Manager"), Map.of("name", "Left Person", "leftCompany", true))));
        long ona = Api.asAdmin().get("/api/clients/" + id).then().extract().jsonPath()
                .getLong("contacts.find { it.name == 'Ona Present' }.id");

        String form = sandra.get("/tickets/new?client=" + id).then().statusCode(200).extract().asString();
        assertThat(form, containsString("value=\"" + id + "\" checked"));
        assertThat(form, containsString("<option value=\"" + ona + "\">Ona Present · Manager</option>"));
        assertThat(form, not(containsString("Left Person")));
        sandra.get("/tickets/new/contacts?client=" + id).then().statusCode(200)
                .body(containsString("id=\"contact-picker\"")).body(containsString("Ona Present"));

        String location = sandra.submit("/tickets/new?client=" + id, "/tickets/new", Map.of("client", String.valueOf(id),
                "contact", String.valueOf(ona), "type", String.valueOf(type), "title", "Check the unit"))
                .then().statusCode(303).extract().header("Location");
        String key = location.substring(location.lastIndexOf('/') + 1);
        Api.asAdmin().get("/api/tickets/" + key).then().body("contact", equalTo((int) ona));
        assertTrue(sandra.get("/tickets/" + key).asString().contains("Ona Present"), "the request shows its contact");
    }
}

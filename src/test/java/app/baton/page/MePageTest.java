package app.baton.page;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Notification preferences on /me: saved per kind, escalations shown but never turned off. */
@QuarkusTest
class MePageTest {

    @Test
    void aDigestChoiceIsSavedAndShownAgain() {
        Person rita = Api.createUser("Rita Prefs", Api.createDepartment("Sales"));
        PageSession page = PageSession.signIn(rita.email(), Api.PASSWORD);
        page.get("/me").then().statusCode(200)
                .body(containsString("<select id=\"notify-ESCALATION_BREACH\" disabled"))
                .body(containsString("name=\"TICKET_RESOLVED\""));

        page.submit("/me", "/me/notifications", Map.of("TICKET_RESOLVED", "DIGEST", "COMMENT_MENTION", "OFF"))
                .then().statusCode(303).header("Location", endsWith("/me?saved"));

        rita.api().get("/api/users/" + rita.id() + "/notification-preferences").then().statusCode(200)
                .body("find { it.kind == 'TICKET_RESOLVED' }.mode", org.hamcrest.Matchers.equalTo("DIGEST"))
                .body("find { it.kind == 'COMMENT_MENTION' }.mode", org.hamcrest.Matchers.equalTo("OFF"))
                .body("find { it.kind == 'TICKET_NEW' }.mode", org.hamcrest.Matchers.equalTo("IMMEDIATE"));
        page.get("/me").then().statusCode(200)
                .body(containsString("<option value=\"DIGEST\" selected>In the morning digest</option>"));
    }

    @Test
    void anEscalationCannotBeTurnedOffEvenByAForgedForm() {
        Person rita = Api.createUser("Rita Forger", Api.createDepartment("Sales"));
        PageSession page = PageSession.signIn(rita.email(), Api.PASSWORD);
        page.submit("/me", "/me/notifications", Map.of("ESCALATION_BREACH", "OFF", "TICKET_NEW", "OFF"))
                .then().statusCode(400).body(containsString("cannot be turned off"));
        rita.api().get("/api/users/" + rita.id() + "/notification-preferences").then()
                .body("find { it.kind == 'TICKET_NEW' }.mode", org.hamcrest.Matchers.equalTo("IMMEDIATE"));
    }
}

package app.baton.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unknown addresses: people get the error page in their language, the API keeps problem+json. */
@QuarkusTest
class ErrorPagesTest {

    @Test
    void anUnknownPageShowsTheFriendlyNotFoundPageInThePersonsLanguage() {
        Person rita = Api.createUser("Rita Lost", Api.createDepartment("Sales"));
        rita.api().body(Map.of("language", "lt")).patch("/api/users/" + rita.id()).then().statusCode(200);
        PageSession page = PageSession.signIn(rita.email(), Api.PASSWORD);

        page.get("/nonsense").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"lt\""))
                .body(containsString("href=\"/\""))
                .body(not(containsString("Resource not found")));
        // deeper unknown paths are refused before any page runs: still a friendly page, never a 500
        page.get("/tickets/nothing/here/at/all").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("href=\"/\""));
    }

    @Test
    void theCatchAllLeavesAssetsAndToolsAlone() {
        given().get("/css/baton.css").then().statusCode(200);
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
        given().get("/q/health").then().statusCode(200);
        given().get("/login").then().statusCode(200);
    }

    @Test
    void anUnknownApiPathStaysProblemJson() {
        Api.asAdmin().get("/api/no-such-thing").then().statusCode(404)
                .contentType(containsString("application/problem+json")).body("status", equalTo(404));
    }

    @Test
    void withoutASessionAnUnknownPageSendsToTheLogin() {
        given().redirects().follow(false).header("Accept", "text/html").get("/nonsense").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(302), equalTo(303), equalTo(404)));
    }
}

package app.baton.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.baton.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginPageTest {

    private static Response signIn(String email, String password) {
        return given().redirects().follow(false)
                .contentType(ContentType.URLENC)
                .formParam("j_username", email)
                .formParam("j_password", password)
                .post("/j_security_check");
    }

    @Test
    void loginPageIsAFormForEmailAndPassword() {
        given().get("/login").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\""))
                .body(containsString("name=\"viewport\""))
                .body(containsString("href=\"/css/baton.css\""))
                .body(containsString("action=\"/j_security_check\""))
                .body(containsString("name=\"j_username\""))
                .body(containsString("name=\"j_password\""))
                .body(containsString("<label for=\"j_username\""))
                .body(containsString("autofocus"))
                .body(not(containsString("Wrong email or password")))
                // OIDC is off unless configured: no "Sign in with ..." link, and its path is not there
                .body(not(containsString("/login/oidc")));
        given().redirects().follow(false).header("Accept", "text/html").get("/login/oidc").then().statusCode(404);
        given().get("/css/baton.css").then().statusCode(200).contentType(containsString("text/css"));
    }

    @Test
    void theAdministratorSignsInAndSeesTheirName() {
        Response login = signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        login.then().statusCode(302).header("Location", endsWith("/"));
        String session = login.getCookie("baton-session");
        assertFalse(session == null || session.isBlank(), "the form login sets the session cookie");

        given().redirects().follow(false).cookie("baton-session", session)
                .get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>My work</h1>"))
                .body(containsString("href=\"/me\" title=\"My settings\">Administrator</a>"));
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginPageWithAMessage() {
        Response login = signIn(Api.ADMIN_EMAIL, "not-the-password");
        login.then().statusCode(oneOf(302, 303)).header("Location", endsWith("/login?error=true"));
        String session = login.getCookie("baton-session");
        assertFalse(session != null && !session.isBlank(), "no session for a wrong password");

        given().get("/login?error=true").then().statusCode(200)
                .body(containsString("Wrong email or password"));
    }

    @Test
    void pagesWithoutASessionRedirectToTheLoginPage() {
        given().redirects().follow(false).get("/").then()
                .statusCode(oneOf(302, 303))
                .header("Location", endsWith("/login"));
    }

    @Test
    void logoutClearsTheSessionCookie() {
        String session = signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD).getCookie("baton-session");
        Response logout = given().redirects().follow(false).cookie("baton-session", session).get("/logout");
        logout.then().statusCode(303).header("Location", endsWith("/login"));
        var cleared = logout.getDetailedCookie("baton-session");
        assertNotNull(cleared, "logout sets the session cookie again");
        assertEquals("", cleared.getValue());
        assertEquals(0, cleared.getMaxAge());
        assertEquals("/", cleared.getPath());
    }
}

package app.baton.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static void hardened(ValidatableResponse response) {
        response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("same-origin"));
    }

    @Test
    void pagesCarryTheStrictPolicy() {
        ValidatableResponse page = given().get("/login").then().statusCode(200);
        hardened(page);
        page.header("Content-Security-Policy", equalTo(CSP));
        hardened(given().get("/css/baton.css").then().statusCode(200));
    }

    @Test
    void apiAnswersCarryTheHeadersToo() {
        ValidatableResponse ok = Api.asAdmin().get("/api/users/me").then().statusCode(200);
        hardened(ok);
        ok.header("Content-Security-Policy", equalTo(CSP));
        ValidatableResponse unauthorized = given().get("/api/departments").then().statusCode(401);
        hardened(unauthorized);
        unauthorized.header("Content-Security-Policy", equalTo(CSP));
        hardened(Api.asAdmin().get("/api/no-such-thing").then().statusCode(404));
    }

    @Test
    void swaggerUiGetsARelaxedPolicyForItsInlineScripts() {
        ValidatableResponse ui = given().get("/q/swagger-ui/").then().statusCode(200);
        hardened(ui);
        ui.header("Content-Security-Policy", containsString("'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        String setCookie = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", Api.ADMIN_EMAIL).formParam("j_password", Api.ADMIN_PASSWORD)
                .post("/j_security_check").then().statusCode(302)
                .extract().header("Set-Cookie");
        assertNotNull(setCookie);
        assertTrue(setCookie.startsWith("baton-session="), setCookie);
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=lax"), setCookie);
    }

    @Test
    void pagesHaveNoInlineScripts() {
        given().get("/login").then().body(not(containsString("<script>")))
                .body(not(containsString("onclick=")))
                .body(not(containsString("style=\"")));
    }

    @Test
    void aSignedInPageAMissingRequestTheLoginPageAndApiAnswersCarryEveryHeader() {
        app.baton.support.PageSession admin = app.baton.support.PageSession.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        for (ValidatableResponse r : java.util.List.of(admin.get("/").then().statusCode(200),
                admin.get("/tickets/NOPE-1").then().statusCode(404),
                given().get("/login").then().statusCode(200),
                Api.asAdmin().get("/api/departments").then().statusCode(200),
                Api.asAdmin().get("/api/tickets/NOPE-1").then().statusCode(404))) {
            hardened(r);
            r.header("Content-Security-Policy", equalTo(CSP));
        }
    }

    @Test
    void signedInPagesHaveNoInlineScriptsOrStyles() {
        app.baton.support.PageSession admin = app.baton.support.PageSession.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        for (String page : java.util.List.of("/", "/tickets", "/tickets/new", "/me", "/clients")) {
            String html = admin.get(page).then().statusCode(200).extract().asString();
            org.junit.jupiter.api.Assertions.assertFalse(
                    java.util.regex.Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find(),
                    page + " has an inline script");
            org.junit.jupiter.api.Assertions.assertFalse(
                    java.util.regex.Pattern.compile("<[^>]*\\s(on[a-z]+|style|hx-on[^=\\s]*)\\s*=").matcher(html).find(),
                    page + " has an inline handler or style");
            org.junit.jupiter.api.Assertions.assertFalse(html.contains("<style"), page + " has a style element");
        }
    }

    /** Behind a TLS-terminating proxy that says so (X-Forwarded-Proto), the cookie is Secure. */
    @Test
    void theSessionCookieIsSecureWhenServedOverHttps() {
        String setCookie = given().redirects().follow(false).contentType(ContentType.URLENC)
                .header("X-Forwarded-Proto", "https")
                .formParam("j_username", Api.ADMIN_EMAIL).formParam("j_password", Api.ADMIN_PASSWORD)
                .post("/j_security_check").then().statusCode(302)
                .extract().header("Set-Cookie");
        assertTrue(setCookie.toLowerCase().contains("secure"), setCookie);
        String plain = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", Api.ADMIN_EMAIL).formParam("j_password", Api.ADMIN_PASSWORD)
                .post("/j_security_check").then().statusCode(302)
                .extract().header("Set-Cookie");
        org.junit.jupiter.api.Assertions.assertFalse(plain.toLowerCase().contains("secure"), plain);
    }
}

package app.baton.user;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Signing in through the company's identity provider (OIDC), against an in-process WireMock
 * provider. The browser is played by hand: each redirect is followed with the cookies a browser
 * would keep, so every step (to the provider, back with the code, to Baton's session) is seen.
 */
@QuarkusTest
@TestProfile(OidcLoginTest.WithIdentityProvider.class)
class OidcLoginTest {

    static final String CLIENT_ID = "baton";

    public static class WithIdentityProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "baton.oidc.enabled", "true",
                    "baton.oidc.provider-name", "Acme Keycloak",
                    "baton.oidc.issuer", "${keycloak.url}/realms/quarkus",
                    "baton.oidc.client-id", CLIENT_ID,
                    "baton.oidc.client-secret", "a-client-secret-of-at-least-32-characters");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
        }
    }

    @OidcWireMock
    WireMockServer provider;

    /** The provider's next ID token says this email (verified or not). */
    private void providerVouchesFor(String email, boolean verified) {
        String idToken = Jwt.issuer("https://server.example.com")
                .audience(CLIENT_ID)
                .subject("sub-" + email)
                .claim("email", email)
                .claim("email_verified", verified)
                .jws().keyId("1").sign("privateKey.jwk");
        provider.stubFor(post("/auth/realms/quarkus/token")
                .withRequestBody(containing("authorization_code"))
                .willReturn(okJson("{\"access_token\":\"" + idToken + "\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                        + "\"id_token\":\"" + idToken + "\"}")));
    }

    /**
     * Clicks "Sign in with ..." and goes through the provider; answers Baton's last answer
     * (a redirect to / with the session cookie, or the refusal page) and the cookies kept.
     */
    private static Response signInThroughProvider(Map<String, String> jar) {
        Response start = browse(jar, "/login/oidc");
        assertEquals(302, start.statusCode(), "Baton sends the browser to the provider");
        URI authorize = URI.create(start.header("Location"));
        Map<String, String> query = query(authorize);
        assertEquals(CLIENT_ID, query.get("client_id"));
        assertEquals("code", query.get("response_type"));
        assertTrue(query.get("redirect_uri").endsWith("/login/oidc"), query.get("redirect_uri"));
        // the person signs in at the provider, which sends them back with a code
        Response atProvider = given().redirects().follow(false)
                .queryParam("state", query.get("state")).queryParam("redirect_uri", query.get("redirect_uri"))
                .get(authorize.resolve("/login"));
        Response back = browse(jar, atProvider.header("Location"));
        assertEquals(302, back.statusCode(), "Quarkus exchanges the code and goes on to /login/oidc");
        return browse(jar, back.header("Location"));
    }

    private static Response browse(Map<String, String> jar, String url) {
        Response r = given().redirects().follow(false).header("Accept", "text/html").cookies(jar).get(url);
        r.getDetailedCookies().forEach(c -> {
            if (c.getValue() == null || c.getValue().isEmpty() || c.getMaxAge() == 0) {
                jar.remove(c.getName());
            } else {
                jar.put(c.getName(), c.getValue());
            }
        });
        return r;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }

    private static JsonPath audit(String query) {
        return Api.asAdmin().get("/api/audit?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theLoginPageOffersTheProviderInTheVisitorsLanguage() {
        given().get("/login").then().statusCode(200)
                .body(containsString("href=\"/login/oidc\""))
                .body(containsString("Sign in with Acme Keycloak"))
                .body(containsString("action=\"/j_security_check\""));
        given().header("Accept-Language", "lt").get("/login").then().statusCode(200)
                .body(containsString("Prisijungti per Acme Keycloak"));
    }

    @Test
    void aSignInTheProviderRefusedSaysSoOnTheLoginPage() {
        Response start = given().redirects().follow(false).get("/login/oidc");
        Map<String, String> query = query(URI.create(start.header("Location")));
        // the person cancels at the provider, which sends them back with an error instead of a code
        Response back = given().redirects().follow(false).cookies(start.getCookies())
                .get("/login/oidc?error=access_denied&state=" + query.get("state"));
        assertEquals(302, back.statusCode());
        String location = back.header("Location");
        assertTrue(location.contains("/login?"), location);
        given().get(URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery()).then().statusCode(200)
                .body(containsString("Signing in with your company account did not succeed"));
    }

    @Test
    void aCodeTheProviderWillNotExchangeSendsThePersonBackToTheLoginPage() {
        provider.stubFor(post("/auth/realms/quarkus/token").withRequestBody(containing("authorization_code"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.serverError()));
        Map<String, String> jar = new HashMap<>();
        Response start = browse(jar, "/login/oidc");
        Map<String, String> query = query(URI.create(start.header("Location")));
        Response back = browse(jar, "/login/oidc?code=stale&state=" + query.get("state"));
        back.then().statusCode(303).header("Location", endsWith("/login?error=oidc"));
        assertNull(jar.get("baton-session"));
        given().get("/login?error=oidc").then().statusCode(200)
                .body(containsString("Signing in with your company account did not succeed"));
    }

    @Test
    void aKnownPersonSignsInAndWorksWithAnOrdinarySession() {
        Person p = Api.createUser("Olga Oidc", Api.createDepartment("Identity"));
        providerVouchesFor(p.email().toUpperCase(), true); // emails match in any case

        Map<String, String> jar = new HashMap<>();
        Response done = signInThroughProvider(jar);
        done.then().statusCode(303).header("Location", endsWith("/"));
        String session = jar.get("baton-session");
        assertNotNull(session, "an ordinary Baton page session");
        assertNull(jar.get("q_session"), "the provider's own session is not kept beside Baton's");

        given().redirects().follow(false).cookie("baton-session", session).get("/")
                .then().statusCode(200).body(containsString("Olga Oidc"));
        given().cookie("baton-session", session).get("/api/users/me")
                .then().statusCode(200).body("email", equalTo(p.email()));

        JsonPath login = audit("action=LOGIN&actor=" + p.id());
        assertEquals("oidc", login.getString("items[0].detail"));
    }

    @Test
    void signingOutEndsTheSession() {
        Person p = Api.createUser("Saulius Signout", Api.createDepartment("Identity"));
        providerVouchesFor(p.email(), true);
        Map<String, String> jar = new HashMap<>();
        signInThroughProvider(jar).then().statusCode(303);
        String session = jar.get("baton-session");

        given().redirects().follow(false).cookie("baton-session", session).get("/logout")
                .then().statusCode(303).header("Location", endsWith("/login"));
        // a kept copy of the cookie no longer works either
        given().redirects().follow(false).cookie("baton-session", session).header("Accept", "text/html").get("/")
                .then().statusCode(303).header("Location", endsWith("/login"));
        given().cookie("baton-session", session).get("/api/users/me").then().statusCode(401);
    }

    @Test
    void anUnknownEmailIsRefusedWithoutASession() {
        String stranger = "stranger." + Api.unique() + "@elsewhere.example";
        providerVouchesFor(stranger, true);
        Map<String, String> jar = new HashMap<>();
        Response refused = signInThroughProvider(jar);
        refused.then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("No access to Baton"))
                .body(not(containsString("Sign out")));
        assertNull(jar.get("baton-session"));
        assertNull(jar.get("q_session"));
        assertTrue(audit("action=LOGIN_FAILED&actor=" + stranger).getString("items[0].detail")
                .contains("oidc; no such user"));
    }

    @Test
    void anUnverifiedEmailIsRefused() {
        Person p = Api.createUser("Ugne Unverified", Api.createDepartment("Identity"));
        providerVouchesFor(p.email(), false);
        Map<String, String> jar = new HashMap<>();
        signInThroughProvider(jar).then().statusCode(403);
        assertNull(jar.get("baton-session"));
        assertTrue(audit("action=LOGIN_FAILED&actor=" + p.id()).getString("items[0].detail").contains("not verified"));
    }

    @Test
    void aDeactivatedPersonIsSignedOutAndRefusedInTheirLanguage() {
        Person p = Api.createUser("Dainius Deactivated", Api.createDepartment("Identity"));
        providerVouchesFor(p.email(), true);
        Map<String, String> jar = new HashMap<>();
        signInThroughProvider(jar).then().statusCode(303);
        String session = jar.get("baton-session");

        Api.asAdmin().contentType(ContentType.JSON).body("{}").post("/api/users/" + p.id() + "/deactivate")
                .then().statusCode(200);
        given().cookie("baton-session", session).get("/api/users/me").then().statusCode(401);

        Map<String, String> again = new HashMap<>();
        Response page = signInThroughProviderIn("ru", again);
        page.then().statusCode(403).body(containsString("Нет доступа к Baton"));
        assertNull(again.get("baton-session"));
        assertTrue(audit("action=LOGIN_FAILED&actor=" + p.id()).getString("items[0].detail").contains("oidc; deactivated"));
    }

    /** As {@link #signInThroughProvider}, with a browser asking for another language. */
    private static Response signInThroughProviderIn(String language, Map<String, String> jar) {
        io.restassured.RestAssured.requestSpecification = new io.restassured.builder.RequestSpecBuilder()
                .addHeader("Accept-Language", language).build();
        try {
            return signInThroughProvider(jar);
        } finally {
            io.restassured.RestAssured.requestSpecification = null;
        }
    }

    @Test
    void formLoginAndBearerTokensKeepWorkingBesideIt() {
        // pages still send strangers to Baton's own login page, the API still answers 401
        given().redirects().follow(false).header("Accept", "text/html").get("/tickets")
                .then().statusCode(303).header("Location", endsWith("/login"));
        given().get("/api/departments").then().statusCode(401);
        Api.asAdmin().get("/api/users/me").then().statusCode(200).body("email", equalTo(Api.ADMIN_EMAIL));
        String session = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", Api.ADMIN_EMAIL).formParam("j_password", Api.ADMIN_PASSWORD)
                .post("/j_security_check").getCookie("baton-session");
        given().redirects().follow(false).cookie("baton-session", session).get("/")
                .then().statusCode(200).body(containsString("Administrator"));
    }
}

package app.baton.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person using the pages without a browser: signed in through the login form, asking for
 * HTML, and posting forms with the CSRF token of the page they came from.
 */
public final class PageSession {

    public static final String CSRF_COOKIE = "baton-csrf";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final String session;
    private String csrfCookie;

    private PageSession(String session) {
        this.session = session;
    }

    public static PageSession signIn(String email, String password) {
        String session = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", email).formParam("j_password", password)
                .post("/j_security_check").getCookie("baton-session");
        if (session == null || session.isBlank()) {
            throw new IllegalStateException("sign-in failed for " + email);
        }
        return new PageSession(session);
    }

    public RequestSpecification request() {
        RequestSpecification spec = given().redirects().follow(false).cookie("baton-session", session)
                .header("Accept", "text/html");
        return csrfCookie == null ? spec : spec.cookie(CSRF_COOKIE, csrfCookie);
    }

    public Response get(String path) {
        Response response = request().get(path);
        String cookie = response.getCookie(CSRF_COOKIE);
        if (cookie != null && !cookie.isBlank()) {
            csrfCookie = cookie;
        }
        return response;
    }

    /** The CSRF token in the page's forms. */
    public String csrfToken(String page) {
        Matcher m = CSRF_FIELD.matcher(get(page).asString());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF field on " + page);
        }
        return m.group(1);
    }

    /** Posts a form as if sent from {@code page}, with that page's CSRF token. */
    public Response submit(String page, String action, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("csrf-token", csrfToken(page));
        return request().contentType(ContentType.URLENC).formParams(form).post(action);
    }

    /** Posts a form with no CSRF token at all, as a forged cross-site form would. */
    public Response submitWithoutToken(String action, Map<String, String> fields) {
        return request().contentType(ContentType.URLENC).formParams(fields).post(action);
    }
}

package app.baton.user;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests that carry an {@code Authorization: Bearer} header cannot be forged cross-site (a
 * browser never adds that header on its own), so they need no CSRF token. The CSRF extension
 * checks every form and multipart body, though, and an API client uploading a file as multipart
 * has no CSRF cookie: such a request is given a matching one-off cookie and header before the
 * extension looks, so its check passes. Requests without a bearer header are checked as before.
 */
@ApplicationScoped
public class BearerCsrfExemption {

    private static final SecureRandom RANDOM = new SecureRandom();

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
    String headerName;

    @ConfigProperty(name = "quarkus.rest-csrf.token-size", defaultValue = "16")
    int tokenSize;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
            String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && type != null
                    && (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded"))) {
                byte[] bytes = new byte[tokenSize];
                RANDOM.nextBytes(bytes);
                String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                String cookies = rc.request().getHeader(HttpHeaders.COOKIE);
                rc.request().headers().set(HttpHeaders.COOKIE,
                        (cookies == null || cookies.isBlank() ? "" : cookies + "; ") + cookieName + "=" + token);
                rc.request().headers().set(headerName, token);
            }
            rc.next();
        }, 1000);
    }
}

package app.baton.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body announced larger than quarkus.http.limits.max-body-size with a 413 problem
 * document. Quarkus's own limit (which runs just after this) answers with an empty 413; it still
 * catches chunked bodies that announce no length.
 */
@ApplicationScoped
public class BodySizeLimit {

    static final String BODY = "{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
            + "\"detail\":\"The request body is too large; at most %d bytes are accepted\"}";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLarge(length, limit)) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        // the body was not read: the connection cannot be reused
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(BODY.formatted(limit));
                return;
            }
            context.next();
        });
    }

    private static boolean tooLarge(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed length itself
        }
    }
}

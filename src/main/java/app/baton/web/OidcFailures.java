package app.baton.web;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationCompletionException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * A sign-in through the identity provider that fails on Quarkus OIDC's side, before Baton's
 * /login/oidc answers (the provider cannot be reached, or the code it sent back cannot be
 * exchanged or its ID token is not valid), goes back to the login page with a message instead of
 * Quarkus's bare 500 or 401. Other failures, and the redirect to the provider, go on as usual.
 */
@ApplicationScoped
public class OidcFailures {

    private static final Logger LOG = Logger.getLogger(OidcFailures.class);

    void register(@Observes Router router) {
        router.route(LoginPage.OIDC_PATH).order(Integer.MIN_VALUE).failureHandler(OidcFailures::toLoginPage);
    }

    private static void toLoginPage(RoutingContext context) {
        Throwable failure = context.failure();
        if (!signInFailed(failure) || context.response().headWritten()) {
            context.next();
            return;
        }
        LOG.warnf("Sign-in through the identity provider failed: %s", failure);
        context.response().setStatusCode(303).putHeader("Location", "/login?error=oidc").end();
    }

    private static boolean signInFailed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OIDCException || t instanceof AuthenticationCompletionException) {
                return true;
            }
        }
        return false;
    }
}

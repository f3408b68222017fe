package app.baton.user;

import io.quarkus.arc.ClientProxy;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.reflect.Field;

/**
 * Writes the page-session cookie ({@code baton-session}) for a sign-in that did not go through
 * the login form, the identity provider's (OIDC). It uses the form login's own cookie writer, so
 * the cookie is exactly the one form login sets (same key, name, lifetime, flags) and everything
 * that reads or ends form sessions works unchanged. Quarkus keeps that writer private, hence the
 * one reflective read; OidcLoginTest fails if a Quarkus upgrade moves it.
 */
@ApplicationScoped
public class SessionCookie {

    @Inject
    Instance<HttpAuthenticationMechanism> mechanisms;

    private volatile PersistentLoginManager loginManager;

    /** Sets the cookie naming the session of {@code identity} (its principal, from {@link Sessions#open}). */
    public void write(SecurityIdentity identity, RoutingContext routing) {
        loginManager().save(identity, routing, null, routing.request().isSSL());
    }

    private PersistentLoginManager loginManager() {
        PersistentLoginManager found = loginManager;
        if (found == null) {
            FormAuthenticationMechanism form = mechanisms.stream()
                    .map(ClientProxy::unwrap)
                    .filter(FormAuthenticationMechanism.class::isInstance)
                    .map(FormAuthenticationMechanism.class::cast)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("form login is not enabled"));
            try {
                Field field = FormAuthenticationMechanism.class.getDeclaredField("loginManager");
                field.setAccessible(true);
                found = (PersistentLoginManager) field.get(form);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot reach the form login's cookie writer", e);
            }
            loginManager = found;
        }
        return found;
    }
}

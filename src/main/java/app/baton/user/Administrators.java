package app.baton.user;

import app.baton.web.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * The one check behind "only administrators manage departments, users, request types, calendars
 * and other people's tokens": the person must have the ADMIN role, and when they call with an
 * API token, that token must carry the {@code admin} scope. Services call it, so that pages and
 * the JSON API are held to the same rule.
 */
@ApplicationScoped
public class Administrators {

    @Inject
    CurrentUser currentUser;

    @Inject
    SecurityIdentity identity;

    /** Refuses (403) unless the caller is an administrator acting with the admin scope. */
    public User require(String what) {
        User me = currentUser.get();
        if (!me.hasRole(Role.ADMIN)) {
            throw ProblemException.forbidden("Only administrators may " + what);
        }
        if (!scopes().contains("admin")) {
            throw ProblemException.forbidden("This token lacks the admin scope, which is needed to " + what);
        }
        return me;
    }

    /** Whether the caller may act as an administrator now (role and, for a token, scope). */
    public boolean isAdmin() {
        return currentUser.get().hasRole(Role.ADMIN) && scopes().contains("admin");
    }

    /** The scopes of the credential of this request; a page session has them all. */
    public Set<String> scopes() {
        String scopes = identity.isAnonymous() ? null : identity.getAttribute(IdentityLookup.SCOPES);
        return scopes == null ? Set.copyOf(TokenResource.SCOPES) : Set.copyOf(TokenResource.scopeList(scopes));
    }
}

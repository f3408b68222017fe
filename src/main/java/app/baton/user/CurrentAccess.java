package app.baton.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Objects;

/** The signed-in person's {@link AccessScope}, read once per request. */
@RequestScoped
public class CurrentAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    EntityManager em;

    private AccessScope scope;

    public AccessScope get() {
        if (scope == null) {
            scope = AccessScope.of(currentUser.get(), em);
        }
        return scope;
    }

    /** The scope of {@code user}: the cached one when it is the signed-in person. */
    public AccessScope of(User user) {
        if (scope != null && Objects.equals(scope.userId(), user.id)) {
            return scope;
        }
        if (scope == null && user.id != null && user.id.equals(signedInId())) {
            return get();
        }
        return AccessScope.of(user, em);
    }

    /** Null where nobody is signed in (scheduled passes, the login page). */
    private Long signedInId() {
        try {
            return currentUser.id();
        } catch (io.quarkus.security.UnauthorizedException | jakarta.enterprise.context.ContextNotActiveException e) {
            return null;
        }
    }
}

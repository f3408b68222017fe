package app.baton.user;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The person behind the current request, loaded once per request. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    private User user;

    public User get() {
        if (user == null) {
            Long id = identity.isAnonymous() ? null : identity.getAttribute(IdentityLookup.USER_ID);
            if (id == null) {
                throw new UnauthorizedException();
            }
            user = User.findById(id);
            if (user == null) {
                throw new UnauthorizedException();
            }
        }
        return user;
    }

    /** The signed-in person's id, from the identity: no query when the user itself is not needed. */
    public Long id() {
        if (user != null) {
            return user.id;
        }
        Long id = identity.isAnonymous() ? null : identity.getAttribute(IdentityLookup.USER_ID);
        if (id == null) {
            throw new UnauthorizedException();
        }
        return id;
    }
}

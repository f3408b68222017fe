package app.baton.user;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The person behind the current request, loaded once per request. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    static final String WITH_DEPARTMENTS = "from User u left join fetch u.roles left join fetch u.departments"
            + " left join fetch u.headOf where u.id = ?1";

    private User user;

    public User get() {
        // with the departments they belong to and head, which every request's AccessScope
        // needs (CurrentAccess), creating a request picks the requesting department from and
        // the queue, report and my-work pages list: each cost a statement of its own
        User found = orNull();
        if (found == null) {
            throw new UnauthorizedException();
        }
        return found;
    }

    /** The signed-in person as {@link #get} reads them, or null for a visitor or an unknown person. */
    public User orNull() {
        if (user == null) {
            Long id = identity.isAnonymous() ? null : identity.getAttribute(IdentityLookup.USER_ID);
            if (id == null) {
                return null;
            }
            List<User> found = User.find(WITH_DEPARTMENTS, id).list();
            user = found.isEmpty() ? null : found.get(0);
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

package app.baton.user;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Turns a credential into a SecurityIdentity. Runs on a worker thread (the identity providers
 * call it through runBlocking) with its own request context and transaction.
 */
@ApplicationScoped
public class IdentityLookup {

    public static final String USER_ID = "baton.userId";
    public static final String SCOPES = "baton.scopes";

    @Inject
    PasswordHasher passwords;

    @Inject
    TokenService tokens;

    @Inject
    LoginThrottle throttle;

    @Inject
    TokenIdentityCache tokenCache;

    /**
     * Checks a password unless the account or the client address has failed too often lately;
     * then it throws {@link LoginThrottledException}, even for the right password.
     */
    @ActivateRequestContext
    @Transactional
    public Optional<SecurityIdentity> byPassword(String email, String password, String address) {
        throttle.refusal(email, address).ifPresent(wait -> {
            throw new LoginThrottledException(wait);
        });
        Optional<SecurityIdentity> identity = User.findByEmail(email)
                .filter(u -> u.active && passwords.matches(password, u.passwordHash))
                .map(u -> identity(u, "read,write,admin"));
        if (identity.isPresent()) {
            throttle.succeeded(email);
        } else {
            throttle.failed(email, address);
        }
        return identity;
    }

    /** The form-login cookie names the person; they must still exist and be active. */
    @ActivateRequestContext
    @Transactional
    public Optional<SecurityIdentity> byEmail(String email) {
        return User.findByEmail(email).filter(u -> u.active).map(u -> identity(u, "read,write,admin"));
    }

    @ActivateRequestContext
    @Transactional
    public Optional<SecurityIdentity> byToken(String secret) {
        return tokens.findUsable(secret).map(t -> {
            SecurityIdentity identity = identity(t.user, t.scopes);
            tokenCache.put(t, identity);
            return identity;
        });
    }

    private static SecurityIdentity identity(User user, String scopes) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.email))
                .addAttribute(USER_ID, user.id)
                .addAttribute(SCOPES, scopes);
        user.roles.forEach(r -> builder.addRole(r.name()));
        return builder.build();
    }
}

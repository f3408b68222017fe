package app.baton.user;

import app.baton.audit.AuditAction;
import app.baton.audit.AuditTrail;
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
    public static final String EMAIL = "baton.email";
    public static final String SCOPES = "baton.scopes";
    static final String ALL_SCOPES = "read,write,admin";
    /** How a sign-in through the identity provider is marked in the audit log. */
    static final String OIDC = "oidc";

    @Inject
    PasswordHasher passwords;

    @Inject
    TokenService tokens;

    @Inject
    LoginThrottle throttle;

    @Inject
    IdentityCache identityCache;

    @Inject
    Sessions sessions;

    @Inject
    AuditTrail audit;

    /**
     * A script's login (POST /api/auth/login): checks the password unless the account or the
     * client address has failed too often lately; then it throws {@link LoginThrottledException},
     * even for the right password.
     */
    @ActivateRequestContext
    @Transactional
    public Optional<SecurityIdentity> byPassword(String email, String password, String address) {
        return checkPassword(email, password, address, "api")
                .map(u -> identity(u, new QuarkusPrincipal(u.email), ALL_SCOPES));
    }

    /** A page sign-in: as {@link #byPassword}, and opens a server-side session the cookie names. */
    @ActivateRequestContext
    @Transactional
    public Optional<SecurityIdentity> signIn(String email, String password, String address) {
        return checkPassword(email, password, address, "form")
                .map(u -> identity(u, new QuarkusPrincipal(sessions.open(u, address)), ALL_SCOPES));
    }

    /**
     * A page sign-in through the company's identity provider (OIDC), which vouched for the email:
     * the active user with that email (any case) gets a server-side session as with {@link #signIn}.
     * Baton never creates users here. Refusals are audited as failed logins, with the reason.
     */
    @ActivateRequestContext
    @Transactional
    public Optional<SecurityIdentity> signInByProvider(String email, boolean emailVerified, String address) {
        Optional<User> user = email == null || email.isBlank() ? Optional.empty() : User.findByEmail(email.trim());
        AuditTrail.Actor actor = new AuditTrail.Actor(user.map(u -> u.id).orElse(null), email);
        String target = user.map(u -> "user:" + u.id).orElse(null);
        String refusal = email == null || email.isBlank() ? "no email from the identity provider"
                : !emailVerified ? "email not verified by the identity provider"
                : user.isEmpty() ? "no such user"
                : !user.get().active ? "deactivated" : null;
        if (refusal != null) {
            audit.recordAlone(actor, AuditAction.LOGIN_FAILED, target, address, OIDC + "; " + refusal);
            return Optional.empty();
        }
        User u = user.get();
        audit.record(actor, AuditAction.LOGIN, target, address, OIDC);
        return Optional.of(identity(u, new QuarkusPrincipal(sessions.open(u, address)), ALL_SCOPES));
    }

    /** The form-login cookie names a session; it must be open and its person still active. */
    @ActivateRequestContext
    @Transactional
    public Optional<SecurityIdentity> bySession(String principal) {
        return sessions.find(principal).map(s -> {
            SecurityIdentity identity = identity(s.user, new QuarkusPrincipal(principal), ALL_SCOPES);
            identityCache.putSession(s, identity);
            return identity;
        });
    }

    @ActivateRequestContext
    @Transactional
    public Optional<SecurityIdentity> byToken(String secret) {
        return tokens.findUsable(secret).map(t -> {
            SecurityIdentity identity = identity(t.user, new QuarkusPrincipal(t.user.email), t.scopes);
            identityCache.putToken(t, identity);
            return identity;
        });
    }

    private Optional<User> checkPassword(String email, String password, String address, String how) {
        Optional<User> user = email == null ? Optional.empty() : User.findByEmail(email);
        AuditTrail.Actor actor = new AuditTrail.Actor(user.map(u -> u.id).orElse(null), email);
        String target = user.map(u -> "user:" + u.id).orElse(null);
        throttle.refusal(email, address).ifPresent(wait -> {
            audit.recordAlone(actor, AuditAction.LOGIN_THROTTLED, target, address, how + "; retry after " + wait.toSeconds() + " s");
            throw new LoginThrottledException(wait);
        });
        Optional<User> valid = user.filter(u -> u.active && passwords.matches(password, u.passwordHash));
        if (valid.isPresent()) {
            throttle.succeeded(email);
            audit.record(actor, AuditAction.LOGIN, target, address, how);
        } else {
            throttle.failed(email, address);
            String why = user.isEmpty() ? "no such user" : !user.get().active ? "deactivated" : "wrong password";
            audit.recordAlone(actor, AuditAction.LOGIN_FAILED, target, address, how + "; " + why);
        }
        return valid;
    }

    private static SecurityIdentity identity(User user, QuarkusPrincipal principal, String scopes) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(principal)
                .addAttribute(USER_ID, user.id)
                .addAttribute(EMAIL, user.email)
                .addAttribute(SCOPES, scopes);
        user.roles.forEach(r -> builder.addRole(r.name()));
        return builder.build();
    }
}

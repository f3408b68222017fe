package app.baton.user;

import app.baton.audit.AuditAction;
import app.baton.audit.AuditTrail;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Server-side page sessions. Quarkus's form login keeps the signed-in principal in an encrypted
 * cookie; Baton makes that principal "sessionSecret/email", so that each request can check the
 * session is still open. Signing out or deactivation ends it here, and a copied cookie stops
 * working too. The identity of a session is remembered for a few seconds (IdentityCache), so
 * that a person's clicks do not each look it up; ending a session forgets it at once.
 */
@ApplicationScoped
public class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char SEPARATOR = '/';

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    IdentityCache identityCache;

    /** Opens a session and answers the principal name the cookie will carry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String open(User user, String address) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UserSession session = new UserSession();
        session.user = user;
        session.sessionHash = TokenService.hash(secret);
        session.address = address == null || address.length() <= 64 ? address : address.substring(0, 64);
        session.createdAt = clock.instant();
        session.lastSeenAt = session.createdAt;
        session.persist();
        return secret + SEPARATOR + user.email;
    }

    /** The open session a cookie's principal names, with an active user; notes the visit once a minute. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UserSession> find(String principal) {
        String secret = secretOf(principal);
        if (secret == null) {
            return Optional.empty(); // a cookie from before sessions were kept: sign in again
        }
        Instant now = clock.instant();
        Optional<UserSession> found = UserSession.<UserSession>find("sessionHash", TokenService.hash(secret))
                .firstResultOptional()
                .filter(s -> s.endedAt == null && s.user.active);
        found.ifPresent(s -> {
            if (s.lastSeenAt.isBefore(now.minusSeconds(60))) {
                s.lastSeenAt = now;
            }
        });
        return found;
    }

    /** Ends the session a cookie's principal names; answers its user, if it was open. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<User> end(String principal) {
        String secret = secretOf(principal);
        if (secret == null) {
            return Optional.empty();
        }
        String hash = TokenService.hash(secret);
        Optional<UserSession> found = UserSession.<UserSession>find("sessionHash", hash)
                .firstResultOptional().filter(s -> s.endedAt == null);
        found.ifPresent(s -> s.endedAt = clock.instant());
        identityCache.forgetSession(hash);
        return found.map(s -> s.user);
    }

    /** Signing out of the pages: ends the caller's session on the server, audited. */
    @Transactional
    public void signOut(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return;
        }
        end(identity.getPrincipal().getName())
                .ifPresent(user -> audit.record(AuditAction.LOGOUT, "user:" + user.id, "form"));
    }

    /** Ends every open page session of the user; answers how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int endAll(User user) {
        identityCache.forgetUser(user.id);
        return UserSession.update("endedAt = ?1 where user = ?2 and endedAt is null", clock.instant(), user);
    }

    static String secretOf(String principal) {
        int sep = principal == null ? -1 : principal.indexOf(SEPARATOR);
        return sep <= 0 ? null : principal.substring(0, sep);
    }
}

package app.baton.user;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Identities remembered for a few seconds, so that a script's burst of calls or a person's clicks
 * through the pages do not cost a lookup per call (a transaction, the token or page session, its
 * user and roles: a third of a light page's CPU with a session cookie). Revoking a token, signing
 * out, deactivating and changing a user drop their entries here at once, and again when that
 * transaction ends (a lookup running meanwhile may have read the old rows); another instance of
 * Baton notices within {@code baton.identity-cache.ttl}.
 */
@ApplicationScoped
public class IdentityCache {

    /** Entries kept at most; beyond it the expired ones go, and if that is not enough, all. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(SecurityIdentity identity, long userId, Instant until) {
    }

    /** By "t" + the token's hash, or "s" + the page session's hash: no secret is kept in memory. */
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "baton.identity-cache.ttl", defaultValue = "PT5S")
    Duration ttl;

    /** The identity of a bearer token's secret looked up lately, or null. */
    public SecurityIdentity token(String secret) {
        return get(tokenKey(TokenService.hash(secret)));
    }

    /** The identity of a page-session cookie's principal looked up lately, or null. */
    public SecurityIdentity session(String principal) {
        String key = sessionKey(principal);
        return key == null ? null : get(key);
    }

    private SecurityIdentity get(String key) {
        if (ttl.isZero()) {
            return null;
        }
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (!entry.until().isAfter(clock.instant())) {
            entries.remove(key, entry);
            return null;
        }
        return entry.identity();
    }

    void putToken(ApiToken token, SecurityIdentity identity) {
        Instant until = clock.instant().plus(ttl);
        put(tokenKey(token.tokenHash), token.user.id,
                token.expiresAt != null && token.expiresAt.isBefore(until) ? token.expiresAt : until, identity);
    }

    void putSession(UserSession session, SecurityIdentity identity) {
        put(sessionKeyOfHash(session.sessionHash), session.user.id, clock.instant().plus(ttl), identity);
    }

    private void put(String key, long userId, Instant until, SecurityIdentity identity) {
        if (ttl.isZero()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !e.until().isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(identity, userId, until));
    }

    void forgetToken(String tokenHash) {
        if (tokenHash != null) {
            String key = tokenKey(tokenHash);
            forgetNowAndAtCommit(() -> entries.remove(key));
        }
    }

    void forgetSession(String sessionHash) {
        String key = sessionKeyOfHash(sessionHash);
        forgetNowAndAtCommit(() -> entries.remove(key));
    }

    /** The user's roles, email or activity changed, or their sessions ended: look them up afresh. */
    void forgetUser(long userId) {
        forgetNowAndAtCommit(() -> entries.values().removeIf(e -> e.userId() == userId));
    }

    private void forgetNowAndAtCommit(Runnable forget) {
        forget.run();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    forget.run();
                }
            });
        }
    }

    private static String tokenKey(String tokenHash) {
        return "t" + tokenHash;
    }

    private static String sessionKey(String principal) {
        String secret = Sessions.secretOf(principal);
        return secret == null ? null : sessionKeyOfHash(TokenService.hash(secret));
    }

    private static String sessionKeyOfHash(String sessionHash) {
        return "s" + sessionHash;
    }
}

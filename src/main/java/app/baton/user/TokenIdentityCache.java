package app.baton.user;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bearer identities remembered for a few seconds, so that a script's burst of calls does not
 * cost a token lookup (a transaction, the token, its user and roles) per call. Revoking a token
 * and changing a user drop their entries here at once; another instance of Baton notices within
 * {@code baton.token-cache.ttl}.
 */
@ApplicationScoped
public class TokenIdentityCache {

    /** Entries kept at most; beyond it the expired ones go, and if that is not enough, all. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(SecurityIdentity identity, long userId, Instant until) {
    }

    private final Map<String, Entry> byHash = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @ConfigProperty(name = "baton.token-cache.ttl", defaultValue = "PT5S")
    Duration ttl;

    /** The identity of a secret looked up lately, or null. */
    public SecurityIdentity get(String secret) {
        if (ttl.isZero()) {
            return null;
        }
        String hash = TokenService.hash(secret);
        Entry entry = byHash.get(hash);
        if (entry == null) {
            return null;
        }
        if (!entry.until().isAfter(clock.instant())) {
            byHash.remove(hash, entry);
            return null;
        }
        return entry.identity();
    }

    void put(ApiToken token, SecurityIdentity identity) {
        if (ttl.isZero()) {
            return;
        }
        Instant until = clock.instant().plus(ttl);
        if (token.expiresAt != null && token.expiresAt.isBefore(until)) {
            until = token.expiresAt;
        }
        if (byHash.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            byHash.values().removeIf(e -> !e.until().isAfter(now));
            if (byHash.size() >= MAX_ENTRIES) {
                byHash.clear();
            }
        }
        byHash.put(token.tokenHash, new Entry(identity, token.user.id, until));
    }

    void forgetToken(String tokenHash) {
        if (tokenHash != null) {
            byHash.remove(tokenHash);
        }
    }

    /** The user's roles, email or activity changed: their tokens are looked up afresh. */
    void forgetUser(long userId) {
        byHash.values().removeIf(e -> e.userId() == userId);
    }
}

package app.baton.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues bearer secrets and finds the token a secret belongs to; only hashes are stored. */
@ApplicationScoped
public class TokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    IdentityCache cache;

    @ConfigProperty(name = "baton.login-token.ttl")
    Duration loginTokenTtl;

    public record Issued(ApiToken token, String secret) {
    }

    @Transactional
    public Issued issueLoginToken(User user) {
        Instant now = clock.instant();
        return issue(user, ApiToken.LOGIN, null, "read,write,admin", now.plus(loginTokenTtl));
    }

    @Transactional
    public Issued issue(User user, String kind, String name, String scopes, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "bt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = new ApiToken();
        token.user = user;
        token.kind = kind;
        token.name = name;
        token.scopes = scopes;
        token.tokenHash = hash(secret);
        token.createdAt = clock.instant();
        token.expiresAt = expiresAt;
        token.persist();
        return new Issued(token, secret);
    }

    /** The live token for a secret; records its use at most once a minute to spare writes. */
    @Transactional
    public Optional<ApiToken> findUsable(String secret) {
        Instant now = clock.instant();
        Optional<ApiToken> found = ApiToken.<ApiToken>find("tokenHash", hash(secret)).firstResultOptional()
                .filter(t -> t.usableAt(now) && t.user.active);
        found.ifPresent(t -> {
            if (t.lastUsedAt == null || t.lastUsedAt.isBefore(now.minusSeconds(60))) {
                t.lastUsedAt = now;
            }
        });
        return found;
    }

    /** Revokes the token of a secret; answers it if it was live. */
    @Transactional
    public Optional<ApiToken> revoke(String secret) {
        Optional<ApiToken> live = ApiToken.<ApiToken>find("tokenHash", hash(secret)).firstResultOptional()
                .filter(t -> t.revokedAt == null);
        live.ifPresent(t -> t.revokedAt = clock.instant());
        cache.forgetToken(hash(secret));
        return live;
    }

    /** Revokes every live token of the user, logins and API tokens alike; answers how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int revokeAll(User user) {
        cache.forgetUser(user.id);
        return ApiToken.update("revokedAt = ?1 where user = ?2 and revokedAt is null", clock.instant(), user);
    }

    static String hash(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

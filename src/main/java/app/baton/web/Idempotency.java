package app.baton.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Idempotency-Key for writes that other systems retry: the same caller, key and body within
 * 24 hours get the first answer again and create nothing new. The creation and the remembered
 * answer commit in one transaction, so a crash between them cannot create twice.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    static final Duration KEPT_FOR = Duration.ofHours(24);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * Runs {@code create} in a new transaction unless this key was seen; {@code create} must not
     * open its own transaction boundary that commits separately (REQUIRED joins this one).
     */
    public Response once(String key, long userId, String endpoint, Object body, Supplier<Response> create) {
        if (key == null || key.isBlank()) {
            return QuarkusTransaction.requiringNew().call(create::get);
        }
        if (key.length() > 128) {
            throw ProblemException.badField(HEADER, "must be at most 128 characters");
        }
        String hash = hash(endpoint, body);
        Response remembered = remembered(key, userId, endpoint, hash);
        if (remembered != null) {
            return remembered;
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Response response = create.get();
                em.createNativeQuery("INSERT INTO idempotency_keys (user_id, endpoint, idempotency_key, request_hash,"
                                + " response_status, response_body, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                        .setParameter(1, userId).setParameter(2, endpoint).setParameter(3, key)
                        .setParameter(4, hash).setParameter(5, response.getStatus())
                        .setParameter(6, write(response.getEntity())).setParameter(7, clock.instant())
                        .executeUpdate();
                return response;
            });
        } catch (PersistenceException e) {
            // The same key committed by a concurrent retry: ours rolled back, answer theirs.
            Response theirs = remembered(key, userId, endpoint, hash);
            if (theirs != null) {
                return theirs;
            }
            throw e;
        }
    }

    private Response remembered(String key, long userId, String endpoint, String hash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // Times are compared in SQL with bound instants, so the JVM's zone plays no part.
            em.createNativeQuery("DELETE FROM idempotency_keys WHERE user_id = ?1 AND endpoint = ?2"
                            + " AND idempotency_key = ?3 AND created_at < ?4")
                    .setParameter(1, userId).setParameter(2, endpoint).setParameter(3, key)
                    .setParameter(4, clock.instant().minus(KEPT_FOR)).executeUpdate();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT request_hash, response_status, response_body"
                            + " FROM idempotency_keys WHERE user_id = ?1 AND endpoint = ?2 AND idempotency_key = ?3")
                    .setParameter(1, userId).setParameter(2, endpoint).setParameter(3, key).getResultList();
            if (rows.isEmpty()) {
                return null;
            }
            Object[] row = rows.get(0);
            if (!hash.equals(row[0])) {
                throw ProblemException.conflict("This Idempotency-Key was already used with a different body");
            }
            return Response.status(((Number) row[1]).intValue()).type(MediaType.APPLICATION_JSON)
                    .header("Idempotent-Replayed", "true").entity(row[2]).build();
        });
    }

    private String hash(String endpoint, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(endpoint.getBytes(StandardCharsets.UTF_8));
            digest.update(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object entity) {
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

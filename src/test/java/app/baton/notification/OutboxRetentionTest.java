package app.baton.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.support.Api;
import app.baton.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Old sent and failed mail is deleted in batches; pending mail and consistent digests stay. */
@QuarkusTest
class OutboxRetentionTest {

    @Inject
    OutboxRetention retention;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void restore() {
        clock.reset();
    }

    @Test
    void sentGoesAfterThirtyDaysFailedAfterNinetyPendingNever() {
        Instant now = clock.freeze();
        long oldSent = mail("SENT", now.minus(Duration.ofDays(31)));
        long recentSent = mail("SENT", now.minus(Duration.ofDays(29)));
        long ancientPending = mail("PENDING", now.minus(Duration.ofDays(400)));
        long oldFailed = mail("FAILED", now.minus(Duration.ofDays(91)));
        long recentFailed = mail("FAILED", now.minus(Duration.ofDays(31)));

        assertTrue(retention.purge() >= 2);

        assertFalse(exists(oldSent), "sent mail past keep-sent goes");
        assertFalse(exists(oldFailed), "failed mail past keep-failed goes");
        assertTrue(exists(recentSent));
        assertTrue(exists(recentFailed), "failed mail is kept longer than sent mail");
        assertTrue(exists(ancientPending), "mail not yet delivered is never deleted");

        clock.advance(Duration.ofDays(2));
        retention.purge();
        assertFalse(exists(recentSent), "the next run takes what has aged since");
        assertTrue(exists(recentFailed));
        assertTrue(exists(ancientPending));
    }

    @Test
    void worksThroughManyRowsInSmallBatches() {
        Instant now = clock.freeze();
        List<Long> old = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            old.add(mail("SENT", now.minus(Duration.ofDays(40)).plusSeconds(i)));
        }
        long kept = mail("SENT", now.minus(Duration.ofDays(1)));

        assertTrue(retention.purge(Duration.ofDays(30), Duration.ofDays(90), 2) >= 7);

        assertTrue(old.stream().noneMatch(this::exists), "every batch of two went, also the last short one");
        assertTrue(exists(kept));
    }

    @Test
    void aDigestGoesWithItsOldMailButARecentOneKeepsGuardingItsDay() {
        Instant now = clock.freeze();
        long rita = Api.createUser("Rita Retention").id();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);

        long oldMail = mail("SENT", now.minus(Duration.ofDays(40)));
        long oldDigest = digest(rita, today.minusDays(40), oldMail);
        long oldItem = heldItem(rita, oldDigest);
        long todaysMail = mail("SENT", now.minus(Duration.ofHours(3)));
        long todaysDigest = digest(rita, today, todaysMail);
        long todaysItem = heldItem(rita, todaysDigest);

        // keep sent mail only two hours: today's digest mail goes too, but its day stays taken
        retention.purge(Duration.ofHours(2), Duration.ofDays(90), 1000);

        assertFalse(exists(oldMail));
        assertFalse(exists(todaysMail));
        assertEquals(0L, count("SELECT COUNT(*) FROM notification_digests WHERE id = ?1", oldDigest));
        assertEquals(0L, count("SELECT COUNT(*) FROM notification_digest_items WHERE id = ?1", oldItem));
        assertEquals(1L, count("SELECT COUNT(*) FROM notification_digests WHERE id = ?1", todaysDigest),
                "a second digest today must still be refused");
        assertNull(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT outbox_id FROM notification_digests WHERE id = ?1").setParameter(1, todaysDigest)
                .getSingleResult()));
        assertEquals(1L, count("SELECT COUNT(*) FROM notification_digest_items WHERE id = ?1 AND digest_id = ?2",
                todaysItem, todaysDigest));
    }

    private long mail(String status, Instant createdAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("INSERT INTO outbox (kind, email, language, subject, body_text, body_html, status, "
                            + "attempts, next_attempt_at, created_at, sent_at) VALUES ('TICKET_NEW', "
                            + "'retention@test.baton', 'en', 'Old news', 'text', '<p>html</p>', ?1, 1, ?2, ?2, ?3)")
                    .setParameter(1, status).setParameter(2, createdAt)
                    .setParameter(3, "SENT".equals(status) ? createdAt.plusSeconds(5) : null).executeUpdate();
            return lastId();
        });
    }

    private long digest(long user, LocalDate date, long outbox) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("INSERT INTO notification_digests (user_id, digest_date, outbox_id, created_at) "
                    + "VALUES (?1, ?2, ?3, ?4)").setParameter(1, user).setParameter(2, date)
                    .setParameter(3, outbox).setParameter(4, clock.instant()).executeUpdate();
            return lastId();
        });
    }

    private long heldItem(long user, long digest) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("INSERT INTO notification_digest_items (user_id, kind, line, created_at, digest_id) "
                    + "VALUES (?1, 'TICKET_RESOLVED', 'Resolved: something', ?2, ?3)").setParameter(1, user)
                    .setParameter(2, clock.instant()).setParameter(3, digest).executeUpdate();
            return lastId();
        });
    }

    private long lastId() {
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    private boolean exists(long outboxId) {
        return count("SELECT COUNT(*) FROM outbox WHERE id = ?1", outboxId) > 0;
    }

    private long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}

package app.baton.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the outbox from growing forever: SENT rows older than {@code baton.mail.keep-sent} and
 * FAILED rows older than {@code baton.mail.keep-failed} (counted from when they were written) are
 * deleted. PENDING rows are never touched, however old.
 * <p>
 * The work goes in small batches, each its own short transaction, oldest first along
 * {@code ix_outbox_created}, so the sender and the people writing mail never wait long behind it.
 * Several instances may run it: a row deleted by one is simply not found by the other.
 * <p>
 * A morning digest points at its outbox row. When that row goes, the digest and the held items it
 * carried go with it, unless the digest is so recent that its (person, day) row still guards
 * against a second digest today; then only its reference to the mail is cleared.
 */
@ApplicationScoped
public class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "baton.mail.keep-sent", defaultValue = "P30D")
    Duration keepSent;

    @ConfigProperty(name = "baton.mail.keep-failed", defaultValue = "P90D")
    Duration keepFailed;

    @ConfigProperty(name = "baton.mail.retention.batch-size", defaultValue = "1000")
    int batchSize;

    /** What one batch found and what it actually deleted (another instance may have been quicker). */
    private record Batch(int found, int deleted) {
    }

    @Scheduled(identity = "outbox-retention", every = "${baton.mail.retention.every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int deleted = purge();
            if (deleted > 0) {
                LOG.infof("Outbox retention deleted %d old mails", deleted);
            }
        } catch (RuntimeException e) {
            // the next run starts where this one stopped; nothing is half done within a batch
            LOG.errorf(e, "Outbox retention failed");
        }
    }

    /** Deletes what is past its keeping time; answers how many outbox rows went. */
    public int purge() {
        return purge(keepSent, keepFailed, batchSize);
    }

    int purge(Duration keepSent, Duration keepFailed, int batchSize) {
        Instant now = clock.instant();
        return purge(OutboxStatus.SENT, now.minus(keepSent), now, batchSize)
                + purge(OutboxStatus.FAILED, now.minus(keepFailed), now, batchSize);
    }

    private int purge(OutboxStatus status, Instant writtenBefore, Instant now, int batchSize) {
        int deleted = 0;
        while (true) {
            Batch batch = QuarkusTransaction.requiringNew()
                    .call(() -> deleteBatch(status, writtenBefore, now, batchSize));
            deleted += batch.deleted();
            if (batch.found() < batchSize) {
                return deleted;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Batch deleteBatch(OutboxStatus status, Instant writtenBefore, Instant now, int batchSize) {
        // (created_at, id) is the order of ix_outbox_created, so this reads the index from its
        // start and stops after the batch: no sort, no scan of the rows that stay.
        List<Number> found = em.createNativeQuery("SELECT id FROM outbox WHERE created_at < ?1 AND status = ?2 "
                        + "ORDER BY created_at, id LIMIT ?3")
                .setParameter(1, writtenBefore).setParameter(2, status.name()).setParameter(3, batchSize)
                .getResultList();
        if (found.isEmpty()) {
            return new Batch(0, 0);
        }
        List<Long> ids = found.stream().map(Number::longValue).toList();
        // A digest dated before yesterday (UTC) is not "today" in any time zone, so its
        // (person, day) row no longer keeps a second digest from going out.
        LocalDate guardsNothingBefore = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
        em.createNativeQuery("DELETE i FROM notification_digest_items i JOIN notification_digests d "
                        + "ON i.digest_id = d.id WHERE d.outbox_id IN (:ids) AND d.digest_date < :date")
                .setParameter("ids", ids).setParameter("date", guardsNothingBefore).executeUpdate();
        em.createNativeQuery("DELETE FROM notification_digests WHERE outbox_id IN (:ids) AND digest_date < :date")
                .setParameter("ids", ids).setParameter("date", guardsNothingBefore).executeUpdate();
        em.createNativeQuery("UPDATE notification_digests SET outbox_id = NULL WHERE outbox_id IN (:ids)")
                .setParameter("ids", ids).executeUpdate();
        int deleted = em.createNativeQuery("DELETE FROM outbox WHERE id IN (:ids) AND status = :status")
                .setParameter("ids", ids).setParameter("status", status.name()).executeUpdate();
        return new Batch(ids.size(), deleted);
    }
}

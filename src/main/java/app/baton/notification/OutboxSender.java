package app.baton.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox. Each run claims due rows in a short transaction with
 * {@code FOR UPDATE SKIP LOCKED} and leases them (their next attempt moves a lease ahead and a
 * token marks the claim), so two instances never take the same row. Mail goes out through the
 * blocking Mailer outside any transaction; each row is then marked SENT, or its failure is
 * recorded and the next attempt scheduled with exponential backoff.
 * <p>
 * At least once: if the process dies after the SMTP server accepted a mail but before the row is
 * marked SENT, the lease runs out and the mail is sent again. That window is one SMTP reply long.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    /** After this many failures in a row a run stops trying: the server is down, not one mail bad. */
    private static final int FAILURES_BEFORE_PAUSE = 3;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "baton.mail.batch-size", defaultValue = "50")
    int batchSize;

    @ConfigProperty(name = "baton.mail.lease", defaultValue = "PT5M")
    Duration lease;

    @ConfigProperty(name = "baton.mail.first-retry", defaultValue = "PT30S")
    Duration firstRetry;

    @ConfigProperty(name = "baton.mail.max-retry-interval", defaultValue = "PT15M")
    Duration maxRetryInterval;

    @ConfigProperty(name = "baton.mail.give-up-after", defaultValue = "P2D")
    Duration giveUpAfter;

    /** A claimed row, copied out of the session so sending needs no transaction. */
    record Claimed(long id, String email, String subject, String text, String html, Instant dueAt) {
    }

    @Scheduled(identity = "outbox-sender", every = "${baton.mail.every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendDue();
    }

    /** Sends every row that is due now; answers how many the SMTP server accepted. */
    public int sendDue() {
        int sent = 0;
        while (true) {
            String token = UUID.randomUUID().toString();
            List<Claimed> batch = claim(token);
            int failuresInARow = 0;
            for (int i = 0; i < batch.size(); i++) {
                Claimed message = batch.get(i);
                if (failuresInARow >= FAILURES_BEFORE_PAUSE) {
                    release(batch.subList(i, batch.size()), token);
                    return sent;
                }
                try {
                    mailer.send(Mail.withHtml(message.email(), message.subject(), message.html())
                            .setText(message.text())
                            .addHeader("Auto-Submitted", "auto-generated")
                            .addHeader("X-Baton-Outbox-Id", String.valueOf(message.id())));
                } catch (RuntimeException e) {
                    failuresInARow++;
                    failed(message, token, e);
                    continue;
                }
                failuresInARow = 0;
                sent++;
                markSent(message, token);
            }
            if (batch.size() < batchSize) {
                return sent;
            }
        }
    }

    private List<Claimed> claim(String token) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = now();
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("SELECT id FROM outbox WHERE status = 'PENDING' "
                            + "AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED")
                    .setParameter(1, now).setParameter(2, batchSize).getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            List<Long> idList = ids.stream().map(Number::longValue).toList();
            java.util.Map<Long, Instant> dueAt = new java.util.HashMap<>();
            for (OutboxMessage m : em.createQuery("from OutboxMessage where id in :ids", OutboxMessage.class)
                    .setParameter("ids", idList).getResultList()) {
                dueAt.put(m.id, m.nextAttemptAt);
            }
            em.createQuery("update OutboxMessage set leaseToken = :token, nextAttemptAt = :until where id in :ids")
                    .setParameter("token", token).setParameter("until", now.plus(lease))
                    .setParameter("ids", idList).executeUpdate();
            List<Claimed> claimed = new ArrayList<>();
            for (OutboxMessage m : em.createQuery("from OutboxMessage where id in :ids", OutboxMessage.class)
                    .setParameter("ids", idList).getResultList()) {
                claimed.add(new Claimed(m.id, m.email, m.subject, m.bodyText, m.bodyHtml, dueAt.get(m.id)));
            }
            claimed.sort(java.util.Comparator.comparing(Claimed::dueAt).thenComparing(Claimed::id));
            return claimed;
        });
    }

    private void markSent(Claimed message, String token) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                        "update OutboxMessage set status = :sent, sentAt = :now, attempts = attempts + 1, "
                                + "leaseToken = null, lastError = null where id = :id and leaseToken = :token")
                .setParameter("sent", OutboxStatus.SENT).setParameter("now", now())
                .setParameter("id", message.id()).setParameter("token", token).executeUpdate());
    }

    /** Records the failure; retries later, or gives up once the mail is older than give-up-after. */
    private void failed(Claimed message, String token, RuntimeException error) {
        LOG.warnf("Mail %d to %s not sent: %s", message.id(), message.email(), describe(error));
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage m = em.find(OutboxMessage.class, message.id());
            if (m == null || !token.equals(m.leaseToken)) {
                return;
            }
            Instant now = now();
            m.attempts++;
            m.lastError = Notifier.cut(describe(error), 2000);
            m.leaseToken = null;
            if (!m.createdAt.plus(giveUpAfter).isAfter(now)) {
                m.status = OutboxStatus.FAILED;
                LOG.errorf("Mail %d to %s given up after %d attempts", m.id, m.email, m.attempts);
            } else {
                m.nextAttemptAt = now.plus(backoff(m.attempts));
            }
        });
    }

    /**
     * Gives claimed rows back untried, due when they were before the claim and no attempt counted:
     * they come first in the next run, so every row gets its turn during an outage.
     */
    private void release(List<Claimed> untried, String token) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Claimed message : untried) {
                em.createQuery("update OutboxMessage set leaseToken = null, nextAttemptAt = :due "
                                + "where id = :id and leaseToken = :token")
                        .setParameter("due", message.dueAt()).setParameter("id", message.id())
                        .setParameter("token", token).executeUpdate();
            }
        });
    }

    /** firstRetry, doubled with every further failure, at most maxRetryInterval. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetryInterval) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetryInterval) > 0 ? maxRetryInterval : wait;
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        return message;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

package app.baton.escalation;

import app.baton.notification.EscalationNotifications;
import app.baton.notification.Notifier;
import app.baton.notification.RecipientDirectory;
import app.baton.ticket.Ticket;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Takes the escalation steps that have fallen due. Reads only the tickets whose
 * next_escalation_at has passed (ix_tickets_next_escalation), a batch at a time, each batch in a
 * short transaction of its own. Several instances may run it at once: SKIP LOCKED hands each
 * due ticket to one of them, and the unique key of escalations refuses a step taken twice.
 */
@ApplicationScoped
public class EscalationPass {

    private static final Logger LOG = Logger.getLogger(EscalationPass.class);

    /** The claim: due tickets, earliest first, skipping those another pass holds right now. */
    static final String CLAIM = "SELECT id FROM tickets WHERE next_escalation_at <= ?1"
            + " ORDER BY next_escalation_at LIMIT ?2 FOR UPDATE SKIP LOCKED";

    /** The claimed tickets, loaded after their locks are held. */
    static final String CLAIMED_TICKETS = "select t from Ticket t where t.id in :ids order by t.nextEscalationAt, t.id";

    /** A safety net: a run stops after this many batches even if tickets still look due. */
    private static final int MAX_BATCHES_PER_RUN = 1000;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    EscalationSchedule schedule;

    @Inject
    Notifier notifier;

    @Inject
    EscalationNotifications notifications;

    @ConfigProperty(name = "baton.escalation.batch-size", defaultValue = "100")
    int batchSize;

    public record Result(int tickets, int steps) {
    }

    @Scheduled(identity = "escalation-pass", every = "${baton.escalation.every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        long started = System.nanoTime();
        Result result = run();
        if (result.tickets() > 0) {
            // the benchmark (EscalationTiming) reads this line
            LOG.infof("Escalation pass: %d steps on %d tickets in %d ms", result.steps(), result.tickets(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** One pass at the clock's current time, until no due ticket is left (or all left are held by another pass). */
    public Result run() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int tickets = 0;
        int steps = 0;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            Result batch = QuarkusTransaction.requiringNew().call(() -> batch(now));
            tickets += batch.tickets();
            steps += batch.steps();
            if (batch.tickets() < batchSize) {
                break;
            }
        }
        return new Result(tickets, steps);
    }

    private Result batch(Instant now) {
        // the locking read first: the tickets are then loaded after their locks are held
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(CLAIM).setParameter(1, now).setParameter(2, batchSize)
                .getResultList();
        if (ids.isEmpty()) {
            return new Result(0, 0);
        }
        return new Result(ids.size(), takeSteps(ids.stream().map(Number::longValue).toList(), now));
    }

    /**
     * Creates (parses, without running) the pass's queries, so that the first pass after a start
     * does not spend a third of its time in Hibernate's HQL parser (ListQueryWarmup calls it);
     * answers how many.
     */
    public int createQueries() {
        em.createQuery(CLAIMED_TICKETS, Ticket.class);
        em.createQuery(EscalationSchedule.STEPS_TAKEN, Object[].class);
        return 2 + RecipientDirectory.createQueries(em);
    }

    /**
     * Takes the due steps of these tickets, whose row locks the caller holds. The batch costs the
     * same few statements whatever its size: the tickets and their steps taken in two queries,
     * the new steps in one insert, the mails in one batch (EscalationBatchCostTest).
     */
    public int takeSteps(List<Long> claimed, Instant now) {
        // The batch's changes are the tickets' next moments, written at commit; every step reads
        // (recipients, preferences) and inserts (escalations, mails) rows it never changes in the
        // session. Without this each of those queries dirty-checked the whole batch first: ~80 ms
        // a ticket at 1M requests.
        em.setFlushMode(FlushModeType.COMMIT);
        List<Ticket> tickets = em.createQuery(CLAIMED_TICKETS, Ticket.class).setParameter("ids", claimed)
                .getResultList();
        Set<EscalationSchedule.Step> taken = schedule.stepsTaken(claimed);
        notifications.readRecipientsOf(tickets);
        return notifier.writingMailOnce(() -> schedule.escalate(tickets, now, taken));
    }
}

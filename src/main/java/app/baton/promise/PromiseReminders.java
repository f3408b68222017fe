package app.baton.promise;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The reminder pass: fires {@link PromiseReminderDue} when an OPEN promise's reminder time is
 * reached and {@link PromiseOverdue} when its due time passes while still OPEN, each once per
 * promise, also with several instances running it at the same moment.
 *
 * <p>Each promise is claimed with {@code SELECT ... FOR UPDATE SKIP LOCKED}, its event fired and
 * the promise marked in one transaction of its own: another instance skips the locked row and,
 * after the commit, no longer finds it; if an observer fails, that promise alone rolls back and is
 * tried again by the next pass. The marks are written with SQL that leaves the promise's version
 * alone, so a reminder never makes someone's open edit stale. The claims read
 * ix_promises_reminder_due and ix_promises_overdue_due: only the rows that are due.
 */
@ApplicationScoped
public class PromiseReminders {

    private static final Logger LOG = Logger.getLogger(PromiseReminders.class);

    /** Bounds one pass; what is left waits for the next one. */
    static final int MAX_PER_PASS = 1000;

    static final String OVERDUE_NOTE = "Due time passed while open; escalated to the owner's head and to who made it";

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Event<PromiseReminderDue> reminderDue;

    @Inject
    Event<PromiseOverdue> overdue;

    /** How many events one pass fired. */
    public record Result(int reminded, int overdue) {
    }

    @Scheduled(identity = "promise-reminders", every = "${baton.promises.every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** One pass at the clock's current time; tests call it directly. */
    public Result run() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // overdue first: a reminder that did not go out before the due time is replaced by the escalation
        int overdueCount = drain(Step.OVERDUE, now);
        int remindedCount = drain(Step.REMINDER, now);
        return new Result(remindedCount, overdueCount);
    }

    private enum Step {
        REMINDER("reminded_at IS NULL AND remind_at <= :now AND due_at > :now", "remind_at"),
        OVERDUE("overdue_notified_at IS NULL AND due_at <= :now", "due_at");

        final String due;
        final String order;

        Step(String due, String order) {
            this.due = due;
            this.order = order;
        }
    }

    private int drain(Step step, Instant now) {
        Set<Long> failed = new HashSet<>();
        int fired = 0;
        while (fired + failed.size() < MAX_PER_PASS) {
            Long[] claimed = new Long[1];
            try {
                Boolean found = QuarkusTransaction.requiringNew().call(() -> fireNext(step, now, failed, claimed));
                if (!found) {
                    break;
                }
                fired++;
            } catch (RuntimeException e) {
                if (claimed[0] == null) {
                    throw e;
                }
                LOG.errorf(e, "Promise %d: the %s event failed; the next pass tries again", claimed[0], step);
                failed.add(claimed[0]);
            }
        }
        return fired;
    }

    private boolean fireNext(Step step, Instant now, Set<Long> failed, Long[] claimed) {
        String skipFailed = failed.isEmpty() ? ""
                : " AND id NOT IN (" + failed.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM promises WHERE status = 'OPEN' AND " + step.due
                        + skipFailed + " ORDER BY " + step.order + ", id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter("now", now)
                .getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        long id = ids.get(0).longValue();
        claimed[0] = id;
        Promise promise = Promise.findById(id);
        switch (step) {
            case REMINDER -> {
                reminderDue.fire(new PromiseReminderDue(promise));
                em.createNativeQuery("UPDATE promises SET reminded_at = :now WHERE id = :id")
                        .setParameter("now", now).setParameter("id", id).executeUpdate();
            }
            case OVERDUE -> {
                overdue.fire(new PromiseOverdue(promise));
                em.createNativeQuery("UPDATE promises SET overdue_notified_at = :now,"
                                + " remind_at = CASE WHEN reminded_at IS NULL THEN NULL ELSE remind_at END WHERE id = :id")
                        .setParameter("now", now).setParameter("id", id).executeUpdate();
                PromiseService.record(promise, now, null, PromiseHistoryKind.OVERDUE, null, null, OVERDUE_NOTE);
            }
        }
        return true;
    }
}

package app.baton.escalation;

import app.baton.sla.DeadlineCalculator;
import app.baton.ticket.Ticket;
import app.baton.ticket.TicketChanged;
import app.baton.ticket.TicketEventKind;
import app.baton.ticket.TicketStatus;
import app.baton.web.SessionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a ticket stands on its escalation ladder: which clock cycle each deadline is in, which
 * step is next and when ({@link Ticket#nextEscalationAt}), and taking the steps that are due.
 */
@ApplicationScoped
public class EscalationSchedule {

    @Inject
    EntityManager em;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    Event<EscalationRaised> raised;

    /** Business time of the receiving department between the breach and the second breach. */
    @ConfigProperty(name = "baton.escalation.second-breach-after", defaultValue = "PT4H")
    Duration secondBreachAfter;

    /**
     * Every change of a ticket may restart a clock, move a deadline or stop the clock: the cycles
     * and the next escalation moment are brought up to date in the changing transaction.
     */
    void onTicketChanged(@Observes TicketChanged changed) {
        Ticket t = changed.ticket();
        TicketEventKind kind = changed.event().kind;
        if (kind == TicketEventKind.CREATED) {
            return; // scheduled before the insert (scheduleNew), so that the row is written once
        }
        switch (kind) {
            case FORWARDED -> t.ackCycle++;
            case RESUBMITTED -> {
                t.ackCycle++;
                t.resolveCycle++;
            }
            case REOPENED, PROPOSAL_ACCEPTED -> t.resolveCycle++;
            default -> { }
        }
        // a fresh ticket or a restarted clock has taken no step yet: no need to ask the database
        boolean fresh = switch (kind) {
            case FORWARDED, RESUBMITTED, REOPENED, PROPOSAL_ACCEPTED -> true;
            default -> false;
        };
        reschedule(t, fresh);
    }

    /**
     * Sets {@link Ticket#nextEscalationAt} of a ticket not inserted yet, whose clocks have just
     * started; whoever creates a ticket calls it, as the CREATED event comes after the insert.
     */
    public void scheduleNew(Ticket t) {
        reschedule(t, true);
    }

    /** Recomputes {@link Ticket#nextEscalationAt} from the deadlines and the steps already taken. */
    public void reschedule(Ticket t) {
        reschedule(t, false);
    }

    private void reschedule(Ticket t, boolean noStepTaken) {
        Optional<Ladder> ladder = ladderOf(t);
        t.nextEscalationAt = ladder.map(l -> nextMoment(l,
                noStepTaken ? EnumSet.noneOf(EscalationLevel.class) : taken(t, l))).orElse(null);
    }

    /**
     * Takes every step of the ticket's current ladder that is due at {@code now} and not taken
     * yet, firing {@link EscalationRaised} for each step this call inserted, then reschedules.
     * The caller holds the ticket's row lock; the unique key guards against anyone who does not.
     *
     * @return how many steps this call took
     */
    public int escalate(Ticket t, Instant now) {
        return escalate(List.of(t), now, stepsTaken(t.id == null ? List.of() : List.of(t.id)));
    }

    /** A step of the ladder already taken: a row of escalations. */
    public record Step(long ticket, Deadline deadline, int cycle, EscalationLevel level) {
    }

    static final String STEPS_TAKEN = "select e.ticket.id, e.deadline, e.cycle, e.level from Escalation e"
            + " where e.ticket.id in :tickets";

    /** The steps taken so far by these tickets, in one query: a pass reads them for its whole batch. */
    public Set<Step> stepsTaken(Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Set.of();
        }
        return em.createQuery(STEPS_TAKEN, Object[].class)
                .setParameter("tickets", ticketIds).getResultStream()
                .map(r -> new Step((Long) r[0], (Deadline) r[1], (Integer) r[2], (EscalationLevel) r[3]))
                .collect(Collectors.toSet());
    }

    /**
     * As {@link #escalate(Ticket, Instant)} for a batch of tickets, given the steps they have
     * taken ({@link #stepsTaken}): every due step of the batch is written by one statement, and
     * {@link EscalationRaised} fires, in ladder order per ticket, for the steps it inserted.
     */
    public int escalate(List<Ticket> tickets, Instant now, Set<Step> stepsTaken) {
        List<Step> due = new ArrayList<>();
        Map<Long, Ticket> byId = new HashMap<>();
        for (Ticket t : tickets) {
            Optional<Ladder> found = ladderOf(t);
            if (found.isEmpty()) {
                t.nextEscalationAt = null;
                continue;
            }
            Ladder ladder = found.get();
            byId.put(t.id, t);
            Set<EscalationLevel> taken = EnumSet.noneOf(EscalationLevel.class);
            for (EscalationLevel level : EscalationLevel.values()) {
                Step step = new Step(t.id, ladder.deadline(), ladder.cycle(), level);
                if (stepsTaken.contains(step)) {
                    taken.add(level);
                } else if (!ladder.momentOf(level).isAfter(now)) {
                    due.add(step);
                    taken.add(level);
                }
            }
            t.nextEscalationAt = nextMoment(ladder, taken);
        }
        Set<Step> inserted = insert(due, now);
        for (Step step : due) {
            if (inserted.contains(step)) {
                raised.fire(new EscalationRaised(byId.get(step.ticket()), step.deadline(), step.level(), now));
            }
        }
        return inserted.size();
    }

    /**
     * Writes the steps in one statement and answers those it wrote. INSERT IGNORE skips a step
     * someone else took meanwhile (0 rows instead of an error that would roll the whole batch
     * back), and RETURNING names exactly the rows this statement inserted.
     */
    private Set<Step> insert(List<Step> steps, Instant now) {
        if (steps.isEmpty()) {
            return Set.of();
        }
        String sql = "INSERT IGNORE INTO escalations (ticket_id, deadline, cycle, level, at) VALUES "
                + String.join(", ", Collections.nCopies(steps.size(), "(?, ?, ?, ?, ?)"))
                + " RETURNING ticket_id, deadline, cycle, level";
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        return SessionJdbc.run(em, sql, false, insert -> {
            int i = 1;
            for (Step step : steps) {
                insert.setLong(i++, step.ticket());
                insert.setString(i++, step.deadline().name());
                insert.setInt(i++, step.cycle());
                insert.setString(i++, step.level().name());
                insert.setObject(i++, at);
            }
            Set<Step> written = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    written.add(new Step(rows.getLong(1), Deadline.valueOf(rows.getString(2)), rows.getInt(3),
                            EscalationLevel.valueOf(rows.getString(4))));
                }
            }
            return written;
        });
    }

    /**
     * The ladder of the deadline that can escalate now: ACK while NEW, RESOLVE while
     * ACKNOWLEDGED or IN_PROGRESS. WAITING pauses the resolution clock, so nothing escalates;
     * resuming moves the deadline and the ladder continues in the same cycle.
     */
    public Optional<Ladder> ladderOf(Ticket t) {
        if (t.status == TicketStatus.NEW && t.ackDueAt != null) {
            return Optional.of(ladder(t, Deadline.ACK, t.ackCycle, t.ackWarnAt, t.ackDueAt));
        }
        if ((t.status == TicketStatus.ACKNOWLEDGED || t.status == TicketStatus.IN_PROGRESS) && t.resolveDueAt != null) {
            return Optional.of(ladder(t, Deadline.RESOLVE, t.resolveCycle, t.resolveWarnAt, t.resolveDueAt));
        }
        return Optional.empty();
    }

    private Ladder ladder(Ticket t, Deadline deadline, int cycle, Instant warnAt, Instant dueAt) {
        Instant warn = warnAt == null || warnAt.isAfter(dueAt) ? dueAt : warnAt;
        Instant second = deadlines.plusBusinessTime(t.receivingDepartment, dueAt, secondBreachAfter);
        return new Ladder(deadline, cycle, warn, dueAt, second);
    }

    /** The first step not yet taken, in ladder order; null when all three are. */
    private static Instant nextMoment(Ladder ladder, Set<EscalationLevel> taken) {
        for (EscalationLevel level : EscalationLevel.values()) {
            if (!taken.contains(level)) {
                return ladder.momentOf(level);
            }
        }
        return null;
    }

    private Set<EscalationLevel> taken(Ticket t, Ladder ladder) {
        Set<EscalationLevel> taken = EnumSet.noneOf(EscalationLevel.class);
        if (t.id == null) {
            return taken;
        }
        taken.addAll(em.createQuery("select e.level from Escalation e where e.ticket.id = :ticket"
                        + " and e.deadline = :deadline and e.cycle = :cycle", EscalationLevel.class)
                .setParameter("ticket", t.id).setParameter("deadline", ladder.deadline())
                .setParameter("cycle", ladder.cycle()).getResultList());
        return taken;
    }

    /**
     * For tickets written by JDBC past the ticket service (demo company, benchmark generator):
     * starts each running clock on the first step of its ladder, as V5 did for the tickets that
     * existed then. A first pass catches up on the steps already due.
     */
    public static void scheduleWrittenTickets(java.sql.Connection connection) throws java.sql.SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    UPDATE tickets SET next_escalation_at = CASE
                        WHEN status = 'NEW' THEN COALESCE(ack_warn_at, ack_due_at)
                        WHEN status IN ('ACKNOWLEDGED', 'IN_PROGRESS') THEN COALESCE(resolve_warn_at, resolve_due_at)
                      END
                    WHERE next_escalation_at IS NULL AND status IN ('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS')""");
        }
    }
}

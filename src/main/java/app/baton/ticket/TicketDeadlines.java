package app.baton.ticket;

import app.baton.department.SlaTarget;
import app.baton.sla.DeadlineCalculator;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Deadlines recomputed after a ticket's priority changes. A running clock keeps its start (read
 * from the history: when it last started) and the business time it spent paused in WAITING, and
 * gets the new priority's SLA from there. A resolution date agreed through an accepted
 * counter-proposal is an agreement, not an SLA figure, so a priority change leaves it alone.
 */
@ApplicationScoped
class TicketDeadlines {

    private static final Set<TicketEventKind> ACK_STARTS = EnumSet.of(TicketEventKind.CREATED,
            TicketEventKind.FORWARDED, TicketEventKind.RESUBMITTED);
    private static final Set<TicketEventKind> RESOLVE_STARTS = EnumSet.of(TicketEventKind.CREATED,
            TicketEventKind.RESUBMITTED, TicketEventKind.REOPENED);

    @Inject
    DeadlineCalculator deadlines;

    void afterPriorityChange(Ticket t, Instant now) {
        if (!t.status.isOpen()) {
            return; // a rejected ticket gets fresh clocks when resubmitted; a finished one has none running
        }
        SlaTarget sla = t.type.slaFor(t.priority);
        List<TicketEvent> history = TicketEvent.list("ticket", Sort.by("at").and("id"), t);
        if (t.status == TicketStatus.NEW) {
            Instant ackStart = lastStart(history, ACK_STARTS, t.createdAt);
            t.ackDueAt = deadlines.plusBusinessMinutes(t.receivingDepartment, ackStart, sla.ackMinutes);
            t.ackWarnAt = deadlines.warningAt(t.receivingDepartment, ackStart, t.ackDueAt, t.type.warnPercent);
        }
        Instant resolveStart = lastStart(history, RESOLVE_STARTS, t.createdAt);
        boolean agreed = history.stream().anyMatch(e -> e.kind == TicketEventKind.PROPOSAL_ACCEPTED
                && !e.at.isBefore(resolveStart));
        if (agreed) {
            return;
        }
        Duration paused = pausedSince(history, resolveStart, t);
        Duration whole = Duration.ofMinutes(sla.resolveMinutes);
        Duration untilWarning = whole.multipliedBy(t.type.warnPercent).dividedBy(100);
        t.resolveDueAt = deadlines.plusBusinessTime(t.receivingDepartment, resolveStart, whole.plus(paused));
        t.resolveWarnAt = deadlines.plusBusinessTime(t.receivingDepartment, resolveStart, untilWarning.plus(paused));
    }

    private static Instant lastStart(List<TicketEvent> history, Set<TicketEventKind> starts, Instant fallback) {
        Instant start = fallback;
        for (TicketEvent e : history) {
            if (starts.contains(e.kind)) {
                start = e.at;
            }
        }
        return start;
    }

    /**
     * Business time of the WAITING spells that ended since the clock started; a spell still
     * running is not counted yet, since resuming adds it to the deadline as it always does.
     */
    private Duration pausedSince(List<TicketEvent> history, Instant start, Ticket t) {
        Duration paused = Duration.ZERO;
        Instant waitingFrom = null;
        for (TicketEvent e : history) {
            if (e.at.isBefore(start)) {
                continue;
            }
            if (e.to == TicketStatus.WAITING) {
                waitingFrom = e.at;
            } else if (e.from == TicketStatus.WAITING && waitingFrom != null) {
                paused = paused.plus(deadlines.businessTimeBetween(t.receivingDepartment, waitingFrom, e.at));
                waitingFrom = null;
            }
        }
        return paused;
    }
}

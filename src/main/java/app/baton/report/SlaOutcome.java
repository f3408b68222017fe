package app.baton.report;

import app.baton.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * How one request stands against its two SLA deadlines, judged on the stored times of its last
 * clock cycle (a forward or resubmission restarts the acknowledgement clock, a reopening the
 * resolution clock; pauses while WAITING have already moved the due time):
 * <ul>
 * <li>met: done at or before the due time;</li>
 * <li>breached: done after it, or not done and the due time has passed while the request is open
 * (the same moment the escalation ladder records its BREACH step);</li>
 * <li>pending: open and not yet due;</li>
 * <li>none: never done and no longer open (rejected or cancelled before it), or no deadline.</li>
 * </ul>
 */
record SlaOutcome(State ack, State resolve, Long ackMinutes, Long resolveMinutes) {

    enum State {
        MET, BREACHED, PENDING, NONE
    }

    static SlaOutcome of(TicketStatus status, Instant createdAt, Instant ackDue, Instant acknowledged,
            Instant resolveDue, Instant resolved, Instant waitingSince, Instant now) {
        Instant clock = status == TicketStatus.WAITING && waitingSince != null ? waitingSince : now;
        return new SlaOutcome(state(status, ackDue, acknowledged, clock), state(status, resolveDue, resolved, clock),
                minutes(createdAt, acknowledged), minutes(createdAt, resolved));
    }

    private static State state(TicketStatus status, Instant due, Instant done, Instant clock) {
        if (due == null) {
            return State.NONE;
        }
        if (done != null) {
            return done.isAfter(due) ? State.BREACHED : State.MET;
        }
        if (!status.isOpen()) {
            return State.NONE;
        }
        return due.isBefore(clock) ? State.BREACHED : State.PENDING;
    }

    private static Long minutes(Instant from, Instant to) {
        return from == null || to == null ? null : Duration.between(from, to).toMinutes();
    }
}

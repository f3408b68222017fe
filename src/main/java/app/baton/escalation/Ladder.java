package app.baton.escalation;

import java.time.Instant;

/**
 * The three steps of one deadline in one cycle of its clock, at the moments they fall due:
 * WARNING at the warn moment, BREACH at the deadline, SECOND_BREACH a further delay later.
 */
public record Ladder(Deadline deadline, int cycle, Instant warnAt, Instant dueAt, Instant secondBreachAt) {

    public Instant momentOf(EscalationLevel level) {
        return switch (level) {
            case WARNING -> warnAt;
            case BREACH -> dueAt;
            case SECOND_BREACH -> secondBreachAt;
        };
    }
}

package app.baton.escalation;

/**
 * The rungs of the ladder, in the order they fire: WARNING when the ticket's warnPercent of the
 * time has passed, BREACH at the deadline, SECOND_BREACH a configurable delay after it.
 */
public enum EscalationLevel {
    WARNING, BREACH, SECOND_BREACH
}

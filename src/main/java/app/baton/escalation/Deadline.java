package app.baton.escalation;

/** The two clocks of a ticket: acknowledging it and resolving it. */
public enum Deadline {
    ACK, RESOLVE
}

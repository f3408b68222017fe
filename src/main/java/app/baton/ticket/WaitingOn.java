package app.baton.ticket;

/** Whom a WAITING ticket waits for. */
public enum WaitingOn {
    CLIENT, DEPARTMENT
}

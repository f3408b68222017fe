package app.baton.ticket;

/** What a history entry records; every change of a ticket appends exactly one. */
public enum TicketEventKind {
    CREATED, UPDATED, ACKNOWLEDGED, REJECTED, RESUBMITTED, PROPOSAL_ACCEPTED, PROPOSAL_DECLINED,
    STARTED, WAITING, RESUMED, RESOLVED, CLOSED, REOPENED, CANCELLED, FORWARDED, ASSIGNED, COMMENTED,
    /** A file was attached (the note names it). */
    ATTACHED
}

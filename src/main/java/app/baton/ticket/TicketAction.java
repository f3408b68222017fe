package app.baton.ticket;

/** Something a person does to an existing ticket; the event it leaves in the history. */
public enum TicketAction {
    ACKNOWLEDGE("acknowledge", TicketEventKind.ACKNOWLEDGED),
    REJECT("reject", TicketEventKind.REJECTED),
    RESUBMIT("resubmit", TicketEventKind.RESUBMITTED),
    ACCEPT_PROPOSAL("accept-proposal", TicketEventKind.PROPOSAL_ACCEPTED),
    DECLINE_PROPOSAL("decline-proposal", TicketEventKind.PROPOSAL_DECLINED),
    START("start", TicketEventKind.STARTED),
    WAIT("wait", TicketEventKind.WAITING),
    RESUME("resume", TicketEventKind.RESUMED),
    RESOLVE("resolve", TicketEventKind.RESOLVED),
    CLOSE("close", TicketEventKind.CLOSED),
    REOPEN("reopen", TicketEventKind.REOPENED),
    CANCEL("cancel", TicketEventKind.CANCELLED),
    FORWARD("forward", TicketEventKind.FORWARDED),
    ASSIGN("assign", TicketEventKind.ASSIGNED),
    COMMENT("comment", TicketEventKind.COMMENTED),
    UPDATE("update", TicketEventKind.UPDATED);

    /** The name used in the API path and in messages. */
    public final String label;
    public final TicketEventKind event;

    TicketAction(String label, TicketEventKind event) {
        this.label = label;
        this.event = event;
    }
}

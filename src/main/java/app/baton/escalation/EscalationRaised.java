package app.baton.escalation;

import app.baton.ticket.Ticket;
import java.time.Instant;

/**
 * Fired synchronously inside the transaction that recorded the escalation, once per (ticket,
 * deadline, level): the notification outbox listens and decides who must be told.
 */
public record EscalationRaised(Ticket ticket, Deadline deadline, EscalationLevel level, Instant at) {
}

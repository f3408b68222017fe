package app.baton.ticket;

/**
 * Fired synchronously, inside the changing transaction, after each event of a ticket is
 * recorded. Observers (notifications, escalations) write their own rows in the same transaction,
 * so a change and what it causes commit or roll back together.
 *
 * @param ticket  the ticket as it is after the change
 * @param event   the history entry just recorded
 * @param comment the comment added, for {@link TicketEventKind#COMMENTED}; otherwise null
 */
public record TicketChanged(Ticket ticket, TicketEvent event, TicketComment comment) {
}

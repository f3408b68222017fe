package app.baton.ticket;

import app.baton.client.Client;
import app.baton.department.RequestType;
import app.baton.user.User;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may see and do what with tickets: the one place for these rules. Roles and visibility
 * are a later issue; until then every signed-in user may do everything.
 */
@ApplicationScoped
public class TicketPermissions {

    public void checkCreate(User actor, RequestType type, Client client) {
        // everyone may create for now
    }

    public void checkView(User actor, Ticket ticket) {
        // everyone may see every ticket for now
    }

    public void checkAction(User actor, TicketAction action, Ticket ticket) {
        // everyone may take every action for now
    }

    /**
     * Narrows a ticket search to what the actor may see by adding to {@code query}; adds
     * nothing for now.
     */
    void restrictSearch(User actor, TicketQuery query) {
        // no restriction for now
    }
}

package app.baton.ticket;

import app.baton.user.AccessScope;

import app.baton.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The ticket side of deactivating a person: their open assigned requests go to the successor
 * when the successor works in the receiving department and may see the request, otherwise back to that department's
 * queue; and they stop watching anything. Runs inside the deactivation's transaction.
 */
@ApplicationScoped
public class TicketHandover {

    @Inject
    EntityManager em;

    @Inject
    Event<TicketChanged> changed;

    public record Result(int reassigned, int returnedToQueue, int watchesEnded) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Result handOver(User leaving, User successor, User actor, Instant now) {
        List<Ticket> assigned = Ticket.list("assignee = ?1 and status in ?2 order by id", leaving,
                List.of(TicketStatus.NEW, TicketStatus.ACKNOWLEDGED, TicketStatus.IN_PROGRESS, TicketStatus.WAITING));
        int reassigned = 0;
        int returned = 0;
        AccessScope successorScope = successor == null ? null : AccessScope.of(successor, em);
        for (Ticket t : assigned) {
            // a successor outside the department, or not named on a restricted client, could not
            // even open the request: it goes back to the queue rather than to someone blind to it
            boolean member = successor != null && successor.departments.stream()
                    .anyMatch(d -> Objects.equals(d.id, t.receivingDepartment.id))
                    && TicketPermissions.canView(successorScope, t);
            t.assignee = member ? successor : null;
            t.updatedAt = now;
            String note = member
                    ? "Handed over from " + leaving.name + " (deactivated) to " + successor.name
                    : "Back to the " + t.receivingDepartment.code + " queue: " + leaving.name + " was deactivated";
            TicketEvent event = new TicketEvent();
            event.ticket = t;
            event.at = now;
            event.actor = actor;
            event.kind = TicketEventKind.ASSIGNED;
            event.note = note;
            event.persist();
            changed.fire(new TicketChanged(t, event, null));
            if (member) {
                reassigned++;
            } else {
                returned++;
            }
        }
        em.flush();
        int watches = em.createNativeQuery("DELETE FROM ticket_watchers WHERE user_id = ?1")
                .setParameter(1, leaving.id).executeUpdate();
        return new Result(reassigned, returned, watches);
    }
}

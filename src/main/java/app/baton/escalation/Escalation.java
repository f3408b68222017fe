package app.baton.escalation;

import app.baton.ticket.Ticket;
import app.baton.ticket.TicketView.EscalationView;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One step of the ladder taken on one deadline of a ticket. Rows are only ever inserted, by
 * {@link EscalationSchedule#escalate}; the unique key (ticket, deadline, cycle, level) makes each
 * step happen once.
 */
@Entity
@Table(name = "escalations")
public class Escalation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    public Ticket ticket;

    @Enumerated(EnumType.STRING)
    public Deadline deadline;

    /** The cycle of that deadline's clock (Ticket.ackCycle or resolveCycle) when the step was taken. */
    public int cycle;

    @Enumerated(EnumType.STRING)
    public EscalationLevel level;

    /** When the step was taken. */
    @Column(name = "at")
    public Instant at;

    public EscalationView view() {
        return new EscalationView(deadline.name(), level.name(), at);
    }

    /** Every step taken on a ticket, all cycles, in the order they happened. */
    public static List<EscalationView> viewsOf(Ticket ticket) {
        return Escalation.<Escalation>list("ticket", Sort.by("at").and("id"), ticket).stream()
                .map(Escalation::view).toList();
    }

    /**
     * For a page of tickets, in one query: the steps taken on the deadline that applies to each
     * now (ACK while NEW, RESOLVE while otherwise open), in its current cycle.
     */
    public static Map<Long, List<EscalationView>> currentOf(Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        List<Escalation> rows = Escalation.<Escalation>find("""
                select e from Escalation e join e.ticket t
                where t.id in ?1 and (
                  (t.status = app.baton.ticket.TicketStatus.NEW
                    and e.deadline = app.baton.escalation.Deadline.ACK and e.cycle = t.ackCycle)
                  or (t.status in (app.baton.ticket.TicketStatus.ACKNOWLEDGED, app.baton.ticket.TicketStatus.IN_PROGRESS,
                      app.baton.ticket.TicketStatus.WAITING)
                    and e.deadline = app.baton.escalation.Deadline.RESOLVE and e.cycle = t.resolveCycle))
                order by e.at, e.id""", ticketIds).list();
        return rows.stream().collect(Collectors.groupingBy(e -> e.ticket.id,
                Collectors.mapping(Escalation::view, Collectors.toList())));
    }
}

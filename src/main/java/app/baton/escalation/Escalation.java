package app.baton.escalation;

import app.baton.ticket.Ticket;
import app.baton.ticket.TicketView.EscalationView;
import app.baton.web.InList;
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

    /** ACK in its current cycle while NEW, RESOLVE in its current cycle while otherwise open. */
    private static boolean onCurrentDeadline(Escalation e) {
        app.baton.ticket.Ticket t = e.ticket;
        return switch (t.status) {
            case NEW -> e.deadline == Deadline.ACK && e.cycle == t.ackCycle;
            case ACKNOWLEDGED, IN_PROGRESS, WAITING -> e.deadline == Deadline.RESOLVE && e.cycle == t.resolveCycle;
            default -> false;
        };
    }

    /**
     * For a page of tickets, in one query: the steps taken on the deadline that applies to each
     * now (ACK while NEW, RESOLVE while otherwise open), in its current cycle.
     */
    public static Map<Long, List<EscalationView>> currentOf(Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        // The steps of every cycle, filtered here: the same filter written in HQL (nested
        // status and deadline conditions) cost Hibernate 6.6's parser seconds and over a hundred
        // megabytes the first time, and four first requests at once ran a 256 MB heap out of memory.
        // The tickets are not joined: the page asking has just read them into this session, where
        // e.ticket finds them (any other is read in batches), and joining read every step's
        // ticket row again, a third of the queue page's database time.
        // One placeholder per id (InList): a list-valued parameter made Hibernate build the SQL again each time.
        InList ids = InList.of(ticketIds);
        List<Escalation> rows = Escalation.<Escalation>find("select e from Escalation e"
                + " where e.ticket.id in " + ids.placeholders(1) + " order by e.at, e.id", ids.values())
                .<Escalation>stream().filter(Escalation::onCurrentDeadline).toList();
        return rows.stream().collect(Collectors.groupingBy(e -> e.ticket.id,
                Collectors.mapping(Escalation::view, Collectors.toList())));
    }
}

package app.baton.ticket;

import app.baton.user.User;
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
import org.hibernate.annotations.Immutable;

/** One entry of a ticket's history: who did what, when, from which status to which. Never changed. */
@Entity
@Immutable
@Table(name = "ticket_events")
public class TicketEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    public Ticket ticket;

    public Instant at;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    public User actor;

    @Enumerated(EnumType.STRING)
    public TicketEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public TicketStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public TicketStatus to;

    public String note;
}

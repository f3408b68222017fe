package app.baton.promise;

import app.baton.client.Client;
import app.baton.ticket.Ticket;
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
import jakarta.persistence.Version;
import java.time.Instant;

/** A dated commitment to a client ("call back 23 Nov 15:00"), alone or belonging to a ticket. */
@Entity
@Table(name = "promises")
public class Promise extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Version
    public long version;

    /** Null for a promise that stands alone. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    public Ticket ticket;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    public Client client;

    public String text;

    @Column(name = "due_at")
    public Instant dueAt;

    /** Who gave the promise to the client. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "made_by_id")
    public User madeBy;

    /** Who must keep it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    public User owner;

    @Enumerated(EnumType.STRING)
    public PromiseStatus status = PromiseStatus.OPEN;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When the owner is to be reminded; null for no reminder. */
    @Column(name = "remind_at")
    public Instant remindAt;

    /** Set by the reminder pass, with SQL that leaves {@link #version} alone (see PromiseReminders). */
    @Column(name = "reminded_at", insertable = false, updatable = false)
    public Instant remindedAt;

    @Column(name = "overdue_notified_at", insertable = false, updatable = false)
    public Instant overdueNotifiedAt;

    /** The promise this one replaced when it was renegotiated. */
    @Column(name = "renegotiated_from_id")
    public Long renegotiatedFromId;

    /** The promise that replaced this one; set when it became RENEGOTIATED. */
    @Column(name = "renegotiated_to_id")
    public Long renegotiatedToId;

    /** Open and its due time has passed: the client is waiting for something not done. */
    public boolean overdue(Instant now) {
        return status == PromiseStatus.OPEN && !dueAt.isAfter(now);
    }
}

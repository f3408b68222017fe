package app.baton.ticket;

import app.baton.client.Client;
import app.baton.client.Contact;
import app.baton.department.Department;
import app.baton.department.RequestType;
import app.baton.user.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** A request handed from one department to another. */
@Entity
@Table(name = "tickets")
public class Ticket extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** SRV-1042: the receiving department's code at creation and its number; kept when forwarded. */
    @Column(name = "ticket_key")
    public String key;

    @Version
    public long version;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "type_id")
    public RequestType type;

    public String title;
    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    public Client client;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    public Contact contact;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    public TicketStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requester_id")
    public User requester;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requesting_department_id")
    public Department requestingDepartment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "receiving_department_id")
    public Department receivingDepartment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    public User assignee;

    @ElementCollection
    @CollectionTable(name = "ticket_watchers", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "user_id")
    public Set<Long> watchers = new LinkedHashSet<>();

    @Column(name = "ack_due_at")
    public Instant ackDueAt;

    @Column(name = "resolve_due_at")
    public Instant resolveDueAt;

    /** When the acknowledgement deadline's warning is due (warnPercent of its time). */
    @Column(name = "ack_warn_at")
    public Instant ackWarnAt;

    @Column(name = "resolve_warn_at")
    public Instant resolveWarnAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** A resolution date counter-proposed when acknowledging, until the requester answers it. */
    @Column(name = "proposed_due_at")
    public Instant proposedDueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "waiting_on")
    public WaitingOn waitingOn;

    @Column(name = "waiting_since")
    public Instant waitingSince;

    @Column(name = "reject_reason")
    public String rejectReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    // --- escalation state (V5), kept by app.baton.escalation.EscalationSchedule -------------
    // Excluded from the optimistic version: the escalation pass writing them must not make a
    // person's next change of the ticket fail as stale.

    /** Cycle of the acknowledgement clock: grows when it restarts (forward, resubmit). */
    @Column(name = "ack_cycle")
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    public int ackCycle = 1;

    /** Cycle of the resolution clock: grows when it restarts (resubmit, reopen, accepted proposal). */
    @Column(name = "resolve_cycle")
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    public int resolveCycle = 1;

    /** The earliest escalation step still to take on the deadline that applies now; null when none can. */
    @Column(name = "next_escalation_at")
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    public Instant nextEscalationAt;
    // --- end of escalation state ---------------------------------------------------------------

    // Columns the database derives from status (V1, V3); for queries only: they are not
    // refreshed after a change in this session, so Java code reads status and the deadlines.
    @Column(name = "is_open", insertable = false, updatable = false)
    Boolean openColumn;

    @Column(name = "due_at", insertable = false, updatable = false)
    Instant dueAtColumn;

    @Column(name = "warn_at", insertable = false, updatable = false)
    Instant warnAtColumn;

    public static Optional<Ticket> findByKey(String key) {
        return key == null ? Optional.empty()
                : find("from Ticket t where t.key = ?1", key.trim().toUpperCase()).firstResultOptional();
    }

    /** The deadline that applies now: acknowledgement while NEW, resolution while otherwise open. */
    public Instant currentDueAt() {
        if (status == TicketStatus.NEW) {
            return ackDueAt;
        }
        return status.isOpen() ? resolveDueAt : null;
    }

    public Instant currentWarnAt() {
        if (status == TicketStatus.NEW) {
            return ackWarnAt;
        }
        return status.isOpen() ? resolveWarnAt : null;
    }

    /** WAITING pauses the clock: a waiting ticket is judged at the moment it started to wait. */
    private Instant clockAt(Instant now) {
        return status == TicketStatus.WAITING && waitingSince != null ? waitingSince : now;
    }

    public boolean overdue(Instant now) {
        Instant due = currentDueAt();
        return due != null && due.isBefore(clockAt(now));
    }

    public boolean atRisk(Instant now) {
        Instant warn = currentWarnAt();
        return warn != null && !overdue(now) && !warn.isAfter(clockAt(now));
    }
}

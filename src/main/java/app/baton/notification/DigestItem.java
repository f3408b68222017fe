package app.baton.notification;

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
import java.time.Instant;

/** A notification held for its recipient's next daily digest (they chose DIGEST for its kind). */
@Entity
@Table(name = "notification_digest_items")
public class DigestItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    public User user;

    @Enumerated(EnumType.STRING)
    public NotificationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    public Ticket ticket;

    /** The notification's subject, in the recipient's language. */
    public String line;

    public String link;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Set when a digest took it. */
    @Column(name = "digest_id")
    public Long digestId;
}

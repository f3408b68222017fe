package app.baton.client;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A call, email, meeting, note or complaint logged on a client's timeline. */
@Entity
@Table(name = "interactions")
public class Interaction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_id")
    public Long clientId;

    @Column(name = "contact_id")
    public Long contactId;

    @Enumerated(EnumType.STRING)
    public InteractionKind kind;

    /** When it happened, which may be earlier than when it was logged. */
    public Instant at;

    @Column(name = "by_user_id")
    public Long byUserId;

    public String summary;

    @Column(name = "created_at")
    public Instant createdAt;
}

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

/** One audited field change of a client, its contacts or aliases; never updated once written. */
@Entity
@Table(name = "client_changes")
public class ClientChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_id")
    public Long clientId;

    @Enumerated(EnumType.STRING)
    public ChangedEntity entity;

    @Column(name = "entity_id")
    public Long entityId;

    public String field;

    @Column(name = "old_value")
    public String oldValue;

    @Column(name = "new_value")
    public String newValue;

    public Instant at;

    @Column(name = "actor_id")
    public Long actorId;

    /** The change this one undid, when it is a revert. */
    @Column(name = "reverts_id")
    public Long revertsId;
}

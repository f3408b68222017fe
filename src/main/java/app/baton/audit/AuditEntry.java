package app.baton.audit;

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
import org.hibernate.annotations.Immutable;

/** One row of the audit log; written once, never changed. */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;

    @Column(name = "actor_id")
    public Long actorId;

    /** The actor's email when it happened; for a failed login, the email that was tried. */
    public String actor;

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    /** What was acted on, e.g. "user:42", "token:7", "client:3/change:19". */
    public String target;

    public String address;
    public String detail;
}

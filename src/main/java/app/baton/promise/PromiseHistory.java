package app.baton.promise;

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

/** One change of a promise, append-only. */
@Entity
@Table(name = "promise_history")
public class PromiseHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "promise_id")
    public Long promiseId;

    public Instant at;

    /** Null when the reminder pass wrote it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    public User actor;

    @Enumerated(EnumType.STRING)
    public PromiseHistoryKind kind;

    @Column(name = "old_due_at")
    public Instant oldDueAt;

    @Column(name = "new_due_at")
    public Instant newDueAt;

    public String note;

    static PromiseHistory of(Promise promise, Instant at, User actor, PromiseHistoryKind kind, Instant oldDueAt,
            Instant newDueAt, String note) {
        PromiseHistory entry = new PromiseHistory();
        entry.promiseId = promise.id;
        entry.at = at;
        entry.actor = actor;
        entry.kind = kind;
        entry.oldDueAt = oldDueAt;
        entry.newDueAt = newDueAt;
        entry.note = note;
        return entry;
    }
}

package app.baton.department;

import app.baton.ticket.Priority;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** An entry of a department's catalogue (Repair, Invoice, ...) with its SLA targets per priority. */
@Entity
@Table(name = "request_types")
public class RequestType extends PanacheEntityBase {

    /** Used when a type has no target for the request's priority nor for its own default. */
    public static final SlaTarget FALLBACK_SLA = fallback();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    public Department department;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_priority")
    public Priority defaultPriority = Priority.NORMAL;

    @Column(name = "warn_percent")
    public int warnPercent = 75;

    public boolean active = true;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_type_sla", joinColumns = @JoinColumn(name = "request_type_id"))
    @MapKeyColumn(name = "priority")
    @MapKeyEnumerated(EnumType.STRING)
    public Map<Priority, SlaTarget> sla = new EnumMap<>(Priority.class);

    /** The target for a priority, falling back to the type's default priority. */
    public SlaTarget slaFor(Priority priority) {
        SlaTarget target = sla.get(priority);
        if (target == null) {
            target = sla.get(defaultPriority);
        }
        return target == null ? FALLBACK_SLA : target;
    }

    /**
     * The type with its receiving department and its SLA targets in one statement: creating a
     * request needs all three, and the lazy department cost every create a statement of its own.
     * A query text rather than a load graph: Hibernate caches a text's plan, but builds the SQL of
     * an entity-graph load again on every call, and that was 7% of a create's CPU (async-profiler).
     */
    public static RequestType findWithDepartment(Long id) {
        if (id == null) {
            return null;
        }
        // list(), not firstResult(): a row limit with a collection fetched is applied in memory,
        // and Hibernate does not cache the plan of such a query
        List<RequestType> found = find(WITH_DEPARTMENT, id).list();
        return found.isEmpty() ? null : found.get(0);
    }

    static final String WITH_DEPARTMENT = "from RequestType t left join fetch t.department left join fetch t.sla"
            + " where t.id = ?1";

    private static SlaTarget fallback() {
        SlaTarget target = new SlaTarget();
        target.ackMinutes = 8 * 60;
        target.resolveMinutes = 5 * 24 * 60;
        return target;
    }
}

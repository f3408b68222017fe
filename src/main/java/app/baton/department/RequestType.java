package app.baton.department;

import app.baton.ticket.Priority;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
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
     * The type with its receiving department in one statement: creating a request needs both,
     * and the lazy department cost every create a statement of its own.
     */
    public static RequestType findWithDepartment(Long id) {
        if (id == null) {
            return null;
        }
        EntityManager em = getEntityManager();
        EntityGraph<RequestType> withDepartment = em.createEntityGraph(RequestType.class);
        withDepartment.addAttributeNodes("department");
        return em.find(RequestType.class, id, Map.of("jakarta.persistence.loadgraph", withDepartment));
    }

    private static SlaTarget fallback() {
        SlaTarget target = new SlaTarget();
        target.ackMinutes = 8 * 60;
        target.resolveMinutes = 5 * 24 * 60;
        return target;
    }
}

package app.baton.client;

import app.baton.department.Department;
import app.baton.user.User;
import app.baton.web.InList;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A company or a private person the company serves; it belongs to the company, not to one employee. */
@Entity
@Table(name = "clients")
public class Client extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Version
    public long version;

    public String name;

    @Column(name = "registration_code")
    public String registrationCode;

    @Column(name = "vat_code")
    public String vatCode;

    public String region;
    public String segment;
    public String industry;

    /** The parent company in a corporate group of any depth. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Client parent;

    /** The parent's id without loading the parent (read-only mirror of parent_id). */
    @Column(name = "parent_id", insertable = false, updatable = false)
    public Long parentId;

    /** The account owner. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    public User owner;

    /** The owner's id without loading the user (read-only mirror of owner_id). */
    @Column(name = "owner_id", insertable = false, updatable = false)
    public Long ownerId;

    /** Visible only to allowedUsers, allowedDepartments and administrators when set. */
    public boolean restricted;

    @ManyToMany
    @JoinTable(name = "client_allowed_users", joinColumns = @JoinColumn(name = "client_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    public Set<User> allowedUsers = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "client_allowed_departments", joinColumns = @JoinColumn(name = "client_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    public Set<Department> allowedDepartments = new LinkedHashSet<>();

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<ClientAlias> aliases = new ArrayList<>();

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL)
    @OrderBy("id")
    public List<Contact> contacts = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * The clients of these ids in their order, those not found left out, in one query: a page of
     * search hits. Their aliases, contacts and access lists load in batches when read.
     */
    public static List<Client> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList in = InList.of(ids);
        Map<Long, Client> byId = Client.<Client>list("id in " + in.placeholders(1), in.values()).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}

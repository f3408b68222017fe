package app.baton.user;

import app.baton.department.Department;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** A person who works in Baton: staff, a department head or an administrator. */
@Entity
@Table(name = "users")
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String email;
    public String name;

    @Column(name = "password_hash")
    public String passwordHash;

    public String language = "en";

    @Column(name = "time_zone")
    public String timeZone = "Europe/Vilnius";

    public boolean active = true;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    public Set<Role> roles = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "user_skills", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "skill")
    public Set<String> skills = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "user_departments", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    public Set<Department> departments = new LinkedHashSet<>();

    /**
     * The departments this person heads (Department.heads owns the link): read with the signed-in
     * person, so that their AccessScope needs no statement of its own (CurrentUser).
     */
    @ManyToMany(mappedBy = "heads")
    public Set<Department> headOf = new LinkedHashSet<>();

    public static Optional<User> findByEmail(String email) {
        return find("lower(email) = ?1", email.trim().toLowerCase()).firstResultOptional();
    }

    /** The users with these ids; an unknown id is a 400 error on {@code field}[index]. */
    public static Set<User> requireAll(java.util.List<Long> ids, String field) {
        Set<User> found = new LinkedHashSet<>();
        if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                User user = findById(ids.get(i));
                if (user == null) {
                    throw app.baton.web.ProblemException.badField(field + "[" + i + "]", "no user has the id " + ids.get(i));
                }
                found.add(user);
            }
        }
        return found;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}

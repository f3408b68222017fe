package app.baton.department;

import app.baton.user.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A department that sends and receives requests; its code prefixes its request keys (SRV-1042). */
@Entity
@Table(name = "departments")
public class Department extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String name;
    public String email;

    /** The business calendar its SLA clock runs on; null counts every minute. */
    @Column(name = "calendar_id")
    public Long calendarId;

    public boolean active = true;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @ManyToMany
    @JoinTable(name = "department_heads", joinColumns = @JoinColumn(name = "department_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    public Set<User> heads = new LinkedHashSet<>();

    public static Optional<Department> findByCode(String code) {
        return code == null ? Optional.empty() : find("code", code.trim().toUpperCase()).firstResultOptional();
    }

    /** The departments with these codes; an unknown code is a 400 error on {@code field}[index]. */
    public static Set<Department> requireAll(java.util.List<String> codes, String field) {
        Set<Department> found = new LinkedHashSet<>();
        if (codes != null) {
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                String element = field + "[" + i + "]";
                found.add(findByCode(code).orElseThrow(() -> app.baton.web.ProblemException.badField(
                        element, "no department has the code " + code)));
            }
        }
        return found;
    }

    public String code() {
        return code;
    }
}

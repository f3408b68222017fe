package app.baton.client;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person at a client; kept (marked leftCompany) when they leave so that history still reads. */
@Entity
@Table(name = "contacts")
public class Contact extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    public Client client;

    @Version
    public long version;

    public String name;
    public String role;
    public String phone;
    public String email;

    @Column(name = "left_company")
    public boolean leftCompany;

    @Column(name = "created_at")
    public Instant createdAt;
}

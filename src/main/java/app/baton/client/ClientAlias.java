package app.baton.client;

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
import java.time.LocalDate;

/** Another name of a client: a former name, a spelling in another script, a brand. */
@Entity
@Table(name = "client_aliases")
public class ClientAlias extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    public Client client;

    public String name;

    @Enumerated(EnumType.STRING)
    public AliasKind kind;

    /** For a former name: the day it stopped being the client's name. */
    public LocalDate until;

    @Column(name = "created_at")
    public Instant createdAt;
}

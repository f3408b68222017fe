package app.baton.attachment;

import app.baton.ticket.Ticket;
import app.baton.user.User;
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
import java.time.Instant;
import java.util.List;

/** A file attached to a ticket; the bytes are in the {@link AttachmentStore} under {@link #storageKey}. */
@Entity
@Table(name = "ticket_attachments")
public class Attachment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    public Ticket ticket;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long size;

    public String sha256;

    @Column(name = "storage_key")
    public String storageKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by")
    public User uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    public static List<Attachment> of(Ticket ticket) {
        return list("ticket = ?1 order by uploadedAt, id", ticket);
    }
}

package app.baton.attachment;

import app.baton.ticket.Ticket;
import app.baton.ticket.TicketEvent;
import app.baton.ticket.TicketEventKind;
import app.baton.ticket.TicketService;
import app.baton.user.CurrentUser;
import app.baton.user.User;
import app.baton.web.Problem;
import app.baton.web.ProblemException;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Attaching files to tickets and reading them back. Whoever may see a ticket may attach to it
 * and download its files ({@link TicketService#find} checks that); each attachment is recorded
 * on the ticket's history as ATTACHED.
 */
@ApplicationScoped
public class AttachmentService {

    @Inject
    TicketService tickets;

    @Inject
    AttachmentStore store;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @ConfigProperty(name = "baton.attachments.max-size")
    MemorySize maxSize;

    /** An uploaded file as the web layer received it (a temporary file). */
    public record Upload(Path file, String fileName, String contentType) {
    }

    public long maxBytes() {
        return maxSize.asLongValue();
    }

    @Transactional
    public Attachment attach(String key, Upload upload) {
        Ticket ticket = tickets.find(key);
        if (upload == null || upload.file() == null) {
            throw ProblemException.badField("file", "attach a file as the multipart part named file");
        }
        String name = AttachmentRules.cleanName(upload.fileName());
        String type = AttachmentRules.normalType(upload.contentType());
        long size;
        try {
            size = Files.size(upload.file());
            if (size == 0) {
                throw ProblemException.badField("file", "is empty");
            }
            if (size > maxBytes()) {
                throw new ProblemException(413, "Content Too Large", "The file is larger than the limit of "
                        + maxBytes() + " bytes", List.of(new Problem.FieldError("file", "is larger than "
                        + maxBytes() + " bytes")));
            }
            if (!AttachmentRules.allowedType(type)) {
                throw refused(type + " files are not accepted");
            }
            if (AttachmentRules.executableName(name) || AttachmentRules.executableContent(upload.file())) {
                throw refused("programs and scripts are not accepted");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha256 = sha256(upload.file());
        String storageKey = store.put(upload.file());
        try {
            User actor = User.findById(currentUser.id());
            Attachment a = new Attachment();
            a.ticket = ticket;
            a.fileName = name;
            a.contentType = type;
            a.size = size;
            a.sha256 = sha256;
            a.storageKey = storageKey;
            a.uploadedBy = actor;
            a.uploadedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            a.persist();
            TicketEvent event = new TicketEvent();
            event.ticket = ticket;
            event.at = a.uploadedAt;
            event.actor = actor;
            event.kind = TicketEventKind.ATTACHED;
            event.note = name;
            event.persist();
            Attachment.flush();
            return a;
        } catch (RuntimeException e) {
            store.discard(storageKey);
            throw e;
        }
    }

    public List<Attachment> list(String key) {
        return Attachment.of(tickets.find(key));
    }

    /** The attachment of a visible ticket; an id of another ticket's file is not found. */
    public Attachment find(String key, long id) {
        Ticket ticket = tickets.find(key);
        Attachment a = Attachment.findById(id);
        if (a == null || !a.ticket.id.equals(ticket.id)) {
            throw ProblemException.notFound("Attachment " + id + " of " + key);
        }
        return a;
    }

    public InputStream open(Attachment a) {
        try {
            return store.open(a.storageKey);
        } catch (IOException e) {
            throw ProblemException.notFound("The file of attachment " + a.id);
        }
    }

    private static ProblemException refused(String message) {
        return new ProblemException(415, "Unsupported Media Type", "This kind of file cannot be attached: " + message,
                List.of(new Problem.FieldError("file", message)));
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

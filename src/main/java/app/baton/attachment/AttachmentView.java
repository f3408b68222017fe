package app.baton.attachment;

import java.time.Instant;

/** An attachment as the API shows it; {@code download} is where its bytes are. */
public record AttachmentView(Long id, String ticket, String fileName, String contentType, long size, String sha256,
        Long uploadedBy, Instant uploadedAt, String download) {

    public static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id, a.ticket.key, a.fileName, a.contentType, a.size, a.sha256,
                a.uploadedBy == null ? null : a.uploadedBy.id, a.uploadedAt,
                "/api/tickets/" + a.ticket.key + "/attachments/" + a.id);
    }
}

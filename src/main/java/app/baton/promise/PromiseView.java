package app.baton.promise;

import app.baton.web.EntityIds;
import java.time.Instant;

public record PromiseView(Long id, long version, String ticket, Long client, String text, Instant dueAt,
        Long madeBy, Long owner, PromiseStatus status, Instant createdAt) {

    public static PromiseView of(Promise p) {
        return new PromiseView(p.id, p.version, p.ticket == null ? null : p.ticket.key, EntityIds.of(p.client), p.text,
                p.dueAt, EntityIds.of(p.madeBy), EntityIds.of(p.owner), p.status, p.createdAt);
    }
}

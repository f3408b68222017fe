package app.baton.promise;

import app.baton.web.EntityIds;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A promise as the API shows it. {@code overdue}: still OPEN after its due time.
 * {@code history} is the story of the whole renegotiation chain up to this promise, oldest first,
 * each entry naming the promise it happened to.
 */
public record PromiseView(Long id, long version, String ticket, Long client, String text, Instant dueAt,
        Long madeBy, Long owner, PromiseStatus status, boolean overdue, Instant remindAt, Instant remindedAt,
        Instant overdueNotifiedAt, Long renegotiatedFrom, Long renegotiatedTo, Instant createdAt,
        Instant updatedAt, @JsonInclude(JsonInclude.Include.NON_NULL) List<HistoryView> history) {

    public record HistoryView(Long promise, Instant at, Long actor, PromiseHistoryKind kind, Instant oldDueAt,
            Instant newDueAt, String note) {

        static HistoryView of(PromiseHistory h) {
            return new HistoryView(h.promiseId, h.at, EntityIds.of(h.actor), h.kind, h.oldDueAt, h.newDueAt, h.note);
        }
    }

    static PromiseView of(Promise p, Instant now, List<HistoryView> history) {
        return new PromiseView(p.id, p.version, p.ticket == null ? null : p.ticket.key, EntityIds.of(p.client),
                p.text, p.dueAt, EntityIds.of(p.madeBy), EntityIds.of(p.owner), p.status, p.overdue(now), p.remindAt,
                p.remindedAt, p.overdueNotifiedAt, p.renegotiatedFromId, p.renegotiatedToId, p.createdAt,
                p.updatedAt, history);
    }
}

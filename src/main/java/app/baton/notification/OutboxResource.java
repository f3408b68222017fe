package app.baton.notification;

import app.baton.user.Administrators;
import app.baton.web.PageResult;
import app.baton.web.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;

/** Administrators look into the outbox: mail waiting, sent and failing. */
@Path("/api/notifications/outbox")
@Authenticated
public class OutboxResource {

    @Inject
    Administrators admins;

    public record OutboxView(long id, NotificationKind kind, Long recipient, String email, String language,
            String subject, String ticket, OutboxStatus status, int attempts, Instant nextAttemptAt,
            String lastError, Instant createdAt, Instant sentAt) {

        static OutboxView of(OutboxMessage m) {
            return new OutboxView(m.id, m.kind, m.recipient == null ? null : m.recipient.id, m.email, m.language,
                    m.subject, m.ticket == null ? null : m.ticket.key, m.status, m.attempts, m.nextAttemptAt,
                    m.lastError, m.createdAt, m.sentAt);
        }
    }

    @GET
    @Transactional
    public PageResult<OutboxView> list(@QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        admins.require("look into the outbox");
        Sort newestFirst = Sort.descending("createdAt").and("id", Sort.Direction.Descending);
        PanacheQuery<OutboxMessage> query;
        if (status == null || status.isBlank()) {
            query = OutboxMessage.findAll(newestFirst);
        } else {
            OutboxStatus wanted;
            try {
                wanted = OutboxStatus.valueOf(status.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badField("status", "must be one of PENDING, SENT, FAILED");
            }
            query = OutboxMessage.find("status", newestFirst, wanted);
        }
        query.page(Page.of(page, size));
        return new PageResult<>(query.list().stream().map(OutboxView::of).toList(), page, size, query.count());
    }
}

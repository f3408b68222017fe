package app.baton.notification;

import app.baton.user.Administrators;
import app.baton.web.PageResult;
import app.baton.web.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
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
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Newest first. {@code status} is one of PENDING, SENT, FAILED; {@code recipient} a user id;
     * {@code email} an address, whatever its case (a department's address has no user).
     */
    @GET
    @Transactional
    public PageResult<OutboxView> list(@QueryParam("status") String status,
            @QueryParam("recipient") String recipient,
            @QueryParam("email") String email,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Integer.MAX_VALUE / PageResult.MAX_SIZE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        admins.require("look into the outbox");
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (status != null && !status.isBlank()) {
            try {
                params.and("status", OutboxStatus.valueOf(status.trim().toUpperCase()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badField("status", "must be one of PENDING, SENT, FAILED");
            }
            where.add("status = :status");
        }
        if (recipient != null && !recipient.isBlank()) {
            try {
                params.and("recipient", Long.parseLong(recipient.trim()));
            } catch (NumberFormatException e) {
                throw ProblemException.badField("recipient", "must be a user id");
            }
            where.add("recipient.id = :recipient");
        }
        if (email != null && !email.isBlank()) {
            // the column's collation (utf8mb4_unicode_ci) already ignores case
            params.and("email", email.trim());
            where.add("email = :email");
        }
        Sort newestFirst = Sort.descending("createdAt").and("id", Sort.Direction.Descending);
        PanacheQuery<OutboxMessage> query = where.isEmpty()
                ? OutboxMessage.findAll(newestFirst)
                : OutboxMessage.find(String.join(" and ", where), newestFirst, params);
        query.page(Page.of(page, size));
        return new PageResult<>(query.list().stream().map(OutboxView::of).toList(), page, size, query.count());
    }
}

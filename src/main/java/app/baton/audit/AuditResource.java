package app.baton.audit;

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
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The audit log for administrators, newest first. */
@Path("/api/audit")
@Authenticated
public class AuditResource {

    @Inject
    Administrators admins;

    public record AuditView(Long id, Instant at, Long actorId, String actor, AuditAction action, String target,
            String address, String detail) {

        static AuditView of(AuditEntry e) {
            return new AuditView(e.id, e.at, e.actorId, e.actor, e.action, e.target, e.address, e.detail);
        }
    }

    /**
     * @param actor a user id, or an email (also one that was tried in a failed login)
     * @param from  inclusive, ISO-8601 with offset
     * @param to    exclusive
     */
    @GET
    @Transactional
    public PageResult<AuditView> list(@QueryParam("action") String action, @QueryParam("actor") String actor,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        admins.require("read the audit log");
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (action != null && !action.isBlank()) {
            where.append(" and action = :action");
            params.and("action", parseAction(action));
        }
        if (actor != null && !actor.isBlank()) {
            String a = actor.trim();
            if (a.chars().allMatch(Character::isDigit) && a.length() < 19) {
                where.append(" and actorId = :actorId");
                params.and("actorId", Long.valueOf(a));
            } else {
                where.append(" and lower(actor) = :actor");
                params.and("actor", a.toLowerCase(Locale.ROOT));
            }
        }
        Instant fromAt = instant("from", from);
        Instant toAt = instant("to", to);
        if (fromAt != null) {
            where.append(" and at >= :from");
            params.and("from", fromAt);
        }
        if (toAt != null) {
            where.append(" and at < :to");
            params.and("to", toAt);
        }
        PanacheQuery<AuditEntry> query = AuditEntry.find(where.toString(),
                Sort.descending("at").and("id", Sort.Direction.Descending), params).page(Page.of(page, size));
        return new PageResult<>(query.list().stream().map(AuditView::of).toList(), page, size, query.count());
    }

    private static AuditAction parseAction(String action) {
        try {
            return AuditAction.valueOf(action.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("action", "must be one of " + Arrays.stream(AuditAction.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(field, "must be a time with offset, e.g. 2026-11-23T09:00:00Z");
        }
    }
}

package app.baton.ticket;

import app.baton.promise.PromiseView;
import app.baton.web.EntityIds;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A ticket as the API shows it. Lists leave out the history, comments, promises and escalations
 * (null, so not written); one ticket's view carries them.
 */
public record TicketView(
        Long id, String key, long version, Long type, String title, String description, Long client,
        Long contact, Priority priority, TicketStatus status, Long requester, String requestingDepartment,
        String receivingDepartment, Long assignee, List<Long> watchers,
        Instant ackDueAt, Instant resolveDueAt, Instant acknowledgedAt, Instant resolvedAt, Instant closedAt,
        Instant proposedDueAt, WaitingOn waitingOn, Instant waitingSince, String rejectReason,
        boolean overdue, boolean atRisk, Instant createdAt, Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<EventView> events,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<CommentView> comments,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<PromiseView> promises,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<EscalationView> escalations) {

    public record EventView(Instant at, Long actor, TicketEventKind kind, TicketStatus from, TicketStatus to,
            String note) {

        static EventView of(TicketEvent e) {
            return new EventView(e.at, EntityIds.of(e.actor), e.kind, e.from, e.to, e.note);
        }
    }

    public record CommentView(Long id, Long author, String body, boolean internal, Instant createdAt) {

        static CommentView of(TicketComment c) {
            return new CommentView(c.id, EntityIds.of(c.author), c.body, c.internal, c.createdAt);
        }
    }

    /** Steps of the escalation ladder taken for a deadline; filled by the escalation issue. */
    public record EscalationView(String deadline, String level, Instant at) {
    }

    /** The same view carrying these escalations (queues show the steps taken on the current deadline). */
    public TicketView withEscalations(List<EscalationView> steps) {
        return new TicketView(id, key, version, type, title, description, client, contact, priority, status,
                requester, requestingDepartment, receivingDepartment, assignee, watchers, ackDueAt, resolveDueAt,
                acknowledgedAt, resolvedAt, closedAt, proposedDueAt, waitingOn, waitingSince, rejectReason, overdue,
                atRisk, createdAt, updatedAt, events, comments, promises, steps);
    }

    /** Without the related lists: for pages of tickets. */
    public static TicketView summary(Ticket t, Instant now) {
        return of(t, now, null, null, null, null);
    }

    public static TicketView of(Ticket t, Instant now, List<EventView> events, List<CommentView> comments,
            List<PromiseView> promises, List<EscalationView> escalations) {
        return new TicketView(t.id, t.key, t.version, EntityIds.of(t.type), t.title, t.description,
                EntityIds.of(t.client), EntityIds.of(t.contact), t.priority, t.status, EntityIds.of(t.requester),
                t.requestingDepartment == null ? null : t.requestingDepartment.code,
                t.receivingDepartment.code, EntityIds.of(t.assignee), t.watchers.stream().sorted().toList(),
                t.ackDueAt, t.resolveDueAt, t.acknowledgedAt, t.resolvedAt, t.closedAt, t.proposedDueAt,
                t.waitingOn, t.waitingSince, t.rejectReason, t.overdue(now), t.atRisk(now), t.createdAt,
                t.updatedAt, events, comments, promises, escalations);
    }
}

package app.baton.ticket;

import app.baton.client.Client;
import app.baton.client.Contact;
import app.baton.department.Department;
import app.baton.department.RequestType;
import app.baton.department.SlaTarget;
import app.baton.escalation.EscalationSchedule;
import app.baton.promise.PromiseService;
import app.baton.promise.PromiseView;
import app.baton.sla.DeadlineCalculator;
import app.baton.user.CurrentUser;
import app.baton.user.User;
import app.baton.web.EntityIds;
import app.baton.web.ProblemException;
import app.baton.web.Versions;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/** Creating tickets and taking them through their lifecycle; each change appends one event. */
@ApplicationScoped
public class TicketService {

    @Inject
    Clock clock;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    TicketKeys keys;

    @Inject
    TicketPermissions permissions;

    @Inject
    CurrentUser currentUser;

    @Inject
    EntityManager em;

    /** Promises given with a new ticket, and the ticket view's list of them. */
    @Inject
    PromiseService promises;

    @Inject
    TicketDeadlines ticketDeadlines;

    @Inject
    EscalationSchedule escalationSchedule;

    /** Told of every change, in the changing transaction: notifications and escalations listen. */
    @Inject
    jakarta.enterprise.event.Event<TicketChanged> changed;

    // --- request bodies -----------------------------------------------------------------------

    public record CreateTicket(
            @NotNull Long type,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 10000) String description,
            @NotNull Long client,
            Long contact,
            Priority priority,
            String requestingDepartment,
            List<@NotNull Long> watchers,
            @Valid NewPromise promise) {
    }

    public record NewPromise(@NotBlank @Size(max = 2000) String text, @NotNull Instant dueAt) {
    }

    public record UpdateTicket(
            Long version,
            @Size(min = 1, max = 300) String title,
            @Size(max = 10000) String description,
            Priority priority,
            Long contact,
            List<@NotNull Long> watchers) {
    }

    public record AcknowledgeTicket(Long version, @NotNull Long assignee, Instant proposedDueAt,
            @Size(max = 4000) String note) {
    }

    public record RejectTicket(Long version, @NotBlank @Size(max = 2000) String reason) {
    }

    public record ResubmitTicket(Long version, @Size(min = 1, max = 300) String title,
            @Size(max = 10000) String description, @Size(max = 4000) String note) {
    }

    public record WaitTicket(Long version, @NotNull WaitingOn on, @Size(max = 4000) String note) {
    }

    public record ForwardTicket(Long version, @NotBlank String department, @NotBlank @Size(max = 4000) String reason) {
    }

    public record AssignTicket(Long version, @NotNull Long assignee) {
    }

    public record CancelTicket(Long version, @Size(max = 4000) String reason) {
    }

    /** The body of the transitions that take only an optional note. */
    public record TicketNote(Long version, @Size(max = 4000) String note) {
    }

    public record AddComment(Long version, @NotBlank @Size(max = 10000) String body, Boolean internal) {
    }

    // --- reading ------------------------------------------------------------------------------

    public Ticket find(String key) {
        Ticket ticket = Ticket.findByKey(key).orElseThrow(() -> ProblemException.notFound("Ticket " + key));
        permissions.checkView(actor(), ticket);
        return ticket;
    }

    /** The ticket with its history, comments and promises. */
    public TicketView view(Ticket t) {
        List<TicketView.EventView> events = TicketEvent.<TicketEvent>list("ticket", Sort.by("at").and("id"), t)
                .stream().map(TicketView.EventView::of).toList();
        List<TicketView.CommentView> comments = TicketComment.<TicketComment>list("ticket",
                Sort.by("createdAt").and("id"), t).stream().map(TicketView.CommentView::of).toList();
        List<PromiseView> promisesOfTicket = promises.viewsOf(t);
        return TicketView.of(t, now(), events, comments, promisesOfTicket, app.baton.escalation.Escalation.viewsOf(t));
    }

    // --- creating -----------------------------------------------------------------------------

    /** A new ticket and the answer to its creation. */
    public record Created(Ticket ticket, TicketView view) {
    }

    @Transactional
    public Ticket create(CreateTicket body) {
        return insert(body).ticket();
    }

    /**
     * Creates the ticket and answers it from what this transaction wrote (the ticket, its one
     * event, no comments or escalations yet) instead of reading it back under the key counter's lock.
     */
    @Transactional
    public Created createAndView(CreateTicket body) {
        Inserted inserted = insert(body);
        Ticket t = inserted.ticket();
        List<PromiseView> promisesOfTicket = inserted.promise() == null ? List.of()
                : promises.views(List.of(inserted.promise()));
        return new Created(t, TicketView.of(t, now(), List.of(TicketView.EventView.of(inserted.created())), List.of(),
                promisesOfTicket, List.of()));
    }

    private record Inserted(Ticket ticket, TicketEvent created, app.baton.promise.Promise promise) {
    }

    private Inserted insert(CreateTicket body) {
        User requester = actor();
        RequestType type = RequestType.findWithDepartment(body.type());
        if (type == null || !type.active) {
            throw ProblemException.badField("type", "no active request type has the id " + body.type());
        }
        Client client = Client.findById(body.client());
        if (client == null) {
            throw ProblemException.badField("client", "no client has the id " + body.client());
        }
        permissions.checkCreate(requester, type, client);
        Contact contact = contactOf(client, body.contact());
        Department requesting = body.requestingDepartment() == null
                ? requester.departments.stream().min(Comparator.comparing(d -> d.code)).orElse(null)
                : Department.findByCode(body.requestingDepartment()).orElseThrow(() -> ProblemException
                        .badField("requestingDepartment", "no department has the code " + body.requestingDepartment()));
        Set<Long> watchers = users("watchers", body.watchers());
        Instant now = now();
        if (body.promise() != null && !body.promise().dueAt().isAfter(now)) {
            throw ProblemException.badField("promise.dueAt", "must be in the future");
        }
        permissions.checkRequestingDepartment(requester, body.requestingDepartment() == null ? null : requesting);

        Ticket t = new Ticket();
        t.type = type;
        t.title = body.title().trim();
        t.description = body.description();
        t.client = client;
        t.contact = contact;
        t.priority = body.priority() == null ? type.defaultPriority : body.priority();
        t.status = TicketStatus.NEW;
        t.requester = requester;
        t.requestingDepartment = requesting;
        t.receivingDepartment = type.department;
        t.watchers = watchers;
        t.createdAt = now;
        t.updatedAt = now;
        startAckClock(t, now);
        startResolveClock(t, now);
        // in the inserted row already: set after the insert (by the CREATED event), it cost every
        // create an UPDATE of the whole row and of its next-escalation index
        escalationSchedule.scheduleNew(t);
        // last before the insert: the counter row stays locked until this transaction commits
        t.key = keys.next(t.receivingDepartment);
        t.persist();
        TicketEvent created = record(t, requester, TicketEventKind.CREATED, null, TicketStatus.NEW, null, now);
        app.baton.promise.Promise promise = body.promise() == null ? null
                : promises.createForTicket(t, requester, body.promise().text(), body.promise().dueAt(), now);
        em.flush();
        return new Inserted(t, created, promise);
    }

    // --- editing ------------------------------------------------------------------------------

    @Transactional
    public Ticket update(String key, UpdateTicket body) {
        Ticket t = find(key);
        User actor = actor();
        permissions.checkAction(actor, TicketAction.UPDATE, t);
        Versions.check(body.version(), t.version, "Ticket " + t.key);
        TicketTransitions.target(TicketAction.UPDATE, t.status);
        List<String> changes = new ArrayList<>();
        if (body.title() != null && !body.title().trim().equals(t.title)) {
            t.title = body.title().trim();
            changes.add("title");
        }
        if (body.description() != null && !body.description().equals(t.description)) {
            t.description = body.description();
            changes.add("description");
        }
        if (body.priority() != null && body.priority() != t.priority) {
            changes.add("priority " + t.priority + " -> " + body.priority());
            t.priority = body.priority();
            // the running clocks follow the new priority's SLA (escalation: see TicketDeadlines)
            ticketDeadlines.afterPriorityChange(t, now());
        }
        if (body.contact() != null && !body.contact().equals(EntityIds.of(t.contact))) {
            t.contact = contactOf(t.client, body.contact());
            changes.add("contact");
        }
        if (body.watchers() != null) {
            Set<Long> watchers = users("watchers", body.watchers());
            if (!watchers.equals(new HashSet<>(t.watchers))) {
                t.watchers.clear();
                t.watchers.addAll(watchers);
                changes.add("watchers");
            }
        }
        if (!changes.isEmpty()) {
            Instant now = now();
            t.updatedAt = now;
            record(t, actor, TicketEventKind.UPDATED, null, null, String.join(", ", changes), now);
            em.flush();
        }
        return t;
    }

    // --- the lifecycle ------------------------------------------------------------------------

    @Transactional
    public Ticket acknowledge(String key, AcknowledgeTicket body) {
        String note = body.proposedDueAt() == null ? body.note()
                : joined("Proposed resolution by " + body.proposedDueAt().truncatedTo(ChronoUnit.MICROS), body.note());
        return apply(key, TicketAction.ACKNOWLEDGE, body.version(), note, (t, now) -> {
            if (body.proposedDueAt() != null && !body.proposedDueAt().isAfter(now)) {
                throw ProblemException.badField("proposedDueAt", "must be in the future");
            }
            // an assignee who cannot be one is a bad field (400) whoever names them
            User assignee = member("assignee", body.assignee(), t.receivingDepartment);
            permissions.checkAssignee(actor(), t, assignee.id);
            t.assignee = assignee;
            t.acknowledgedAt = now;
            t.proposedDueAt = body.proposedDueAt() == null ? null
                    : body.proposedDueAt().truncatedTo(ChronoUnit.MICROS);
        });
    }

    @Transactional
    public Ticket reject(String key, RejectTicket body) {
        return apply(key, TicketAction.REJECT, body.version(), body.reason(), (t, now) -> {
            t.rejectReason = body.reason().trim();
            t.proposedDueAt = null;
        });
    }

    /** The requester revises a rejected ticket and sends it again: a fresh start for the receivers. */
    @Transactional
    public Ticket resubmit(String key, ResubmitTicket body) {
        return apply(key, TicketAction.RESUBMIT, body.version(), body.note(), (t, now) -> {
            if (body.title() != null) {
                t.title = body.title().trim();
            }
            if (body.description() != null) {
                t.description = body.description();
            }
            t.rejectReason = null;
            t.assignee = null;
            t.acknowledgedAt = null;
            startAckClock(t, now);
            startResolveClock(t, now);
        });
    }

    @Transactional
    public Ticket acceptProposal(String key, TicketNote body) {
        Ticket ticket = find(key);
        String note = ticket.proposedDueAt == null ? body.note()
                : joined("Resolution due " + ticket.resolveDueAt + " -> " + ticket.proposedDueAt, body.note());
        return apply(key, TicketAction.ACCEPT_PROPOSAL, body.version(), note, (t, now) -> {
            requirePendingProposal(t);
            Instant clockStart = t.acknowledgedAt == null ? now : t.acknowledgedAt;
            t.resolveDueAt = t.proposedDueAt;
            t.resolveWarnAt = deadlines.warningAt(t.receivingDepartment, clockStart, t.resolveDueAt, warnPercent(t));
            t.proposedDueAt = null;
        });
    }

    @Transactional
    public Ticket declineProposal(String key, TicketNote body) {
        return apply(key, TicketAction.DECLINE_PROPOSAL, body.version(), body.note(), (t, now) -> {
            requirePendingProposal(t);
            t.proposedDueAt = null;
        });
    }

    @Transactional
    public Ticket start(String key, TicketNote body) {
        return apply(key, TicketAction.START, body.version(), body.note(), (t, now) -> {
        });
    }

    @Transactional
    public Ticket waitFor(String key, WaitTicket body) {
        return apply(key, TicketAction.WAIT, body.version(), body.note(), (t, now) -> {
            t.waitingOn = body.on();
            t.waitingSince = now;
        });
    }

    /** WAITING paused the resolution clock: the deadline moves later by the time spent waiting. */
    @Transactional
    public Ticket resume(String key, TicketNote body) {
        return apply(key, TicketAction.RESUME, body.version(), body.note(), (t, now) -> endPause(t, now));
    }

    @Transactional
    public Ticket resolve(String key, TicketNote body) {
        return apply(key, TicketAction.RESOLVE, body.version(), body.note(), (t, now) -> t.resolvedAt = now);
    }

    @Transactional
    public Ticket close(String key, TicketNote body) {
        return apply(key, TicketAction.CLOSE, body.version(), body.note(), (t, now) -> t.closedAt = now);
    }

    /** Reopened work gets a full resolution time again. */
    @Transactional
    public Ticket reopen(String key, TicketNote body) {
        return apply(key, TicketAction.REOPEN, body.version(), body.note(), (t, now) -> {
            t.resolvedAt = null;
            startResolveClock(t, now);
        });
    }

    @Transactional
    public Ticket cancel(String key, CancelTicket body) {
        return apply(key, TicketAction.CANCEL, body.version(), body.reason(), (t, now) -> {
            t.proposedDueAt = null;
            t.waitingOn = null;
            t.waitingSince = null;
        });
    }

    /**
     * Hands the ticket to another department, where it starts as NEW with a fresh
     * acknowledgement deadline; the key and the resolution deadline stay.
     */
    @Transactional
    public Ticket forward(String key, ForwardTicket body) {
        Ticket ticket = find(key);
        Department target = Department.findByCode(body.department()).filter(d -> d.active)
                .orElseThrow(() -> ProblemException.badField("department",
                        "no active department has the code " + body.department()));
        String note = ticket.receivingDepartment.code + " -> " + target.code + ": " + body.reason().trim();
        return apply(key, TicketAction.FORWARD, body.version(), note, (t, now) -> {
            if (Objects.equals(t.receivingDepartment.id, target.id)) {
                throw ProblemException.conflict("Ticket " + t.key + " is already with " + target.code
                        + "; forward it to another department");
            }
            if (t.status == TicketStatus.WAITING) {
                endPause(t, now);
            }
            t.receivingDepartment = target;
            t.assignee = null;
            t.acknowledgedAt = null;
            t.proposedDueAt = null;
            startAckClock(t, now);
        });
    }

    @Transactional
    public Ticket assign(String key, AssignTicket body) {
        return apply(key, TicketAction.ASSIGN, body.version(), null, (t, now) -> {
            User assignee = member("assignee", body.assignee(), t.receivingDepartment);
            t.assignee = assignee;
        });
    }

    @Transactional
    public Ticket comment(String key, AddComment body) {
        TicketComment comment = new TicketComment();
        return apply(key, TicketAction.COMMENT, body.version(), null, comment, (t, now) -> {
            comment.ticket = t;
            comment.author = actor();
            comment.body = body.body();
            comment.internal = Boolean.TRUE.equals(body.internal());
            comment.createdAt = now;
            comment.persist();
        });
    }

    /**
     * The one path of every change to an existing ticket: permission, version and lifecycle
     * checks, the change itself, then the event, all in the caller's transaction.
     */
    private Ticket apply(String key, TicketAction action, Long version, String note,
            BiConsumer<Ticket, Instant> change) {
        return apply(key, action, version, note, null, change);
    }

    private Ticket apply(String key, TicketAction action, Long version, String note, TicketComment comment,
            BiConsumer<Ticket, Instant> change) {
        Ticket t = find(key);
        User actor = actor();
        permissions.checkAction(actor, action, t);
        Versions.check(version, t.version, "Ticket " + t.key);
        TicketStatus from = t.status;
        TicketStatus to = TicketTransitions.target(action, from);
        Instant now = now();
        change.accept(t, now);
        if (from == TicketStatus.WAITING && to != TicketStatus.WAITING) {
            t.waitingOn = null;
            t.waitingSince = null;
        }
        t.status = to;
        t.updatedAt = now;
        boolean transition = TicketTransitions.changesStatus(action);
        record(t, actor, action.event, transition ? from : null, transition ? to : null,
                note == null || note.isBlank() ? null : note.trim(), now, comment);
        em.flush();
        return t;
    }

    // --- deadlines ----------------------------------------------------------------------------

    private void startAckClock(Ticket t, Instant now) {
        SlaTarget sla = t.type.slaFor(t.priority);
        t.ackDueAt = deadlines.plusBusinessMinutes(t.receivingDepartment, now, sla.ackMinutes);
        t.ackWarnAt = deadlines.warningAt(t.receivingDepartment, now, t.ackDueAt, warnPercent(t));
    }

    private void startResolveClock(Ticket t, Instant now) {
        SlaTarget sla = t.type.slaFor(t.priority);
        t.resolveDueAt = deadlines.plusBusinessMinutes(t.receivingDepartment, now, sla.resolveMinutes);
        t.resolveWarnAt = deadlines.warningAt(t.receivingDepartment, now, t.resolveDueAt, warnPercent(t));
    }

    private void endPause(Ticket t, Instant now) {
        if (t.waitingSince != null) {
            t.resolveDueAt = deadlines.afterPause(t.receivingDepartment, t.resolveDueAt, t.waitingSince, now);
            t.resolveWarnAt = deadlines.afterPause(t.receivingDepartment, t.resolveWarnAt, t.waitingSince, now);
        }
        t.waitingOn = null;
        t.waitingSince = null;
    }

    private static int warnPercent(Ticket t) {
        return t.type.warnPercent;
    }

    private static void requirePendingProposal(Ticket t) {
        if (t.proposedDueAt == null) {
            throw ProblemException.conflict("Ticket " + t.key + " has no counter-proposed due date to answer");
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    /** What the system records about a change, followed by the person's own note. */
    private static String joined(String system, String note) {
        return note == null || note.isBlank() ? system : system + ". " + note.trim();
    }

    private TicketEvent record(Ticket t, User actor, TicketEventKind kind, TicketStatus from, TicketStatus to,
            String note, Instant at) {
        return record(t, actor, kind, from, to, note, at, null);
    }

    private TicketEvent record(Ticket t, User actor, TicketEventKind kind, TicketStatus from, TicketStatus to,
            String note, Instant at, TicketComment comment) {
        TicketEvent event = new TicketEvent();
        event.ticket = t;
        event.at = at;
        event.actor = actor;
        event.kind = kind;
        event.from = from;
        event.to = to;
        event.note = note == null || note.length() <= 4000 ? note : note.substring(0, 4000);
        event.persist();
        changed.fire(new TicketChanged(t, event, comment));
        return event;
    }

    /** The signed-in user, managed by this transaction's session. */
    private User actor() {
        User user = currentUser.get();
        return em.contains(user) ? user : User.findById(user.id);
    }

    /** The database keeps microseconds: answers must show the instant that is stored. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Contact contactOf(Client client, Long contactId) {
        if (contactId == null) {
            return null;
        }
        Contact contact = Contact.findById(contactId);
        if (contact == null || !Objects.equals(EntityIds.of(contact.client), client.id)) {
            throw ProblemException.badField("contact", "no contact with the id " + contactId + " belongs to the client");
        }
        return contact;
    }

    /** An active user who is a member of the department. */
    private static User member(String field, Long userId, Department department) {
        User user = User.findById(userId);
        if (user == null || !user.active) {
            throw ProblemException.badField(field, "no active user has the id " + userId);
        }
        if (user.departments.stream().noneMatch(d -> Objects.equals(d.id, department.id))) {
            throw ProblemException.badField(field, user.name + " is not a member of " + department.code);
        }
        return user;
    }

    private Set<Long> users(String field, List<Long> ids) {
        Set<Long> found = new LinkedHashSet<>();
        if (ids == null || ids.isEmpty()) {
            return found;
        }
        Set<Long> existing = new HashSet<>(em.createQuery("select u.id from User u where u.id in :ids", Long.class)
                .setParameter("ids", ids).getResultList());
        for (int i = 0; i < ids.size(); i++) {
            if (!existing.contains(ids.get(i))) {
                throw ProblemException.badField(field + "[" + i + "]", "no user has the id " + ids.get(i));
            }
            found.add(ids.get(i));
        }
        return found;
    }
}

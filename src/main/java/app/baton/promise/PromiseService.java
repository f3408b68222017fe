package app.baton.promise;

import app.baton.client.Client;
import app.baton.client.ClientAccess;
import app.baton.ticket.Ticket;
import app.baton.ticket.TicketPermissions;
import app.baton.user.CurrentUser;
import app.baton.user.User;
import app.baton.web.Problem;
import app.baton.web.ProblemException;
import app.baton.web.Versions;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Making promises to clients and closing them: kept, broken or renegotiated. Every change
 * appends a history entry in the same transaction. Renegotiating closes the promise as
 * RENEGOTIATED and opens a new one with the new due time, so a promise's due time never
 * changes under its id and "promises kept on time" stays countable; the two point at each other.
 */
@ApplicationScoped
public class PromiseService {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClientAccess clientAccess;

    @Inject
    TicketPermissions ticketPermissions;

    /** How long before the due time the owner is reminded when the promise names no reminder; zero: no reminder. */
    @ConfigProperty(name = "baton.promises.remind-before", defaultValue = "PT1H")
    Duration defaultRemindBefore;

    // --- request bodies -----------------------------------------------------------------------

    /**
     * {@code client} may be left out when {@code ticket} is given. {@code remindBefore} (an ISO-8601
     * duration such as PT2H) or {@code remindAt}, not both; neither: the configured default lead.
     */
    public record CreatePromise(
            Long client,
            String ticket,
            @NotBlank @Size(max = 2000) String text,
            @NotNull Instant dueAt,
            Long owner,
            Duration remindBefore,
            Instant remindAt) {
    }

    /** The body of keep and break: a note is optional. */
    public record PromiseNote(Long version, @Size(max = 4000) String note) {
    }

    /**
     * A new due time, and a note on how the client was told. The new promise keeps the text unless
     * a new one is given, and gets a reminder like a new promise.
     */
    public record RenegotiatePromise(
            Long version,
            @NotNull Instant dueAt,
            @NotBlank @Size(max = 4000) String note,
            @Size(min = 1, max = 2000) String text,
            Duration remindBefore,
            Instant remindAt) {
    }

    // --- reading ------------------------------------------------------------------------------

    /**
     * A promise the caller may see; one on a client or a request they may not see answers 404
     * like a missing one.
     */
    public Promise find(long id) {
        Promise promise = Promise.findById(id);
        if (promise == null || !clientAccess.canSee(promise.client)
                || (promise.ticket != null && !ticketPermissions.canView(currentUser.get(), promise.ticket))) {
            throw ProblemException.notFound("Promise " + id);
        }
        return promise;
    }

    public PromiseView view(Promise promise) {
        return views(List.of(promise)).get(0);
    }

    /** The promises on a ticket, by due time, as the ticket view shows them. */
    public List<PromiseView> viewsOf(Ticket ticket) {
        return views(Promise.<Promise>list("ticket", Sort.by("dueAt").and("id"), ticket));
    }

    /** Views with their history, read in one query for all of them and their renegotiation chains. */
    public List<PromiseView> views(List<Promise> promises) {
        Instant now = now();
        Map<Long, List<Long>> chains = new HashMap<>();
        Set<Long> allIds = new LinkedHashSet<>();
        for (Promise p : promises) {
            List<Long> chain = chainOf(p);
            chains.put(p.id, chain);
            allIds.addAll(chain);
        }
        Map<Long, List<PromiseHistory>> byPromise = new HashMap<>();
        if (!allIds.isEmpty()) {
            for (PromiseHistory h : PromiseHistory.<PromiseHistory>list("promiseId in ?1",
                    Sort.by("at").and("id"), allIds)) {
                byPromise.computeIfAbsent(h.promiseId, k -> new ArrayList<>()).add(h);
            }
        }
        List<PromiseView> views = new ArrayList<>(promises.size());
        for (Promise p : promises) {
            List<PromiseHistory> entries = new ArrayList<>();
            for (Long id : chains.get(p.id)) {
                entries.addAll(byPromise.getOrDefault(id, List.of()));
            }
            entries.sort(Comparator.comparing((PromiseHistory h) -> h.at).thenComparing(h -> h.id));
            views.add(PromiseView.of(p, now, entries.stream().map(PromiseView.HistoryView::of).toList()));
        }
        return views;
    }

    /** This promise and the ones it replaced, newest first. */
    private static List<Long> chainOf(Promise promise) {
        List<Long> ids = new ArrayList<>();
        ids.add(promise.id);
        Long previous = promise.renegotiatedFromId;
        while (previous != null && !ids.contains(previous)) {
            ids.add(previous);
            Promise p = Promise.findById(previous);
            previous = p == null ? null : p.renegotiatedFromId;
        }
        return ids;
    }

    // --- making -------------------------------------------------------------------------------

    @Transactional
    public Promise create(CreatePromise body) {
        User actor = currentUser.get();
        Instant now = now();
        FieldErrors errors = new FieldErrors();
        Ticket ticket = null;
        if (body.ticket() != null && !body.ticket().isBlank()) {
            ticket = Ticket.findByKey(body.ticket()).orElse(null);
            if (ticket == null || !ticketPermissions.canView(actor, ticket)) {
                // one the caller may not see is unknown to them, like a missing one
                errors.add("ticket", "no request has the key " + body.ticket().trim());
                ticket = null;
            }
        }
        Client client = null;
        if (body.client() != null) {
            client = Client.findById(body.client());
            if (client == null || !clientAccess.canSee(client)) {
                errors.add("client", "no client has the id " + body.client());
                client = null;
            } else if (ticket != null && !ticket.client.id.equals(client.id)) {
                errors.add("ticket", "belongs to another client");
            }
        } else if (ticket != null) {
            client = ticket.client;
            if (!clientAccess.canSee(client)) {
                errors.add("ticket", "no request has the key " + body.ticket().trim());
            }
        } else if (body.ticket() == null || body.ticket().isBlank()) {
            errors.add("client", "must not be null");
        }
        User owner = actor;
        if (body.owner() != null) {
            owner = User.findById(body.owner());
            if (owner == null) {
                errors.add("owner", "no user has the id " + body.owner());
            } else if (!owner.active) {
                errors.add("owner", "is not active");
            } else if (ticket != null && !ticketPermissions.canView(owner, ticket)) {
                // the owner must be able to open the request the promise is about, and be told of it
                errors.add("owner", "may not see the request " + ticket.key);
            } else if (ticket == null && client != null && !ClientAccess.canSee(ticketPermissions.scope(owner), client)) {
                errors.add("owner", "may not see this client");
            }
        }
        Instant dueAt = micros(body.dueAt());
        if (!dueAt.isAfter(now)) {
            errors.add("dueAt", "must be in the future");
        }
        Instant remindAt = remindAt(dueAt, body.remindBefore(), body.remindAt(), now, errors);
        errors.throwIfAny();

        Promise promise = open(client, ticket, body.text(), dueAt, actor, owner, remindAt, now);
        record(promise, now, actor, PromiseHistoryKind.CREATED, null, dueAt, null);
        return promise;
    }

    /**
     * The promise given with a new ticket, made by and owned by its requester; the ticket has
     * already checked that {@code dueAt} lies in the future. Joins the ticket's transaction.
     */
    @Transactional
    public Promise createForTicket(Ticket ticket, User requester, String text, Instant dueAt, Instant now) {
        Instant due = micros(dueAt);
        Promise promise = open(ticket.client, ticket, text, due, requester, requester,
                defaultRemindAt(due, now), now);
        record(promise, now, requester, PromiseHistoryKind.CREATED, null, due, null);
        return promise;
    }

    private Promise open(Client client, Ticket ticket, String text, Instant dueAt, User madeBy, User owner,
            Instant remindAt, Instant now) {
        Promise promise = new Promise();
        promise.client = client;
        promise.ticket = ticket;
        promise.text = text.trim();
        promise.dueAt = dueAt;
        promise.madeBy = madeBy;
        promise.owner = owner;
        promise.status = PromiseStatus.OPEN;
        promise.remindAt = remindAt;
        promise.createdAt = now;
        promise.updatedAt = now;
        promise.persist();
        return promise;
    }

    // --- closing ------------------------------------------------------------------------------

    @Transactional
    public Promise keep(long id, PromiseNote body) {
        return close(id, body.version(), PromiseStatus.KEPT, PromiseHistoryKind.KEPT, "kept", body.note());
    }

    @Transactional
    public Promise breakPromise(long id, PromiseNote body) {
        return close(id, body.version(), PromiseStatus.BROKEN, PromiseHistoryKind.BROKEN, "broken", body.note());
    }

    private Promise close(long id, Long version, PromiseStatus to, PromiseHistoryKind kind, String verb, String note) {
        Promise promise = find(id);
        User actor = currentUser.get();
        Versions.check(version, promise.version, "Promise " + id);
        requireOpen(promise, verb);
        Instant now = now();
        promise.status = to;
        promise.updatedAt = now;
        record(promise, now, actor, kind, null, null, blankToNull(note));
        return promise;
    }

    /** Answers the new promise; the old one is RENEGOTIATED and carries the history entry. */
    @Transactional
    public Promise renegotiate(long id, RenegotiatePromise body) {
        Promise old = find(id);
        User actor = currentUser.get();
        Versions.check(body.version(), old.version, "Promise " + id);
        requireOpen(old, "renegotiated");
        Instant now = now();
        FieldErrors errors = new FieldErrors();
        Instant dueAt = micros(body.dueAt());
        if (!dueAt.isAfter(now)) {
            errors.add("dueAt", "must be in the future");
        }
        if (body.text() != null && body.text().isBlank()) {
            errors.add("text", "must not be blank");
        }
        Instant remindAt = remindAt(dueAt, body.remindBefore(), body.remindAt(), now, errors);
        errors.throwIfAny();

        Promise next = open(old.client, old.ticket, body.text() == null ? old.text : body.text(), dueAt, actor,
                old.owner, remindAt, now);
        next.renegotiatedFromId = old.id;
        old.status = PromiseStatus.RENEGOTIATED;
        old.renegotiatedToId = next.id;
        old.updatedAt = now;
        record(old, now, actor, PromiseHistoryKind.RENEGOTIATED, old.dueAt, dueAt, body.note().trim());
        return next;
    }

    private static void requireOpen(Promise promise, String verb) {
        if (promise.status != PromiseStatus.OPEN) {
            throw ProblemException.conflict("Promise " + promise.id + " is " + promise.status
                    + "; only an OPEN promise can be " + verb);
        }
    }

    // --- reminders ----------------------------------------------------------------------------

    /**
     * When to remind the owner. A lead that reaches into the past means "now": the owner hears of
     * it at the next pass rather than not at all.
     */
    private Instant remindAt(Instant dueAt, Duration remindBefore, Instant remindAt, Instant now, FieldErrors errors) {
        if (remindBefore != null && remindAt != null) {
            errors.add("remindAt", "give remindBefore or remindAt, not both");
            return null;
        }
        if (remindAt != null) {
            Instant at = micros(remindAt);
            if (!at.isBefore(dueAt)) {
                errors.add("remindAt", "must be before dueAt");
            } else if (!at.isAfter(now)) {
                errors.add("remindAt", "must be in the future");
            }
            return at;
        }
        if (remindBefore != null) {
            if (remindBefore.isNegative() || remindBefore.isZero()) {
                errors.add("remindBefore", "must be a positive duration such as PT1H");
                return null;
            }
            return latest(dueAt.minus(remindBefore), now);
        }
        return defaultRemindAt(dueAt, now);
    }

    private Instant defaultRemindAt(Instant dueAt, Instant now) {
        if (defaultRemindBefore.isZero() || defaultRemindBefore.isNegative()) {
            return null;
        }
        return latest(dueAt.minus(defaultRemindBefore), now);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    // --- helpers ------------------------------------------------------------------------------

    static void record(Promise promise, Instant at, User actor, PromiseHistoryKind kind, Instant oldDueAt,
            Instant newDueAt, String note) {
        PromiseHistory.of(promise, at, actor, kind, oldDueAt, newDueAt, note).persist();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Collects every field error of a request so the caller learns them all at once. */
    static final class FieldErrors {
        private final List<Problem.FieldError> errors = new ArrayList<>();

        void add(String field, String message) {
            errors.add(new Problem.FieldError(field, message));
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparing(Problem.FieldError::field));
                throw new ProblemException(400, "Bad Request", "The request has invalid fields", List.copyOf(errors));
            }
        }
    }
}

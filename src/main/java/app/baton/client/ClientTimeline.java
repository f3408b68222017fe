package app.baton.client;

import app.baton.ticket.TicketPermissions;
import app.baton.user.CurrentAccess;
import app.baton.web.PageResult;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * A client's whole story in one list, newest first: its requests, interactions, promises and
 * field changes. Each source is read newest first and only as deep as the asked page reaches,
 * then the four are merged. Requests and promises are read with SQL so that this does not depend
 * on how their entities are mapped.
 */
@ApplicationScoped
public class ClientTimeline {

    public enum Kind {
        TICKET, INTERACTION, PROMISE, CHANGE
    }

    /**
     * One entry. {@code id} is the row's id in its own source; {@code ticket} the request key of a
     * request or of the request a promise belongs to; {@code detail} the interaction kind or the
     * changed entity and field.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(Kind kind, Instant at, Long id, String ticket, String summary, String status, String detail,
            Long actor, Long contact, Instant dueAt) {
    }

    private static final Comparator<Item> NEWEST_FIRST = Comparator.comparing(Item::at).reversed()
            .thenComparing(Item::kind).thenComparing(Item::id, Comparator.reverseOrder());

    @Inject
    EntityManager em;

    @Inject
    CurrentAccess currentAccess;

    /**
     * The caller has already been allowed to see the client; of its requests, and of the
     * promises on requests, only those the caller may see are listed and counted.
     */
    public PageResult<Item> page(long clientId, int page, int size) {
        String visible = TicketPermissions.sqlRelation(currentAccess.get(), "t");
        int depth = (page + 1) * size;
        List<Item> merged = new ArrayList<>();
        merged.addAll(tickets(clientId, depth, visible));
        merged.addAll(interactions(clientId, depth));
        merged.addAll(promises(clientId, depth, visible));
        merged.addAll(changes(clientId, depth));
        merged.sort(NEWEST_FIRST);
        List<Item> items = merged.stream().skip((long) page * size).limit(size).toList();
        long total = count("SELECT COUNT(*) FROM tickets t WHERE t.client_id = ?1 AND " + visible, clientId)
                + count("SELECT COUNT(*) FROM promises p WHERE p.client_id = ?1 AND " + promiseVisible(visible),
                        clientId)
                + Interaction.count("clientId", clientId) + ClientChange.count("clientId", clientId);
        return new PageResult<>(items, page, size, total);
    }

    @SuppressWarnings("unchecked")
    private List<Item> tickets(long clientId, int depth, String visible) {
        List<Object[]> rows = em.createNativeQuery("SELECT t.id, t.ticket_key, t.title, t.status, t.created_at,"
                        + " t.requester_id FROM tickets t WHERE t.client_id = ?1 AND " + visible
                        + " ORDER BY t.created_at DESC, t.id DESC LIMIT ?2")
                .setParameter(1, clientId).setParameter(2, depth)
                .unwrap(NativeQuery.class)
                .addScalar("id", StandardBasicTypes.LONG).addScalar("ticket_key", StandardBasicTypes.STRING)
                .addScalar("title", StandardBasicTypes.STRING).addScalar("status", StandardBasicTypes.STRING)
                .addScalar("created_at", StandardBasicTypes.INSTANT).addScalar("requester_id", StandardBasicTypes.LONG)
                .getResultList();
        return rows.stream().map(r -> new Item(Kind.TICKET, (Instant) r[4], (Long) r[0], (String) r[1],
                (String) r[2], (String) r[3], null, (Long) r[5], null, null)).toList();
    }

    @SuppressWarnings("unchecked")
    /** A promise on a request is visible with the request; one standing alone, with its client. */
    private static String promiseVisible(String ticketVisible) {
        return "(p.ticket_id IS NULL OR EXISTS (SELECT 1 FROM tickets t WHERE t.id = p.ticket_id AND "
                + ticketVisible + "))";
    }

    private List<Item> promises(long clientId, int depth, String visible) {
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, t.ticket_key, p.text, p.status, p.created_at,"
                        + " p.made_by_id, p.due_at FROM promises p LEFT JOIN tickets t ON t.id = p.ticket_id"
                        + " WHERE p.client_id = ?1 AND " + promiseVisible(visible)
                        + " ORDER BY p.created_at DESC, p.id DESC LIMIT ?2")
                .setParameter(1, clientId).setParameter(2, depth)
                .unwrap(NativeQuery.class)
                .addScalar("id", StandardBasicTypes.LONG).addScalar("ticket_key", StandardBasicTypes.STRING)
                .addScalar("text", StandardBasicTypes.STRING).addScalar("status", StandardBasicTypes.STRING)
                .addScalar("created_at", StandardBasicTypes.INSTANT).addScalar("made_by_id", StandardBasicTypes.LONG)
                .addScalar("due_at", StandardBasicTypes.INSTANT)
                .getResultList();
        return rows.stream().map(r -> new Item(Kind.PROMISE, (Instant) r[4], (Long) r[0], (String) r[1],
                (String) r[2], (String) r[3], null, (Long) r[5], null, (Instant) r[6])).toList();
    }

    private List<Item> interactions(long clientId, int depth) {
        return Interaction.<Interaction>find("clientId", Sort.descending("at", "id"), clientId)
                .page(Page.ofSize(depth)).list().stream()
                .map(i -> new Item(Kind.INTERACTION, i.at, i.id, null, i.summary, null, i.kind.name(), i.byUserId,
                        i.contactId, null))
                .toList();
    }

    private List<Item> changes(long clientId, int depth) {
        return ClientChange.<ClientChange>find("clientId", Sort.descending("at", "id"), clientId)
                .page(Page.ofSize(depth)).list().stream()
                .map(c -> new Item(Kind.CHANGE, c.at, c.id, null, summary(c), null,
                        c.entity + "." + c.field, c.actorId, null, null))
                .toList();
    }

    private static String summary(ClientChange change) {
        return change.field + ": " + (change.oldValue == null ? "(none)" : change.oldValue) + " → "
                + (change.newValue == null ? "(none)" : change.newValue);
    }

    private long count(String sql, long clientId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, clientId).getSingleResult()).longValue();
    }
}

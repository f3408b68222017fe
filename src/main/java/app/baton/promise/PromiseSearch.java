package app.baton.promise;

import static app.baton.web.QueryParams.blankToNull;
import static app.baton.web.QueryParams.id;
import static app.baton.web.QueryParams.integer;

import app.baton.client.ClientAccess;
import app.baton.ticket.Ticket;
import app.baton.ticket.TicketPermissions;
import app.baton.user.CurrentAccess;
import app.baton.user.CurrentUser;
import app.baton.user.User;
import app.baton.web.PageResult;
import app.baton.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The promise list, earliest due first. Query parameters arrive as text and are parsed here, so
 * a bad value is a 400 naming the parameter. Only promises on clients the caller may see are
 * listed ({@link ClientAccess#sqlCondition}), and of promises on requests only those on requests
 * the caller may see ({@link TicketPermissions#sqlRelation}).
 */
@ApplicationScoped
public class PromiseSearch {

    public static final int DEFAULT_SIZE = 50;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClientAccess clientAccess;

    @Inject
    CurrentAccess currentAccess;

    @Inject
    PromiseService promises;

    /**
     * {@code owner}: a user id or {@code me}; {@code due}: {@code today} (due during the caller's
     * day in their time zone, any status), {@code overdue} (OPEN, due time passed) or
     * {@code upcoming} (OPEN, due time ahead).
     */
    public record Filter(String owner, String client, String ticket, List<String> status, String due, String page,
            String size) {
    }

    enum Due {
        TODAY, OVERDUE, UPCOMING
    }

    @Transactional
    public PageResult<PromiseView> search(Filter f) {
        int page = integer("page", f.page(), 0, 0, Integer.MAX_VALUE / PageResult.MAX_SIZE);
        int size = integer("size", f.size(), DEFAULT_SIZE, 1, PageResult.MAX_SIZE);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // a promise on a request the caller may not see is as invisible as the request
        StringBuilder where = new StringBuilder(" FROM promises p JOIN clients c ON c.id = p.client_id WHERE ")
                .append(clientAccess.sqlCondition("c"))
                .append(" AND (p.ticket_id IS NULL OR EXISTS (SELECT 1 FROM tickets t WHERE t.id = p.ticket_id AND ")
                .append(TicketPermissions.sqlRelation(currentAccess.get(), "t")).append("))");
        Map<String, Object> params = new HashMap<>();

        Long owner = owner(f.owner());
        if (owner != null) {
            where.append(" AND p.owner_id = :owner");
            params.put("owner", owner);
        }
        Long client = id("client", f.client());
        if (client != null) {
            where.append(" AND p.client_id = :client");
            params.put("client", client);
        }
        if (blankToNull(f.ticket()) != null) {
            // an unknown key matches nothing, like an unknown client id
            Long ticketId = Ticket.findByKey(f.ticket()).map(t -> t.id).orElse(-1L);
            where.append(" AND p.ticket_id = :ticket");
            params.put("ticket", ticketId);
        }
        List<String> statuses = statuses(f.status());
        if (!statuses.isEmpty()) {
            where.append(" AND p.status IN (:statuses)");
            params.put("statuses", statuses);
        }
        Due due = due(f.due());
        if (due != null) {
            switch (due) {
                case TODAY -> {
                    ZoneId zone = zoneOf(currentUser.get());
                    LocalDate today = LocalDate.ofInstant(now, zone);
                    where.append(" AND p.due_at >= :dayStart AND p.due_at < :dayEnd");
                    params.put("dayStart", today.atStartOfDay(zone).toInstant());
                    params.put("dayEnd", today.plusDays(1).atStartOfDay(zone).toInstant());
                }
                case OVERDUE -> {
                    where.append(" AND p.status = 'OPEN' AND p.due_at <= :now");
                    params.put("now", now);
                }
                case UPCOMING -> {
                    where.append(" AND p.status = 'OPEN' AND p.due_at > :now");
                    params.put("now", now);
                }
            }
        }

        Query select = em.createNativeQuery("SELECT p.id" + where + " ORDER BY p.due_at, p.id LIMIT :size OFFSET :offset");
        Query count = em.createNativeQuery("SELECT COUNT(*)" + where);
        params.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        select.setParameter("size", size).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<Long> ids = ((List<Number>) select.getResultList()).stream().map(Number::longValue).toList();
        long total = ((Number) count.getSingleResult()).longValue();

        Map<Long, Promise> loaded = ids.isEmpty() ? Map.of()
                : Promise.<Promise>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<Promise> ordered = ids.stream().map(loaded::get).filter(p -> p != null).toList();
        return new PageResult<>(promises.views(ordered), page, size, total);
    }

    private static ZoneId zoneOf(User user) {
        return app.baton.user.Zones.of(user);
    }

    private Long owner(String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        if (text.trim().equalsIgnoreCase("me")) {
            return currentUser.id();
        }
        return id("owner", text);
    }

    private static Due due(String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return Due.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("due", "must be one of today, overdue, upcoming");
        }
    }

    private static List<String> statuses(List<String> texts) {
        Map<String, Boolean> statuses = new LinkedHashMap<>();
        if (texts == null) {
            return new ArrayList<>();
        }
        for (String text : texts) {
            // status=OPEN&status=KEPT and status=OPEN,KEPT both work
            for (String part : text.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    statuses.put(PromiseStatus.valueOf(part.trim().toUpperCase(Locale.ROOT)).name(), true);
                } catch (IllegalArgumentException e) {
                    throw ProblemException.badField("status", "unknown status " + part.trim());
                }
            }
        }
        return new ArrayList<>(statuses.keySet());
    }



}

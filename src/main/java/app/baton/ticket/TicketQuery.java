package app.baton.ticket;

import app.baton.web.HqlQueries;
import app.baton.web.PageResult;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A filtered, ordered page of tickets in HQL. The overdue and at-risk conditions read the
 * database-kept due_at and warn_at columns; a WAITING ticket is judged at the moment it started
 * to wait (its clock is paused), which is what coalesce(waitingSince, now) says.
 */
final class TicketQuery {

    /** Most urgent first: the deadline that applies now, earliest first; closed tickets last, newest first. */
    static final String MOST_URGENT = "case when t.dueAtColumn is null then 1 else 0 end, t.dueAtColumn, t.id desc";

    /** The conditions joined by "and"; "1 = 1" until the first one (see {@link #where()}). */
    private final StringBuilder conditions = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final Instant now;

    TicketQuery(Instant now) {
        this.now = now;
        params.put("now", now);
    }

    /**
     * Adds a condition, in parentheses only when it needs them (an "or" outside any parentheses):
     * Hibernate 6.6's HQL parser takes seconds and a hundred megabytes to parse a list query the
     * first time, and every extra level of parentheses around the visibility rule doubled that.
     */
    TicketQuery and(String condition) {
        if (!conditions.isEmpty()) {
            conditions.append(" and ");
        }
        if (hasTopLevelOr(condition)) {
            conditions.append('(').append(condition).append(')');
        } else {
            conditions.append(condition);
        }
        return this;
    }

    private String where() {
        return conditions.isEmpty() ? "1 = 1" : conditions.toString();
    }

    /** Whether {@code condition} has an "or" outside parentheses (and outside quoted text). */
    static boolean hasTopLevelOr(String condition) {
        int depth = 0;
        boolean quoted = false;
        String lower = condition.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && lower.startsWith(" or ", i)) {
                return true;
            }
        }
        return false;
    }

    TicketQuery and(String condition, String name, Object value) {
        params.put(name, value);
        return and(condition);
    }

    TicketQuery and(String condition, Map<String, Object> parameters) {
        params.putAll(parameters);
        return and(condition);
    }

    /**
     * Overdue: the first comparison alone lets an index range-scan due_at; the second is exact for
     * WAITING. due_at is null unless the request is open, so only open requests are overdue.
     */
    static final String OVERDUE = "t.dueAtColumn < :now and t.dueAtColumn < coalesce(t.waitingSince, :now)";

    /** At risk: warned and not overdue; warn_at, like due_at, is null unless the request is open. */
    static final String AT_RISK = "t.warnAtColumn <= :now and t.warnAtColumn <= coalesce(t.waitingSince, :now)"
            + " and t.dueAtColumn >= coalesce(t.waitingSince, :now)";

    TicketQuery overdue(boolean wanted) {
        return and(wanted ? OVERDUE : "t.dueAtColumn is null or not (" + OVERDUE + ")");
    }

    TicketQuery atRisk(boolean wanted) {
        return and(wanted ? AT_RISK : "t.warnAtColumn is null or not (" + AT_RISK + ")");
    }

    private String countText() {
        return "select count(t) from Ticket t where " + where();
    }

    private String selectText(String orderBy) {
        return "select t from Ticket t where " + where() + " order by " + orderBy;
    }

    /**
     * Creates, without running them, the two queries {@link #page} runs, so that Hibernate has
     * parsed their text before a request needs it (ListQueryWarmup).
     */
    void createPageQueries(EntityManager em, String orderBy) {
        HqlQueries.create(em, selectText(orderBy), Ticket.class);
        HqlQueries.create(em, countText(), Long.class);
    }

    /** Creates, without running it, the query {@link #counts} runs with these parts (ListQueryWarmup). */
    void createCountsQuery(EntityManager em, List<String> parts) {
        HqlQueries.create(em, countsText(parts), Object[].class);
    }

    private String countsText(List<String> parts) {
        StringBuilder select = new StringBuilder("select count(t)");
        for (String part : parts) {
            select.append(", sum(case when ").append(part).append(" then 1 else 0 end)");
        }
        return select + " from Ticket t where " + where();
    }

    /**
     * How many tickets match, then how many of them also match each of {@code parts}, in one
     * statement: {@code count(t)} and one {@code sum(case when part then 1 else 0 end)} per part.
     * A part that is unknown (null) in SQL counts as not matching, as it would in a where clause.
     * {@code parameters} are those the parts name beyond this query's own.
     */
    long[] counts(EntityManager em, List<String> parts, Map<String, Object> parameters) {
        params.putAll(parameters);
        String hql = countsText(parts);
        TypedQuery<Object[]> query = HqlQueries.create(em, hql, Object[].class);
        params.forEach((name, value) -> {
            if (hql.indexOf(":" + name) >= 0) {
                query.setParameter(name, value);
            }
        });
        Object[] row = query.getSingleResult();
        long[] counts = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            // the sums of no rows are null
            counts[i] = row[i] == null ? 0 : ((Number) row[i]).longValue();
        }
        return counts;
    }

    /** Chosen columns of the first {@code max} tickets in order; {@code joins} may name further aliases. */
    List<Object[]> rows(EntityManager em, String select, String joins, String orderBy, int max) {
        TypedQuery<Object[]> query = HqlQueries.create(em, "select " + select + " from Ticket t " + joins + " where " + where()
                + " order by " + orderBy, Object[].class);
        params.forEach((name, value) -> {
            if (where().indexOf(":" + name) >= 0 || orderBy.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
        return query.setMaxResults(max).getResultList();
    }

    PageResult<TicketView> page(EntityManager em, String orderBy, int page, int size) {
        return entityPage(em, orderBy, page, size).map(t -> TicketView.summary(t, now));
    }

    /** The page's requests themselves, for a page that renders them (no views, no lazy reads for views). */
    PageResult<Ticket> entityPage(EntityManager em, String orderBy, int page, int size) {
        TypedQuery<Ticket> select = HqlQueries.create(em, selectText(orderBy), Ticket.class);
        TypedQuery<Long> count = HqlQueries.create(em, countText(), Long.class);
        params.forEach((name, value) -> {
            if (where().indexOf(":" + name) >= 0 || orderBy.contains(":" + name)) {
                select.setParameter(name, value);
            }
            if (where().indexOf(":" + name) >= 0) {
                count.setParameter(name, value);
            }
        });
        List<Ticket> tickets = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = tickets.size() < size && (page == 0 || !tickets.isEmpty())
                ? (long) page * size + tickets.size() : count.getSingleResult();
        return new PageResult<>(tickets, page, size, total);
    }
}

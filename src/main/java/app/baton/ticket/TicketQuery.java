package app.baton.ticket;

import app.baton.web.HqlQueries;
import app.baton.web.PageResult;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A filtered, ordered page of tickets in HQL. The overdue and at-risk conditions read the
 * database-kept due_at and warn_at columns; a WAITING ticket is judged at the moment it started
 * to wait (its clock is paused), which is what coalesce(waitingSince, now) says.
 */
final class TicketQuery {

    /*
     * Most urgent first: the open requests by the deadline that applies now, earliest first (the
     * older request first at the same moment), then the closed ones, newest first. As one ORDER BY
     * ("case when due_at is null then 1 else 0 end, due_at, id") no index can give it, and MariaDB
     * sorted every matching row for each page: the unfiltered list took 0.4–1 s at 1M requests.
     * mostUrgentPage and mostUrgentRows read it as its two parts instead, each in an index's order
     * (due_at is null unless the request is open: ix_tickets_due, ix_tickets_department_due).
     */

    /**
     * The first part of the most urgent order: the open requests, by deadline. A due_at implies
     * an open request; is_open says so again for the indexes that start with a person or a
     * department and is_open (ix_tickets_assignee_open: My work's assigned list read all 3,081
     * requests a person was ever assigned, 9.7 ms, to find 66 open ones, 0.5 ms with it).
     */
    private static final String OPEN_PART = "t.dueAtColumn is not null and t.openColumn = true";
    private static final String OPEN_ORDER = "t.dueAtColumn, t.id";

    /**
     * The second part: the closed requests, newest first. "id desc" is the primary key's own
     * order, and with a filter MariaDB 10.11 prefers to walk the primary key (or ix_tickets_due)
     * backwards until the page is full, costing the walk as if the filter's requests were spread
     * evenly over the years: at 1M requests the closed list of a department whose requests are
     * older than three years read 613,511 rows (0.67 s) for 25, and an active department's 10,339.
     * So when a condition has an index of its own ({@link #indexedBy}), this part names those
     * indexes to MariaDB (USE INDEX) and its cost follows the filter's own rows, not the table.
     */
    private static final String CLOSED_PART = "t.dueAtColumn is null";
    private static final String CLOSED_ORDER = "t.id desc";

    /** The conditions joined by "and"; "1 = 1" until the first one (see {@link #where()}). */
    private final StringBuilder conditions = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final Instant now;
    /** The indexes of conditions that have their own (a department, a person, a client): see CLOSED_PART. */
    private final Set<String> conditionIndexes = new LinkedHashSet<>();
    /** The indexes this query's statements may read, as MariaDB's USE INDEX names them; null: any. */
    private String useIndexes;

    /**
     * What the conditions already say of the requests' state (a status filter, overdue): the
     * most urgent order then skips the part that cannot match, which MariaDB could only learn by
     * reading (a search for RESOLVED requests read every open one to find none).
     */
    private boolean openOnly;
    private boolean closedOnly;

    TicketQuery(Instant now) {
        this.now = now;
        params.put("now", now);
    }

    /** This query's conditions and one more, as a new query (this one is left as it is). */
    private TicketQuery narrowedTo(String condition) {
        TicketQuery narrowed = new TicketQuery(now);
        narrowed.conditions.append(conditions);
        narrowed.params.putAll(params);
        narrowed.conditionIndexes.addAll(conditionIndexes);
        return narrowed.and(condition);
    }

    /** The closed part of the most urgent order, read through the conditions' own indexes (see CLOSED_PART). */
    private TicketQuery closedPart() {
        TicketQuery closed = narrowedTo(CLOSED_PART);
        closed.useIndexes = conditionIndexes.isEmpty() ? null : String.join(", ", conditionIndexes);
        return closed;
    }

    /** The last condition added can be read through {@code indexes} of the tickets table (see CLOSED_PART). */
    TicketQuery indexedBy(String... indexes) {
        conditionIndexes.addAll(List.of(indexes));
        return this;
    }

    /** Names the indexes the statement may read, when this query restricts them (Hibernate writes USE INDEX). */
    private <T> TypedQuery<T> restrictedToIndexes(TypedQuery<T> query) {
        if (useIndexes != null) {
            query.unwrap(org.hibernate.query.Query.class).addQueryHint(useIndexes);
        }
        return query;
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

    /** The conditions match open requests only. */
    TicketQuery openOnly() {
        openOnly = true;
        return this;
    }

    /** The conditions match closed requests only. */
    TicketQuery closedOnly() {
        closedOnly = true;
        return this;
    }

    TicketQuery overdue(boolean wanted) {
        openOnly |= wanted;
        return and(wanted ? OVERDUE : "t.dueAtColumn is null or not (" + OVERDUE + ")");
    }

    TicketQuery atRisk(boolean wanted) {
        openOnly |= wanted;
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

    /** The same for {@link #mostUrgentPage}: its two parts, the open part's count, the whole count and the ids. */
    void createMostUrgentPageQueries(EntityManager em) {
        TicketQuery open = narrowedTo(OPEN_PART);
        HqlQueries.create(em, open.selectText(OPEN_ORDER), Ticket.class);
        HqlQueries.create(em, open.countText(), Long.class);
        HqlQueries.create(em, narrowedTo(CLOSED_PART).selectText(CLOSED_ORDER), Ticket.class);
        HqlQueries.create(em, countText(), Long.class);
        HqlQueries.create(em, idsText(), Long.class);
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
        bind(query, hql);
        Object[] row = query.getSingleResult();
        long[] counts = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            // the sums of no rows are null
            counts[i] = row[i] == null ? 0 : ((Number) row[i]).longValue();
        }
        return counts;
    }

    /**
     * {@link #counts} for each value of {@code groupBy}, in one statement: the value, then the
     * counts. Values with no matching ticket are absent.
     */
    Map<Object, long[]> groupedCounts(EntityManager em, String groupBy, List<String> parts, Map<String, Object> parameters) {
        params.putAll(parameters);
        String hql = groupedCountsText(groupBy, parts);
        TypedQuery<Object[]> query = HqlQueries.create(em, hql, Object[].class);
        bind(query, hql);
        Map<Object, long[]> grouped = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            long[] counts = new long[row.length - 1];
            for (int i = 1; i < row.length; i++) {
                counts[i - 1] = row[i] == null ? 0 : ((Number) row[i]).longValue();
            }
            grouped.put(row[0], counts);
        }
        return grouped;
    }

    private String groupedCountsText(String groupBy, List<String> parts) {
        return countsText(parts).replaceFirst("^select ", "select " + groupBy + ", ") + " group by " + groupBy;
    }

    /** Chosen columns of the first {@code max} tickets in order; {@code joins} may name further aliases. */
    List<Object[]> rows(EntityManager em, String select, String joins, String orderBy, int max) {
        TypedQuery<Object[]> query = restrictedToIndexes(HqlQueries.create(em, "select " + select + " from Ticket t " + joins
                + " where " + where() + " order by " + orderBy, Object[].class));
        bind(query, where() + orderBy);
        return query.setMaxResults(max).getResultList();
    }

    /** The page's requests themselves, for a page that renders them (no views, no lazy reads for views). */
    PageResult<Ticket> entityPage(EntityManager em, String orderBy, int page, int size) {
        List<Ticket> tickets = select(em, orderBy, page * size, size);
        return new PageResult<>(tickets, page, size, total(em, page, size, tickets.size(), TicketSearch.EXACT_COUNT));
    }

    /**
     * A page in the most urgent order (see OPEN_PART), read as its two parts: the open requests from the
     * page's offset, then as many closed ones as the page still has room for. Where the closed
     * part starts is known from the open rows read, unless the page lies wholly past them; then
     * the open requests are counted (an index range: 30,000 of 1M requests are open). The total
     * is counted up to {@code countUpTo} (see {@link #countUpTo}).
     */
    PageResult<Ticket> mostUrgentPage(EntityManager em, int page, int size, int countUpTo) {
        int offset = page * size;
        TicketQuery open = narrowedTo(OPEN_PART);
        List<Ticket> tickets = new ArrayList<>(closedOnly ? List.of() : open.select(em, OPEN_ORDER, offset, size));
        if (tickets.size() < size && !openOnly) {
            long openCount = closedOnly ? 0 : tickets.isEmpty() && offset > 0 ? open.count(em) : offset + tickets.size();
            tickets.addAll(closedPart().select(em, CLOSED_ORDER, (int) Math.max(0, offset - openCount),
                    size - tickets.size()));
        }
        return new PageResult<>(tickets, page, size, total(em, page, size, tickets.size(), countUpTo));
    }

    /** Chosen columns of the first {@code max} tickets in the most urgent order, read as its two parts. */
    List<Object[]> mostUrgentRows(EntityManager em, String select, String joins, int max) {
        List<Object[]> rows = new ArrayList<>(closedOnly ? List.of()
                : narrowedTo(OPEN_PART).rows(em, select, joins, OPEN_ORDER, max));
        if (rows.size() < max && !openOnly) {
            rows.addAll(closedPart().rows(em, select, joins, CLOSED_ORDER, max - rows.size()));
        }
        return rows;
    }

    /** The page's total: known from a short page, else counted (up to {@code countUpTo}). */
    private long total(EntityManager em, int page, int size, int read, int countUpTo) {
        // a short page tells the total; with NO_COUNT the caller shows none
        if (read < size && (page == 0 || read > 0) || countUpTo == TicketSearch.NO_COUNT) {
            return (long) page * size + read;
        }
        return countUpTo == TicketSearch.EXACT_COUNT ? count(em) : countUpTo(em, countUpTo);
    }

    private List<Ticket> select(EntityManager em, String orderBy, int first, int max) {
        TypedQuery<Ticket> select = restrictedToIndexes(HqlQueries.create(em, selectText(orderBy), Ticket.class));
        bind(select, where() + orderBy);
        return select.setFirstResult(first).setMaxResults(max).getResultList();
    }

    private long count(EntityManager em) {
        TypedQuery<Long> count = HqlQueries.create(em, countText(), Long.class);
        bind(count, where());
        return count.getSingleResult();
    }

    /**
     * How many tickets match, but no more than {@code limit + 1}: a person's unfiltered list at 1M
     * requests matches hundreds of thousands, and an exact count reads them all (0.15 s for an
     * administrator, 0.3 s with the visibility rule), where the first {@code limit + 1} ids are
     * found in a few milliseconds. More than {@code limit} says "more than {@code limit}".
     */
    private long countUpTo(EntityManager em, int limit) {
        TypedQuery<Long> ids = HqlQueries.create(em, idsText(), Long.class);
        bind(ids, where());
        return ids.setMaxResults(limit + 1).getResultList().size();
    }

    private String idsText() {
        return "select t.id from Ticket t where " + where();
    }

    /** Binds the parameters that {@code text} names. */
    private void bind(TypedQuery<?> query, String text) {
        params.forEach((name, value) -> {
            if (text.indexOf(":" + name) >= 0) {
                query.setParameter(name, value);
            }
        });
    }
}

package app.baton.ticket;

import static app.baton.web.QueryParams.blankToNull;
import static app.baton.web.QueryParams.id;
import static app.baton.web.QueryParams.integer;

import app.baton.client.ClientAccess;
import app.baton.department.Department;
import app.baton.user.AccessScope;
import app.baton.user.CurrentUser;
import app.baton.web.InList;
import app.baton.web.PageResult;
import app.baton.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import app.baton.web.ReadsOnly;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ticket lists: the filtered search and the department queues. Query parameters arrive as text
 * and are parsed here, so that a bad value is a 400 naming the parameter, never a 404 or 500.
 */
@ApplicationScoped
public class TicketSearch {

    public static final int DEFAULT_SIZE = 50;

    /** For {@link #searchRows}: count every match. */
    public static final int EXACT_COUNT = Integer.MAX_VALUE;

    /** For {@link #searchRows}: do not count; the caller shows no total (the result's total is then what was read). */
    public static final int NO_COUNT = -1;

    /** The unacknowledged view's condition, with :new bound to NEW. */
    private static final String UNACKNOWLEDGED = "t.status = :new";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    TicketPermissions permissions;

    public record Filter(String department, String requestingDepartment, List<String> status, String assignee,
            String requester, String client, String overdue, String atRisk, String q, String page, String size) {
    }

    public enum QueueView {
        OPEN, OVERDUE, AT_RISK, UNACKNOWLEDGED
    }

    @Transactional
    @ReadsOnly
    public PageResult<TicketView> search(Filter f) {
        Instant now = now();
        return searchRows(f, EXACT_COUNT).map(t -> TicketView.summary(t, now));
    }

    /**
     * The same search as the requests themselves, for pages that render them: the views'
     * watchers and requesting departments, which a list page does not show, are not read. The
     * total is counted up to {@code countUpTo} only, or to the end of the page when that is
     * further: a total above {@code countUpTo} means "more than that" (an exact count of a whole
     * unfiltered list reads every request the person may see).
     */
    @Transactional
    @ReadsOnly
    public PageResult<Ticket> searchRows(Filter f, int countUpTo) {
        int page = integer("page", f.page(), 0, 0, Integer.MAX_VALUE / PageResult.MAX_SIZE);
        int size = integer("size", f.size(), DEFAULT_SIZE, 1, PageResult.MAX_SIZE);
        return filtered(f).mostUrgentPage(em, page, size, countLimit(countUpTo, page, size));
    }

    /**
     * How far {@link #searchRows} counts a page's total: {@code countUpTo}, or to the end of the
     * page when that is further. A total above it means "more than it".
     */
    public static int countLimit(int countUpTo, int page, int size) {
        return countUpTo == NO_COUNT ? NO_COUNT
                : (int) Math.min(EXACT_COUNT, Math.max(countUpTo, (long) (page + 1) * size));
    }

    /**
     * Refuses a bad filter (400) as {@link #search} would, without reading anything: a page checks
     * first and searches inside the transaction it renders in, which a refusal would roll back.
     */
    public void check(Filter f) {
        integer("page", f.page(), 0, 0, Integer.MAX_VALUE / PageResult.MAX_SIZE);
        integer("size", f.size(), DEFAULT_SIZE, 1, PageResult.MAX_SIZE);
        conditions(f);
    }

    /**
     * The same search as rows for a CSV export, in the same order, at most {@code limit} of them
     * (page and size are ignored); one more is read to tell whether the list was cut.
     */
    @Transactional
    @ReadsOnly
    public TicketExport export(Filter f, int limit) {
        List<Object[]> rows = filtered(f).mostUrgentRows(em, TicketExport.SELECT, TicketExport.JOINS, limit + 1);
        boolean truncated = rows.size() > limit;
        return new TicketExport(truncated ? rows.subList(0, limit) : rows, truncated, limit);
    }

    /** The search's conditions, narrowed to what the caller may see. */
    private TicketQuery filtered(Filter f) {
        TicketQuery query = conditions(f);
        permissions.restrictSearch(currentUser.get(), query);
        return query;
    }

    /** The search's own conditions; a bad value is a 400 before anything is read. */
    private TicketQuery conditions(Filter f) {
        TicketQuery query = new TicketQuery(now());
        if (blankToNull(f.department()) != null) {
            // the index's order is the closed part's (department, due_at null, id): 25 rows a page
            query.and("t.receivingDepartment.code = :department", "department", f.department().trim().toUpperCase())
                    .indexedBy("ix_tickets_department_due");
        }
        if (blankToNull(f.requestingDepartment()) != null) {
            query.and("t.requestingDepartment.code = :requestingDepartment", "requestingDepartment",
                    f.requestingDepartment().trim().toUpperCase()).indexedBy("ix_tickets_requesting_department_due");
        }
        List<TicketStatus> statuses = statuses(f.status());
        if (!statuses.isEmpty()) {
            InList in = InList.of(statuses);
            query.and("t.status in " + in.placeholders("status"), in.parameters("status"));
            if (TicketStatus.OPEN.containsAll(statuses)) {
                query.openOnly();
            } else if (statuses.stream().noneMatch(TicketStatus::isOpen)) {
                query.closedOnly();
            }
        }
        Long assignee = id("assignee", f.assignee());
        if (assignee != null) {
            query.and("t.assignee.id = :assignee", "assignee", assignee).indexedBy("ix_tickets_assignee_open");
        }
        Long requester = id("requester", f.requester());
        if (requester != null) {
            query.and("t.requester.id = :requester", "requester", requester)
                    .indexedBy("ix_tickets_requester_status", "ix_tickets_requester_created");
        }
        Long client = id("client", f.client());
        if (client != null) {
            query.and("t.client.id = :client", "client", client).indexedBy("ix_tickets_client_created");
        }
        Boolean overdue = bool("overdue", f.overdue());
        if (overdue != null) {
            query.overdue(overdue);
        }
        Boolean atRisk = bool("atRisk", f.atRisk());
        if (atRisk != null) {
            query.atRisk(atRisk);
        }
        String q = blankToNull(f.q());
        if (q != null) {
            query.and("t.key like :q escape '!' or t.title like :q escape '!'", "q", "%" + likeEscaped(q.trim()) + "%");
        }
        return query;
    }

    /**
     * A department's queue, most urgent first. The open view reads ix_tickets_queue
     * (receiving_department_id, is_open, resolve_due_at) in index order; unacknowledged reads
     * ix_tickets_ack_queue.
     */
    @Transactional
    @ReadsOnly
    public PageResult<TicketView> queue(String departmentCode, String view, String pageText, String sizeText) {
        Department department = Department.findByCode(departmentCode)
                .orElseThrow(() -> ProblemException.notFound("Department " + departmentCode));
        return queue(department, view, pageText, sizeText);
    }

    /** The same, for a department the caller has already read (the queue page). */
    @Transactional
    @ReadsOnly
    public PageResult<TicketView> queue(Department department, String view, String pageText, String sizeText) {
        Instant now = now();
        PageResult<TicketView> result = queueRows(department, view, pageText, sizeText).map(t -> TicketView.summary(t, now));
        // each item carries the escalation steps taken on its current deadline, in one query
        java.util.Map<Long, List<TicketView.EscalationView>> steps = app.baton.escalation.Escalation
                .currentOf(result.items().stream().map(TicketView::id).toList());
        return new PageResult<>(result.items().stream()
                .map(v -> v.withEscalations(steps.getOrDefault(v.id(), List.of()))).toList(),
                result.page(), result.size(), result.total());
    }

    /**
     * The same page of the queue as the requests themselves, for the queue page, which renders
     * them: the views' watchers, requesting departments and escalation steps, which the page does
     * not show, are not read (three statements of a page's thirteen).
     */
    @Transactional
    @ReadsOnly
    public PageResult<Ticket> queueRows(Department department, String view, String pageText, String sizeText) {
        QueueView queueView = queueView(view);
        int page = integer("page", pageText, 0, 0, Integer.MAX_VALUE / PageResult.MAX_SIZE);
        int size = integer("size", sizeText, DEFAULT_SIZE, 1, PageResult.MAX_SIZE);
        return queueQuery(department, queueView).entityPage(em, queueOrder(queueView), page, size);
    }

    /**
     * The four views' counts of a department's queue, each exactly what the view's list counts
     * for this person. For the department's own people, one statement: every view is a part of
     * the open requests (overdue and at risk read due_at and warn_at, which the database keeps
     * null unless a request is open; unacknowledged is NEW), so it has the open view's conditions
     * and restriction and sums the other views' conditions over its rows, one pass over the
     * department's open rows in ix_tickets_queue. Their restriction (restricted clients) has the
     * database read each row anyway, so one pass beats four (1M requests: 45.9 → 21.8 ms).
     * Administrators and people of other departments get one count per view instead: an
     * administrator's counts read the index alone, and an outsider's visibility rule is costly per
     * row, so counting only each view's own rows is cheaper for them (performance.md, change 15).
     * Takes the department its caller has already read, so as not to read it again, and the
     * view whose list the caller has just counted ({@code shown}, its total {@code shownCount};
     * null when none), so that the shown tab says what its list says.
     */
    @Transactional
    @ReadsOnly
    public QueueCounts queueCounts(Department department, QueueView shown, long shownCount) {
        AccessScope scope = permissions.scope(currentUser.get());
        Map<QueueView, Long> counts = new EnumMap<>(QueueView.class);
        if (onePassCounts(scope, department)) {
            // count(t), then the sums of TAB_PARTS in their order
            long[] sums = queueQuery(department, QueueView.OPEN).counts(em, TAB_PARTS, Map.of("new", TicketStatus.NEW));
            counts.put(QueueView.OPEN, sums[0]);
            counts.put(QueueView.OVERDUE, sums[1]);
            counts.put(QueueView.AT_RISK, sums[2]);
            counts.put(QueueView.UNACKNOWLEDGED, sums[3]);
        } else {
            for (QueueView view : QueueView.values()) {
                if (view != shown) {
                    counts.put(view, queueQuery(department, view).counts(em, List.of(), Map.of())[0]);
                }
            }
        }
        if (shown != null) {
            counts.put(shown, shownCount);
        }
        return new QueueCounts(counts.get(QueueView.OPEN), counts.get(QueueView.OVERDUE),
                counts.get(QueueView.AT_RISK), counts.get(QueueView.UNACKNOWLEDGED));
    }

    /**
     * {@link #queueCounts} of several departments at once (the queues page). The departments whose
     * queues this person sees whole (an administrator's, a member's or head's own, but for
     * restricted clients) are counted in one statement grouped by department, one pass over
     * their open rows in ix_tickets_queue: the page counted four views per department, 200
     * statements for an administrator's 50 departments. Any other department is counted as
     * {@link #queueCounts} counts it.
     */
    @Transactional
    @ReadsOnly
    public Map<Long, QueueCounts> queueCounts(List<Department> departments) {
        AccessScope scope = permissions.scope(currentUser.get());
        Map<Long, QueueCounts> counts = new HashMap<>();
        List<Department> whole = departments.stream().filter(d -> scope.admin() || scope.inDepartment(d.id)).toList();
        if (!whole.isEmpty()) {
            Map<Object, long[]> grouped = openOfDepartments(scope, whole).groupedCounts(em, "t.receivingDepartment.id",
                    TAB_PARTS, Map.of("new", TicketStatus.NEW));
            for (Department d : whole) {
                long[] sums = grouped.getOrDefault(d.id, new long[4]);
                counts.put(d.id, new QueueCounts(sums[0], sums[1], sums[2], sums[3]));
            }
        }
        for (Department d : departments) {
            counts.computeIfAbsent(d.id, id -> queueCounts(d, null, 0));
        }
        return counts;
    }

    /** The open requests of departments whose queues this person sees whole, as restrictQueue narrows them. */
    private TicketQuery openOfDepartments(AccessScope scope, List<Department> departments) {
        InList ids = InList.of(departments.stream().map(d -> d.id).toList());
        TicketQuery query = new TicketQuery(now()).and("t.receivingDepartment.id in " + ids.placeholders("receiving"),
                ids.parameters("receiving")).and("t.openColumn = true");
        if (!scope.admin()) {
            query.and(ClientAccess.hqlClientIdCondition(scope, "t.client.id"), scope.hqlParameters());
        }
        return query;
    }

    private static boolean onePassCounts(AccessScope scope, Department department) {
        return !scope.admin() && scope.inDepartment(department.id);
    }

    /** The conditions of the views other than open, summed over the open view's rows by {@link #queueCounts}. */
    private static final List<String> TAB_PARTS = List.of(TicketQuery.OVERDUE, TicketQuery.AT_RISK, UNACKNOWLEDGED);

    /** How many requests each view of a department's queue holds. */
    public record QueueCounts(long open, long overdue, long atRisk, long unacknowledged) {

        public long of(QueueView view) {
            return switch (view) {
                case OPEN -> open;
                case OVERDUE -> overdue;
                case AT_RISK -> atRisk;
                case UNACKNOWLEDGED -> unacknowledged;
            };
        }
    }

    /** The requests of one queue view that this person may see; the list and its count share it. */
    private TicketQuery queueQuery(Department department, QueueView queueView) {
        TicketQuery query = queueConditions(department, queueView);
        permissions.restrictQueue(currentUser.get(), department, query);
        return query;
    }

    private TicketQuery queueConditions(Department department, QueueView queueView) {
        TicketQuery query = new TicketQuery(now()).and("t.receivingDepartment = :receiving", "receiving", department);
        switch (queueView) {
            case OPEN -> query.and("t.openColumn = true");
            case OVERDUE -> query.overdue(true);
            case AT_RISK -> query.atRisk(true);
            case UNACKNOWLEDGED -> query.and(UNACKNOWLEDGED, "new", TicketStatus.NEW);
        }
        return query;
    }

    private static String queueOrder(QueueView queueView) {
        return switch (queueView) {
            case OPEN -> "t.resolveDueAt, t.id";
            case OVERDUE, AT_RISK -> "t.dueAtColumn, t.id";
            case UNACKNOWLEDGED -> "t.ackDueAt, t.id";
        };
    }

    /**
     * Creates, without running them, the queries that {@link #queue} (every view) and
     * {@link #search} (given filters) run for a person with this scope looking at a department's
     * queue, built by the same code; returns how many texts that was. See ListQueryWarmup.
     */
    int createListQueries(AccessScope scope, Department department, List<Filter> searches) {
        int texts = 0;
        for (QueueView view : QueueView.values()) {
            TicketQuery query = queueConditions(department, view);
            TicketPermissions.restrictQueue(scope, department, query);
            query.createPageQueries(em, queueOrder(view));
            texts += 2;
        }
        if (onePassCounts(scope, department)) {
            TicketQuery open = queueConditions(department, QueueView.OPEN);
            TicketPermissions.restrictQueue(scope, department, open);
            open.createCountsQuery(em, TAB_PARTS);
            texts++;
        }
        for (Filter f : searches) {
            TicketQuery query = conditions(f);
            TicketPermissions.restrictSearch(scope, query);
            query.createMostUrgentPageQueries(em);
            texts += 5;
        }
        return texts;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static QueueView queueView(String text) {
        if (blankToNull(text) == null) {
            return QueueView.OPEN;
        }
        try {
            return QueueView.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("view", "must be one of open, overdue, at-risk, unacknowledged");
        }
    }

    private static List<TicketStatus> statuses(List<String> texts) {
        List<TicketStatus> statuses = new ArrayList<>();
        if (texts == null) {
            return statuses;
        }
        for (String text : texts) {
            // status=NEW&status=WAITING and status=NEW,WAITING both work
            for (String part : text.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    statuses.add(TicketStatus.valueOf(part.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.badField("status", "unknown status " + part.trim());
                }
            }
        }
        return statuses;
    }



    private static Boolean bool(String name, String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badField(name, "must be true or false");
        };
    }


    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}

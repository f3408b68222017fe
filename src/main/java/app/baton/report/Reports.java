package app.baton.report;

import static app.baton.web.QueryParams.blankToNull;

import app.baton.department.Department;
import app.baton.promise.PromiseStatus;
import app.baton.ticket.TicketPermissions;
import app.baton.ticket.TicketStatus;
import app.baton.user.AccessScope;
import app.baton.user.CurrentAccess;
import app.baton.user.CurrentUser;
import app.baton.web.ProblemException;
import app.baton.web.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import app.baton.web.HqlQueries;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reports of one receiving department. Every figure is computed over the requests the caller
 * may see, with the condition every list uses ({@link TicketPermissions#hqlCondition}): an
 * administrator or a member of the department gets the whole department (bar restricted clients
 * they are not allowed on); anyone else gets what they could see of it (what their own
 * departments sent, what they requested, are assigned to or watch), never a 403.
 * <p>
 * The SLA and client reports read the requests received in a bounded date range through
 * ix_tickets_department_created (V13); the workload reads the open ones through ix_tickets_queue.
 */
@ApplicationScoped
public class Reports {

    public static final int MAX_CLIENTS = 100;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentAccess currentAccess;

    public record TypeFigures(long type, String typeName, SlaFigures figures) {
    }

    public record MonthFigures(String month, SlaFigures figures) {
    }

    public record SlaReport(String department, LocalDate from, LocalDate to, String timeZone, SlaFigures total,
            List<TypeFigures> byType, List<MonthFigures> byMonth) {
    }

    public record PersonLoad(long user, String name, long open, Instant oldestOpenAt, long oldestAgeHours) {
    }

    public record Workload(String department, long open, long unassigned, Instant oldestOpenAt, Long oldestAgeHours,
            List<PersonLoad> people) {
    }

    /** {@code keptPercent}: kept out of kept and broken, one decimal; null when none was decided. */
    public record PromiseReport(String department, LocalDate from, LocalDate to, String timeZone, long kept,
            long broken, long renegotiated, long open, long openOverdue, Double keptPercent) {
    }

    public record ClientCount(long client, String name, long requests) {
    }

    public record ClientReport(String department, LocalDate from, LocalDate to, String timeZone,
            List<ClientCount> clients) {
    }

    /** Compliance and medians of the requests the department received in the range, in total, per type and month. */
    public SlaReport sla(String departmentCode, String fromText, String toText) {
        Department department = department(departmentCode);
        ReportRange range = range(fromText, toText);
        Instant now = now();
        TypedQuery<Object[]> query = scoped(HqlQueries.create(em, slaText(visible()), Object[].class));
        query.setParameter("department", department.id).setParameter("start", range.start())
                .setParameter("end", range.end());
        SlaFigures.Tally total = new SlaFigures.Tally();
        Map<Long, SlaFigures.Tally> byType = new LinkedHashMap<>();
        TreeMap<YearMonth, SlaFigures.Tally> byMonth = new TreeMap<>();
        for (YearMonth m = YearMonth.from(range.from()); !m.atDay(1).isAfter(range.to().minusDays(1)); m = m.plusMonths(1)) {
            byMonth.put(m, new SlaFigures.Tally());
        }
        query.getResultStream().forEach(r -> {
            Instant created = (Instant) r[2];
            SlaOutcome outcome = SlaOutcome.of((TicketStatus) r[1], created, (Instant) r[3], (Instant) r[4],
                    (Instant) r[5], (Instant) r[6], (Instant) r[7], now);
            total.add(outcome);
            byType.computeIfAbsent((Long) r[0], k -> new SlaFigures.Tally()).add(outcome);
            byMonth.computeIfAbsent(YearMonth.from(created.atZone(range.zone())), k -> new SlaFigures.Tally())
                    .add(outcome);
        });
        Map<Long, String> typeNames = new java.util.HashMap<>();
        if (!byType.isEmpty()) {
            em.createQuery("select r.id, r.name from RequestType r where r.id in :ids", Object[].class)
                    .setParameter("ids", byType.keySet()).getResultList()
                    .forEach(r -> typeNames.put((Long) r[0], (String) r[1]));
        }
        List<TypeFigures> types = byType.entrySet().stream()
                .map(e -> new TypeFigures(e.getKey(), typeNames.get(e.getKey()), e.getValue().figures()))
                .sorted(java.util.Comparator.comparing(TypeFigures::typeName, java.util.Comparator.nullsLast(
                        String.CASE_INSENSITIVE_ORDER)))
                .toList();
        List<MonthFigures> months = byMonth.entrySet().stream()
                .map(e -> new MonthFigures(e.getKey().toString(), e.getValue().figures())).toList();
        return new SlaReport(department.code, range.from(), range.to(), range.zone().getId(), total.figures(), types,
                months);
    }

    /** Open requests per assignee, the unassigned ones and the oldest open request. */
    public Workload workload(String departmentCode) {
        Department department = department(departmentCode);
        Instant now = now();
        List<Object[]> rows = scoped(HqlQueries.create(em, workloadText(visible()), Object[].class))
                .setParameter("department", department.id).getResultList();
        long open = 0;
        long unassigned = 0;
        Instant oldest = null;
        List<PersonLoad> people = new ArrayList<>();
        for (Object[] r : rows) {
            long count = ((Number) r[2]).longValue();
            Instant since = (Instant) r[3];
            open += count;
            oldest = oldest == null || since.isBefore(oldest) ? since : oldest;
            if (r[0] == null) {
                unassigned += count;
            } else {
                people.add(new PersonLoad((Long) r[0], (String) r[1], count, since, hours(since, now)));
            }
        }
        people.sort(java.util.Comparator.comparing(PersonLoad::open).reversed()
                .thenComparing(PersonLoad::name, String.CASE_INSENSITIVE_ORDER));
        return new Workload(department.code, open, unassigned, oldest, oldest == null ? null : hours(oldest, now),
                people);
    }

    /** The clients with the most requests received by the department in the range, most first. */
    public ClientReport clients(String departmentCode, String fromText, String toText, String limitText) {
        Department department = department(departmentCode);
        ReportRange range = range(fromText, toText);
        int limit = QueryParams.integer("limit", limitText, 10, 1, MAX_CLIENTS);
        List<ClientCount> clients = scoped(HqlQueries.create(em, clientsText(visible()), Object[].class))
                .setParameter("department", department.id).setParameter("start", range.start())
                .setParameter("end", range.end()).setMaxResults(limit).getResultList().stream()
                .map(r -> new ClientCount((Long) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
        return new ClientReport(department.code, range.from(), range.to(), range.zone().getId(), clients);
    }

    /**
     * Promises made on the requests the department received in the range: how many were kept,
     * broken, renegotiated or are still open (and how many of those are past due). Promises not
     * tied to a request belong to no department and are not counted.
     */
    public PromiseReport promises(String departmentCode, String fromText, String toText) {
        Department department = department(departmentCode);
        ReportRange range = range(fromText, toText);
        Map<PromiseStatus, long[]> counts = new java.util.EnumMap<>(PromiseStatus.class);
        scoped(HqlQueries.create(em, promisesText(visible()), Object[].class))
                .setParameter("department", department.id).setParameter("start", range.start())
                .setParameter("end", range.end()).setParameter("now", now()).getResultList()
                .forEach(r -> counts.put((PromiseStatus) r[0],
                        new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        long kept = counts.getOrDefault(PromiseStatus.KEPT, new long[2])[0];
        long broken = counts.getOrDefault(PromiseStatus.BROKEN, new long[2])[0];
        long[] open = counts.getOrDefault(PromiseStatus.OPEN, new long[2]);
        return new PromiseReport(department.code, range.from(), range.to(), range.zone().getId(), kept, broken,
                counts.getOrDefault(PromiseStatus.RENEGOTIATED, new long[2])[0], open[0], open[1],
                kept + broken == 0 ? null : Math.round(kept * 1000.0 / (kept + broken)) / 10.0);
    }

    public ReportRange range(String fromText, String toText) {
        ZoneId zone = app.baton.user.Zones.of(currentUser.get());
        return ReportRange.parse(fromText, toText, zone, LocalDate.ofInstant(now(), zone));
    }

    /** Binds the caller's part of {@link #visible()}. */
    private <Q extends jakarta.persistence.Query> Q scoped(Q query) {
        return currentAccess.get().bind(query);
    }

    private String visible() {
        return visible(currentAccess.get());
    }

    private static String visible(AccessScope scope) {
        String condition = TicketPermissions.hqlCondition(scope, "t");
        return condition == null ? "" : " and " + condition;
    }

    private static String slaText(String visible) {
        return "select t.type.id, t.status, t.createdAt, t.ackDueAt,"
                + " t.acknowledgedAt, t.resolveDueAt, t.resolvedAt, t.waitingSince from Ticket t"
                + " where t.receivingDepartment.id = :department and t.createdAt >= :start and t.createdAt < :end"
                + visible;
    }

    private static String workloadText(String visible) {
        return "select a.id, a.name, count(t), min(t.createdAt) from Ticket t"
                + " left join t.assignee a where t.receivingDepartment.id = :department"
                + " and t.openColumn = true" + visible + " group by a.id, a.name";
    }

    private static String clientsText(String visible) {
        return "select c.id, c.name, count(t) from Ticket t join t.client c"
                + " where t.receivingDepartment.id = :department and t.createdAt >= :start"
                + " and t.createdAt < :end" + visible + " group by c.id, c.name order by count(t) desc, c.name";
    }

    private static String promisesText(String visible) {
        return "select p.status, count(p), sum(case when p.dueAt <= :now then 1 else 0 end) from Promise p"
                + " join p.ticket t where t.receivingDepartment.id = :department and t.createdAt >= :start"
                + " and t.createdAt < :end" + visible + " group by p.status";
    }

    /**
     * Creates, without running them, the report queries a person with this scope gets, so that
     * Hibernate has parsed them before the first report is asked for; returns how many texts.
     * See ListQueryWarmup.
     */
    public int createQueries(AccessScope scope) {
        String visible = visible(scope);
        for (String text : List.of(slaText(visible), workloadText(visible), clientsText(visible),
                promisesText(visible))) {
            HqlQueries.create(em, text, Object[].class);
        }
        return 4;
    }

    private static Department department(String code) {
        if (blankToNull(code) == null) {
            throw ProblemException.badField("department", "is required: the code of the receiving department");
        }
        return Department.findByCode(code).orElseThrow(() -> ProblemException.notFound("Department " + code.trim()));
    }

    private static long hours(Instant since, Instant now) {
        return Math.max(0, Duration.between(since, now).toHours());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

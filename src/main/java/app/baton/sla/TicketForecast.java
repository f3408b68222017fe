package app.baton.sla;

import static app.baton.web.QueryParams.id;

import app.baton.client.Client;
import app.baton.client.ClientAccess;
import app.baton.department.Department;
import app.baton.department.RequestType;
import app.baton.ticket.Priority;
import app.baton.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When a request of a type would be done if it were made now: the standard date from the SLA,
 * and a realistic one from how long that type recently took and how loaded the receiving
 * department is today. Pages call {@link #forecast} directly; docs/sla-and-escalation.md
 * explains the method.
 */
@ApplicationScoped
public class TicketForecast {

    /** Below this many recent resolutions the SLA target stands in for the recent times. */
    public static final int MIN_SAMPLES = 5;
    /** How far back resolutions count, and how many of the latest are read at most. */
    public static final Duration SAMPLE_WINDOW = Duration.ofDays(90);
    public static final int MAX_SAMPLES = 500;
    /** The share of recent requests that were resolved within the realistic duration. */
    public static final int PERCENTILE = 80;
    /** A flooded queue must not predict years: the load stretches the duration at most this much. */
    public static final double MAX_LOAD_FACTOR = 10.0;

    public static final String METHOD_RECENT = "P80_OF_RECENT_RESOLUTIONS_SCALED_BY_QUEUE";
    public static final String METHOD_SLA = "SLA_SCALED_BY_QUEUE";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    ClientAccess clientAccess;

    /**
     * @param recentMinutes the 80th percentile of recent business-time resolution durations
     *                      (null when too few samples and the SLA was used)
     * @param loadFactor    open requests per active person, between 1 and {@value #MAX_LOAD_FACTOR}
     */
    public record Forecast(Instant standardDueAt, Instant realisticDueAt, String method, int sampleSize,
            long openInQueue, long activeStaff, String department, Priority priority, Long recentMinutes,
            double loadFactor) {
    }

    /** The API's form: parameters as text, so that bad ones answer 400 naming the parameter. */
    @Transactional
    public Forecast forecast(String typeText, String priorityText, String clientText) {
        Long typeId = id("type", typeText);
        if (typeId == null) {
            throw ProblemException.badField("type", "is required");
        }
        RequestType type = RequestType.findById(typeId);
        if (type == null || !type.active) {
            throw ProblemException.badField("type", "no active request type has the id " + typeId);
        }
        Priority priority = priority(priorityText, type.defaultPriority);
        Long clientId = id("client", clientText);
        if (clientId != null) {
            // today the forecast does not depend on the client; an unknown one is still an error
            clientAccess.requireVisible(Client.findById(clientId), clientId);
        }
        return forecast(type, priority);
    }

    @Transactional
    public Forecast forecast(RequestType type, Priority priority) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Department department = type.department;
        Duration sla = Duration.ofMinutes(type.slaFor(priority).resolveMinutes);
        Instant standard = deadlines.plusBusinessTime(department, now, sla);

        List<Duration> samples = recentResolutionTimes(type, department, now);
        Duration base = samples.size() < MIN_SAMPLES ? sla : percentile(samples, PERCENTILE);
        long open = em.createQuery("select count(t) from Ticket t where t.receivingDepartment = :department"
                + " and t.status in :open", Long.class).setParameter("department", department)
                .setParameter("open", app.baton.ticket.TicketStatus.OPEN).getSingleResult();
        long staff = em.createQuery("select count(u) from User u join u.departments d"
                + " where d = :department and u.active = true", Long.class)
                .setParameter("department", department).getSingleResult();
        double load = (double) open / Math.max(staff, 1);
        double factor = Math.min(MAX_LOAD_FACTOR, Math.max(1.0, load));
        Duration realisticTime = Duration.ofSeconds(Math.round(base.toSeconds() * factor));
        Instant realistic = deadlines.plusBusinessTime(department, now, realisticTime);
        if (realistic.isBefore(standard)) {
            realistic = standard; // a promise tighter than the SLA is not a forecast
        }
        boolean fromRecent = samples.size() >= MIN_SAMPLES;
        return new Forecast(standard, realistic, fromRecent ? METHOD_RECENT : METHOD_SLA, samples.size(), open, staff,
                department.code, priority, fromRecent ? base.toMinutes() : null, Math.round(factor * 100) / 100.0);
    }

    /** Business time from creation to resolution of the type's latest resolved requests. */
    private List<Duration> recentResolutionTimes(RequestType type, Department department, Instant now) {
        List<Object[]> rows = em.createQuery("select t.createdAt, t.resolvedAt from Ticket t where t.type = :type"
                        + " and t.resolvedAt >= :since order by t.resolvedAt desc", Object[].class)
                .setParameter("type", type).setParameter("since", now.minus(SAMPLE_WINDOW))
                .setMaxResults(MAX_SAMPLES).getResultList();
        List<Duration> durations = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            durations.add(deadlines.businessTimeBetween(department, (Instant) row[0], (Instant) row[1]));
        }
        return durations;
    }

    /** Nearest-rank percentile. */
    static Duration percentile(List<Duration> samples, int percent) {
        List<Duration> sorted = samples.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static Priority priority(String text, Priority fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Priority.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("priority", "must be one of LOW, NORMAL, HIGH, URGENT");
        }
    }

}

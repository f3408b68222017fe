package app.baton.sla;

import app.baton.department.Department;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * All SLA deadline arithmetic, in the receiving department's business time. For now every
 * minute counts (no business calendars yet); callers must not do date arithmetic themselves,
 * so that calendars can be added here alone.
 */
@ApplicationScoped
public class DeadlineCalculator {

    public Instant plusBusinessMinutes(Department receiving, Instant from, long minutes) {
        return plusBusinessTime(receiving, from, Duration.ofMinutes(minutes));
    }

    public Instant plusBusinessTime(Department receiving, Instant from, Duration businessTime) {
        return from.plus(businessTime);
    }

    /** The business time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration businessTimeBetween(Department receiving, Instant from, Instant to) {
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }

    /** The moment when {@code warnPercent} of the business time from {@code start} to {@code due} has passed. */
    public Instant warningAt(Department receiving, Instant start, Instant due, int warnPercent) {
        Duration whole = businessTimeBetween(receiving, start, due);
        return plusBusinessTime(receiving, start, whole.multipliedBy(warnPercent).dividedBy(100));
    }

    /** A deadline moved later by the business time of a pause (a WAITING spell). */
    public Instant afterPause(Department receiving, Instant deadline, Instant pausedFrom, Instant pausedUntil) {
        return plusBusinessTime(receiving, deadline, businessTimeBetween(receiving, pausedFrom, pausedUntil));
    }
}

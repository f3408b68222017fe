package app.baton.sla;

import app.baton.department.Department;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * All SLA deadline arithmetic, in the receiving department's business time: its calendar when it
 * has one, every minute otherwise. Callers must not do date arithmetic themselves.
 */
@ApplicationScoped
public class DeadlineCalculator {

    public Instant plusBusinessMinutes(Department receiving, Instant from, long minutes) {
        return plusBusinessTime(receiving, from, Duration.ofMinutes(minutes));
    }

    public Instant plusBusinessTime(Department receiving, Instant from, Duration businessTime) {
        return plus(calendarOf(receiving), from, businessTime);
    }

    /** The business time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration businessTimeBetween(Department receiving, Instant from, Instant to) {
        return between(calendarOf(receiving), from, to);
    }

    /** The moment when {@code warnPercent} of the business time from {@code start} to {@code due} has passed. */
    public Instant warningAt(Department receiving, Instant start, Instant due, int warnPercent) {
        BusinessCalendar calendar = calendarOf(receiving);
        Duration whole = between(calendar, start, due);
        return plus(calendar, start, whole.multipliedBy(warnPercent).dividedBy(100));
    }

    /** A deadline moved later by the business time of a pause (a WAITING spell). */
    public Instant afterPause(Department receiving, Instant deadline, Instant pausedFrom, Instant pausedUntil) {
        BusinessCalendar calendar = calendarOf(receiving);
        return plus(calendar, deadline, between(calendar, pausedFrom, pausedUntil));
    }

    /** Loaded per call for now; the calendar is a few rows and a ticket change needs it once or twice. */
    private static BusinessCalendar calendarOf(Department receiving) {
        if (receiving == null || receiving.calendarId == null) {
            return null;
        }
        Calendar calendar = Calendar.findById(receiving.calendarId);
        return calendar == null ? null : calendar.toBusinessCalendar();
    }

    private static Instant plus(BusinessCalendar calendar, Instant from, Duration businessTime) {
        return calendar == null ? from.plus(businessTime) : calendar.plus(from, businessTime);
    }

    private static Duration between(BusinessCalendar calendar, Instant from, Instant to) {
        if (calendar != null) {
            return calendar.between(from, to);
        }
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }
}

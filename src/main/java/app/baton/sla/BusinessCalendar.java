package app.baton.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Business-time arithmetic over weekly opening hours and holidays in one time zone. Opening
 * hours are wall-clock times, so an interval that spans a DST switch is as long as the real time
 * that passes in it (a 00:00–24:00 day lasts 23 or 25 hours on switch days). Works a day at a
 * time, never minute by minute.
 */
public final class BusinessCalendar {

    /** One opening interval of a day, in minutes after midnight; {@code closes} may be 1440 (24:00). */
    public record Opening(int opens, int closes) {

        public Opening {
            if (opens < 0 || closes > MINUTES_PER_DAY || closes <= opens) {
                throw new IllegalArgumentException("an opening must close after it opens, within the day");
            }
        }

        public static Opening of(String opens, String closes) {
            return new Opening(minuteOfDay(opens), minuteOfDay(closes));
        }
    }

    static final int MINUTES_PER_DAY = 24 * 60;
    /** Holidays are finite, so a calendar with any weekly opening finds one within this many days. */
    private static final int MAX_CLOSED_DAYS = 366 * 10;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Opening>> hours;
    private final Set<LocalDate> holidays;

    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<Opening>> hours, Set<LocalDate> holidays) {
        this.zone = zone;
        this.hours = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, openings) -> {
            if (!openings.isEmpty()) {
                this.hours.put(day, openings.stream().sorted(Comparator.comparingInt(Opening::opens)).toList());
            }
        });
        if (this.hours.isEmpty()) {
            throw new IllegalArgumentException("a business calendar needs at least one opening in the week");
        }
        this.holidays = Set.copyOf(holidays);
    }

    public ZoneId zone() {
        return zone;
    }

    /** "HH:MM" as minutes after midnight; "24:00" is the end of the day. */
    public static int minuteOfDay(String hhmm) {
        if (hhmm == null || !hhmm.matches("([01]\\d|2[0-3]):[0-5]\\d|24:00")) {
            throw new IllegalArgumentException("must be a time HH:MM between 00:00 and 24:00");
        }
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
    }

    public static String format(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }

    /**
     * The instant when {@code businessTime} of open time has passed after {@code start}. A start
     * outside opening hours starts the clock at the next opening; a deadline that falls exactly
     * on a closing time is that closing time.
     */
    public Instant plus(Instant start, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("business time must not be negative");
        }
        if (businessTime.isZero()) {
            return start;
        }
        Duration remaining = businessTime;
        LocalDate day = start.atZone(zone).toLocalDate();
        int closedDays = 0;
        while (true) {
            boolean open = false;
            for (Opening opening : openingsOn(day)) {
                Instant opens = instant(day, opening.opens());
                Instant closes = instant(day, opening.closes());
                Instant from = opens.isAfter(start) ? opens : start;
                if (!closes.isAfter(from)) {
                    continue;
                }
                open = true;
                Duration available = Duration.between(from, closes);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
            closedDays = open ? 0 : closedDays + 1;
            if (closedDays > MAX_CLOSED_DAYS) {
                throw new IllegalStateException("the calendar has no opening in " + MAX_CLOSED_DAYS + " days");
            }
            day = day.plusDays(1);
        }
    }

    /** The open time between two instants; zero when {@code b} is not after {@code a}. */
    public Duration between(Instant a, Instant b) {
        if (!b.isAfter(a)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = b.atZone(zone).toLocalDate();
        for (LocalDate day = a.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Opening opening : openingsOn(day)) {
                Instant from = max(instant(day, opening.opens()), a);
                Instant to = min(instant(day, opening.closes()), b);
                if (to.isAfter(from)) {
                    total = total.plus(Duration.between(from, to));
                }
            }
        }
        return total;
    }

    private List<Opening> openingsOn(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        return hours.getOrDefault(day.getDayOfWeek(), List.of());
    }

    /** A wall-clock time of a day as an instant; a time skipped by a DST switch moves later, as clocks do. */
    private Instant instant(LocalDate day, int minuteOfDay) {
        if (minuteOfDay == MINUTES_PER_DAY) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(day, LocalTime.ofSecondOfDay(minuteOfDay * 60L), zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

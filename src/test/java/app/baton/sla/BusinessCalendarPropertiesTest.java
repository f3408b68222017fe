package app.baton.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.baton.sla.BusinessCalendar.Opening;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Laws of business-time arithmetic over starts spread across several years (both DST switches included). */
class BusinessCalendarPropertiesTest {

    static final long FROM = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond() / 60;
    static final long TO = Instant.parse("2029-01-01T00:00:00Z").getEpochSecond() / 60;

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        Map<DayOfWeek, List<Opening>> lunch = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            lunch.put(day, List.of(Opening.of("09:00", "12:00"), Opening.of("13:00", "17:00")));
        }
        lunch.put(DayOfWeek.FRIDAY, List.of(Opening.of("09:00", "14:30")));
        Set<LocalDate> holidays = Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25"),
                LocalDate.parse("2027-01-01"), LocalDate.parse("2026-06-24"));
        Map<DayOfWeek, List<Opening>> nights = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, List<Opening>> always = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            nights.put(day, List.of(Opening.of("00:00", "06:00"), Opening.of("22:00", "24:00")));
            always.put(day, List.of(Opening.of("00:00", "24:00")));
        }
        return Arbitraries.of(
                new BusinessCalendar(ZoneId.of("Europe/Vilnius"), lunch, holidays),
                new BusinessCalendar(ZoneId.of("Europe/Riga"), nights, holidays),
                new BusinessCalendar(ZoneId.of("Europe/Moscow"), lunch, Set.of()),
                new BusinessCalendar(ZoneId.of("Europe/Vilnius"), always, Set.of()));
    }

    @Provide
    Arbitrary<Instant> starts() {
        return Arbitraries.longs().between(FROM, TO).map(minute -> Instant.ofEpochSecond(minute * 60));
    }

    @Property
    void plusIsMonotonicInTheDuration(@ForAll("calendars") BusinessCalendar calendar, @ForAll("starts") Instant start,
            @ForAll @LongRange(min = 0, max = 20_000) long a, @ForAll @LongRange(min = 0, max = 20_000) long b) {
        Instant dueA = calendar.plus(start, Duration.ofMinutes(Math.min(a, b)));
        Instant dueB = calendar.plus(start, Duration.ofMinutes(Math.max(a, b)));
        assertFalse(dueB.isBefore(dueA));
        assertFalse(dueA.isBefore(start));
    }

    @Property
    void betweenUndoesPlus(@ForAll("calendars") BusinessCalendar calendar, @ForAll("starts") Instant start,
            @ForAll @LongRange(min = 0, max = 20_000) long minutes) {
        Duration d = Duration.ofMinutes(minutes);
        assertEquals(d, calendar.between(start, calendar.plus(start, d)));
    }

    @Property
    void betweenUndoesPlusFromAnOpenMoment(@ForAll("calendars") BusinessCalendar calendar, @ForAll("starts") Instant anyTime,
            @ForAll @LongRange(min = 0, max = 20_000) long minutes) {
        Instant open = calendar.plus(anyTime, Duration.ofMinutes(1)).minusSeconds(30); // inside opening hours
        Duration d = Duration.ofMinutes(minutes);
        assertEquals(d, calendar.between(open, calendar.plus(open, d)));
    }

    @Property
    void pausingForOpenMinutesMovesTheDeadlineByExactlyThoseMinutes(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("starts") Instant start,
            @ForAll @LongRange(min = 1, max = 10_000) long sla,
            @ForAll @LongRange(min = 0, max = 10_000) long pauseAfter,
            @ForAll @LongRange(min = 0, max = 30_000) long pauseRealMinutes) {
        Instant due = calendar.plus(start, Duration.ofMinutes(sla));
        Instant pausedFrom = calendar.plus(start, Duration.ofMinutes(Math.min(pauseAfter, sla - 1)));
        Instant pausedUntil = pausedFrom.plus(Duration.ofMinutes(pauseRealMinutes));
        Duration paused = calendar.between(pausedFrom, pausedUntil);

        Instant moved = calendar.plus(due, paused);

        assertEquals(paused, calendar.between(due, moved));
        assertEquals(Duration.ofMinutes(sla).plus(paused), calendar.between(start, moved));
    }
}

package app.baton.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.baton.sla.BusinessCalendar.Opening;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");

    /** Monday to Friday with the same openings each day. */
    static BusinessCalendar weekdays(ZoneId zone, Set<LocalDate> holidays, Opening... openings) {
        Map<DayOfWeek, List<Opening>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.put(day, List.of(openings));
        }
        return new BusinessCalendar(zone, hours, holidays);
    }

    static BusinessCalendar everyDay(ZoneId zone, Opening... openings) {
        Map<DayOfWeek, List<Opening>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, List.of(openings));
        }
        return new BusinessCalendar(zone, hours, Set.of());
    }

    static final BusinessCalendar OFFICE = weekdays(VILNIUS, Set.of(), Opening.of("09:00", "17:00"));

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static Instant vilnius(String localDateTime) {
        return at(localDateTime, VILNIUS);
    }

    @Test
    void fridayAfternoonPlusTwoHoursIsMondayMorning() {
        // 2026-11-20 is a Friday
        assertEquals(vilnius("2026-11-23T10:00"), OFFICE.plus(vilnius("2026-11-20T16:00"), Duration.ofHours(2)));
    }

    @Test
    void aDeadlineOnTheClosingTimeStaysThatDay() {
        assertEquals(vilnius("2026-11-20T17:00"), OFFICE.plus(vilnius("2026-11-20T16:00"), Duration.ofHours(1)));
    }

    @Test
    void theLunchBreakDoesNotCount() {
        BusinessCalendar withLunch = weekdays(VILNIUS, Set.of(), Opening.of("09:00", "12:00"), Opening.of("13:00", "17:00"));
        assertEquals(vilnius("2026-11-23T14:00"), withLunch.plus(vilnius("2026-11-23T11:00"), Duration.ofHours(2)));
        assertEquals(Duration.ofHours(2), withLunch.between(vilnius("2026-11-23T11:00"), vilnius("2026-11-23T14:00")));
        // created during lunch: the clock starts at 13:00
        assertEquals(vilnius("2026-11-23T13:30"), withLunch.plus(vilnius("2026-11-23T12:10"), Duration.ofMinutes(30)));
    }

    @Test
    void aHolidayIsSkipped() {
        BusinessCalendar christmas = weekdays(VILNIUS, Set.of(LocalDate.parse("2026-12-24")), Opening.of("09:00", "17:00"));
        // Wednesday 16:00 + 2h: Thursday 24th is a holiday, so Friday 10:00
        assertEquals(vilnius("2026-12-25T10:00"), christmas.plus(vilnius("2026-12-23T16:00"), Duration.ofHours(2)));
        assertEquals(Duration.ofHours(2), christmas.between(vilnius("2026-12-23T16:00"), vilnius("2026-12-25T10:00")));
    }

    @Test
    void createdAtNightStartsNextMorning() {
        assertEquals(vilnius("2026-11-24T10:00"), OFFICE.plus(vilnius("2026-11-24T02:00"), Duration.ofHours(1)));
        assertEquals(vilnius("2026-11-24T10:00"), OFFICE.plus(vilnius("2026-11-23T21:30"), Duration.ofHours(1)));
        assertEquals(Duration.ZERO, OFFICE.between(vilnius("2026-11-23T17:00"), vilnius("2026-11-24T09:00")));
    }

    @Test
    void officeHoursAcrossTheSpringSwitch() {
        // 2026-03-29 (last Sunday of March): 03:00 EET becomes 04:00 EEST
        assertEquals(vilnius("2026-03-30T10:00"), OFFICE.plus(vilnius("2026-03-27T16:00"), Duration.ofHours(2)));
        assertEquals(Duration.ofHours(2), OFFICE.between(vilnius("2026-03-27T16:00"), vilnius("2026-03-30T10:00")));
    }

    @Test
    void officeHoursAcrossTheAutumnSwitch() {
        // 2026-10-25 (last Sunday of October): 04:00 EEST becomes 03:00 EET
        assertEquals(vilnius("2026-10-26T10:00"), OFFICE.plus(vilnius("2026-10-23T16:00"), Duration.ofHours(2)));
        assertEquals(Duration.ofHours(2), OFFICE.between(vilnius("2026-10-23T16:00"), vilnius("2026-10-26T10:00")));
    }

    @Test
    void aRoundTheClockCalendarCountsRealTimeOverTheSwitchNights() {
        BusinessCalendar always = everyDay(VILNIUS, Opening.of("00:00", "24:00"));
        assertEquals(Duration.ofHours(47), always.between(vilnius("2026-03-28T00:00"), vilnius("2026-03-30T00:00")));
        assertEquals(Duration.ofHours(49), always.between(vilnius("2026-10-24T00:00"), vilnius("2026-10-26T00:00")));
        Instant spring = vilnius("2026-03-28T12:00");
        assertEquals(spring.plus(Duration.ofHours(24)), always.plus(spring, Duration.ofHours(24)));
        assertEquals(vilnius("2026-03-29T13:00"), always.plus(spring, Duration.ofHours(24)));
        Instant autumn = vilnius("2026-10-24T12:00");
        assertEquals(vilnius("2026-10-25T11:00"), always.plus(autumn, Duration.ofHours(24)));
    }

    @Test
    void aNightShiftOverTheSwitchNightIsAsLongAsTheRealNight() {
        BusinessCalendar nights = everyDay(VILNIUS, Opening.of("00:00", "06:00"), Opening.of("22:00", "24:00"));
        // spring: 00:00-06:00 lasts 5 real hours, so 7 hours from Saturday 22:00 end at Sunday 06:00
        assertEquals(vilnius("2026-03-29T06:00"), nights.plus(vilnius("2026-03-28T22:00"), Duration.ofHours(7)));
        // autumn: it lasts 7 real hours; 5 hours after midnight (21:00Z) is the second 03:00, in EET
        assertEquals(Instant.parse("2026-10-25T02:00:00Z"), nights.plus(vilnius("2026-10-24T22:00"), Duration.ofHours(7)));
        assertEquals(Duration.ofHours(9), nights.between(vilnius("2026-10-24T22:00"), vilnius("2026-10-25T06:00")));
    }

    @Test
    void rigaAndMoscowUseTheirOwnZones() {
        ZoneId riga = ZoneId.of("Europe/Riga");
        BusinessCalendar rigaOffice = weekdays(riga, Set.of(), Opening.of("09:00", "17:00"));
        assertEquals(at("2026-03-30T10:00", riga), rigaOffice.plus(at("2026-03-27T16:00", riga), Duration.ofHours(2)));
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        BusinessCalendar moscowOffice = weekdays(moscow, Set.of(), Opening.of("09:00", "17:00"));
        // Moscow keeps UTC+3 all year
        Instant start = at("2026-10-23T16:00", moscow);
        assertEquals(Instant.parse("2026-10-26T07:00:00Z"), moscowOffice.plus(start, Duration.ofHours(2)));
    }

    @Test
    void betweenIsTheInverseOfPlus() {
        BusinessCalendar withLunch = weekdays(VILNIUS, Set.of(LocalDate.parse("2026-12-24")),
                Opening.of("08:00", "12:00"), Opening.of("12:45", "17:15"));
        Instant start = vilnius("2026-12-20T19:00");
        for (long minutes : new long[] {1, 59, 240, 241, 505, 5000, 100_000}) {
            Duration d = Duration.ofMinutes(minutes);
            assertEquals(d, withLunch.between(start, withLunch.plus(start, d)), minutes + " minutes");
        }
    }

    @Test
    void aLongDurationIsComputedWithoutWalkingMinutes() {
        // ten years of business time: day steps only, so this is quick
        Duration tenYears = Duration.ofHours(8L * 261 * 10);
        Instant start = vilnius("2026-11-23T09:00");
        Instant due = OFFICE.plus(start, tenYears);
        assertEquals(tenYears, OFFICE.between(start, due));
    }
}

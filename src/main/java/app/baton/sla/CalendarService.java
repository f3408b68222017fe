package app.baton.sla;

import app.baton.web.Problem;
import app.baton.user.Administrators;
import app.baton.web.ProblemException;
import app.baton.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

@ApplicationScoped
public class CalendarService {

    @Inject
    Clock clock;

    @Inject
    Administrators admins;

    public record CreateCalendar(
            @NotBlank @Size(max = 200) String name,
            @NotBlank String timeZone,
            @NotNull Map<String, List<List<String>>> hours,
            List<@NotNull LocalDate> holidays) {
    }

    public record UpdateCalendar(
            Long version,
            @Size(min = 1, max = 200) String name,
            String timeZone,
            Map<String, List<List<String>>> hours,
            List<@NotNull LocalDate> holidays) {
    }

    @Transactional
    public Calendar create(CreateCalendar body) {
        admins.require("create calendars");
        List<Problem.FieldError> errors = new ArrayList<>();
        checkZone(body.timeZone(), errors);
        List<Calendar.Hours> hours = parseHours(body.hours(), errors);
        failOn(errors);
        Calendar calendar = new Calendar();
        calendar.name = body.name().trim();
        calendar.timeZone = body.timeZone().trim();
        calendar.hours.addAll(hours);
        if (body.holidays() != null) {
            calendar.holidays.addAll(body.holidays());
        }
        calendar.createdAt = clock.instant();
        calendar.persist();
        return calendar;
    }

    @Transactional
    public Calendar update(long id, UpdateCalendar body) {
        admins.require("change calendars");
        Calendar calendar = find(id);
        Versions.check(body.version(), calendar.version, "Calendar " + id);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body.timeZone() != null) {
            checkZone(body.timeZone(), errors);
        }
        List<Calendar.Hours> hours = body.hours() == null ? null : parseHours(body.hours(), errors);
        failOn(errors);
        if (body.name() != null) {
            calendar.name = body.name().trim();
        }
        if (body.timeZone() != null) {
            calendar.timeZone = body.timeZone().trim();
        }
        if (hours != null) {
            calendar.hours.clear();
            calendar.hours.addAll(hours);
        }
        if (body.holidays() != null) {
            calendar.holidays.clear();
            calendar.holidays.addAll(new TreeSet<>(body.holidays()));
        }
        // flush so that the answer carries the version this write produced
        Calendar.flush();
        return calendar;
    }

    public Calendar find(long id) {
        Calendar calendar = Calendar.findById(id);
        if (calendar == null) {
            throw ProblemException.notFound("Calendar " + id);
        }
        return calendar;
    }

    private static void checkZone(String zone, List<Problem.FieldError> errors) {
        if (zone == null || zone.isBlank()) {
            return; // @NotBlank reports it on create
        }
        try {
            ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            errors.add(new Problem.FieldError("timeZone", "is not a known time zone, such as Europe/Vilnius"));
        }
    }

    /** The weekly hours as rows; every mistake found is added to {@code errors} under its JSON path. */
    private static List<Calendar.Hours> parseHours(Map<String, List<List<String>>> byDay, List<Problem.FieldError> errors) {
        List<Calendar.Hours> rows = new ArrayList<>();
        int before = errors.size();
        for (Map.Entry<String, List<List<String>>> entry : byDay.entrySet()) {
            String field = "hours." + entry.getKey();
            DayOfWeek day;
            try {
                day = DayOfWeek.valueOf(entry.getKey());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError(field, "is not a day of the week (MONDAY ... SUNDAY)"));
                continue;
            }
            List<Calendar.Hours> dayRows = new ArrayList<>();
            List<List<String>> intervals = entry.getValue() == null ? List.of() : entry.getValue();
            for (int i = 0; i < intervals.size(); i++) {
                String element = field + "[" + i + "]";
                List<String> interval = intervals.get(i);
                if (interval == null || interval.size() != 2) {
                    errors.add(new Problem.FieldError(element, "must be two times, [\"09:00\", \"17:00\"]"));
                    continue;
                }
                int opens;
                int closes;
                try {
                    opens = BusinessCalendar.minuteOfDay(interval.get(0));
                    closes = BusinessCalendar.minuteOfDay(interval.get(1));
                } catch (IllegalArgumentException e) {
                    errors.add(new Problem.FieldError(element, "times must be HH:MM, from 00:00 to 24:00"));
                    continue;
                }
                if (opens == BusinessCalendar.MINUTES_PER_DAY || closes <= opens) {
                    errors.add(new Problem.FieldError(element, "must close after it opens"));
                    continue;
                }
                dayRows.add(new Calendar.Hours(day, opens, closes));
            }
            dayRows.sort(Comparator.comparingInt(h -> h.opens));
            for (int i = 1; i < dayRows.size(); i++) {
                if (dayRows.get(i).opens < dayRows.get(i - 1).closes) {
                    errors.add(new Problem.FieldError(field, "has overlapping intervals "
                            + BusinessCalendar.format(dayRows.get(i - 1).opens) + "–" + BusinessCalendar.format(dayRows.get(i - 1).closes)
                            + " and " + BusinessCalendar.format(dayRows.get(i).opens) + "–" + BusinessCalendar.format(dayRows.get(i).closes)));
                }
            }
            rows.addAll(dayRows);
        }
        if (rows.isEmpty() && errors.size() == before) {
            errors.add(new Problem.FieldError("hours", "must open at least once in the week"));
        }
        return rows;
    }

    private static void failOn(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields", List.copyOf(errors));
        }
    }
}

package app.baton.sla;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A calendar as the API shows it: {@code hours} by day name, each interval as ["HH:MM", "HH:MM"]. */
public record CalendarView(Long id, long version, String name, String timeZone,
        Map<String, List<List<String>>> hours, List<LocalDate> holidays) {

    public static CalendarView of(Calendar c) {
        Map<String, List<List<String>>> hours = new LinkedHashMap<>();
        c.openings().forEach((day, openings) -> hours.put(day.name(), openings.stream()
                .map(o -> List.of(BusinessCalendar.format(o.opens()), BusinessCalendar.format(o.closes())))
                .toList()));
        return new CalendarView(c.id, c.version, c.name, c.timeZone, hours, c.holidays.stream().sorted().toList());
    }
}

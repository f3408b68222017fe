package app.baton.page;

import app.baton.sla.Calendar;
import app.baton.sla.CalendarService;
import app.baton.sla.CalendarView;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Administrators keep the business calendars SLA clocks run on: weekly hours (several intervals
 * a day, typed as "09:00-12:00, 13:00-17:00"), public holidays (one date a line) and the time zone.
 */
@Path("/admin/calendars")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AdminCalendarPages {

    @Inject
    CalendarService calendars;

    @Inject
    Validator validator;

    @Inject
    PageContext page;

    public record ListModel(List<CalendarView> calendars, Calendar saved) {
    }

    public record EditModel(Form form, Calendar calendar, List<DayOfWeek> days, List<String> zones) {

        public boolean creating() {
            return calendar == null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListModel model);

        static native TemplateInstance edit(EditModel model);
    }

    @GET
    @Transactional
    @Operation(hidden = true)
    public String list(@QueryParam("saved") String saved) {
        page.requireAdmin();
        Long savedId = TicketPages.parseId(saved);
        List<CalendarView> all = Calendar.<Calendar>listAll(Sort.by("name")).stream().map(CalendarView::of).toList();
        return page.render(Templates.list(new ListModel(all, savedId == null ? null : Calendar.findById(savedId))));
    }

    @GET
    @Path("new")
    @Transactional
    @Operation(hidden = true)
    public String newCalendar() {
        page.requireAdmin();
        Form form = new Form("calendar").with("timeZone", MePage.ZONES.get(0));
        for (DayOfWeek day : DayOfWeek.values()) {
            form.with("hours_" + day, day.getValue() <= 5 ? "08:00-17:00" : "");
        }
        return edit(form, null);
    }

    @GET
    @Path("{id}")
    @Transactional
    @Operation(hidden = true)
    public String show(@PathParam("id") String id) {
        page.requireAdmin();
        Calendar c = calendars.find(calendarId(id));
        CalendarView view = CalendarView.of(c);
        Form form = new Form("calendar").with("name", c.name).with("timeZone", c.timeZone)
                .with("version", String.valueOf(c.version))
                .with("holidays", view.holidays().stream().map(LocalDate::toString).collect(Collectors.joining("\n")));
        for (DayOfWeek day : DayOfWeek.values()) {
            List<List<String>> intervals = view.hours().getOrDefault(day.name(), List.of());
            form.with("hours_" + day, intervals.stream().map(i -> i.get(0) + "-" + i.get(1))
                    .collect(Collectors.joining(", ")));
        }
        return edit(form, c);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(MultivaluedMap<String, String> fields) {
        page.requireAdmin();
        Form form = read(fields);
        CalendarService.CreateCalendar body = new CalendarService.CreateCalendar(AdminPage.trimmed(form.value("name")),
                AdminPage.trimmed(form.value("timeZone")), hours(form), holidays(form));
        Calendar[] created = new Calendar[1];
        if (form.validate(validator, body, Map.of(), AdminPage.wording(page)) & !form.hasErrors()
                && AdminPage.attempt(form, page, renames(), () -> created[0] = calendars.create(body))) {
            return AdminPage.saved("/admin/calendars", String.valueOf(created[0].id));
        }
        return AdminPage.refused(() -> edit(form, null));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        page.requireAdmin();
        long calendarId = calendarId(id);
        Form form = read(fields);
        if (AdminPage.trimmed(form.value("name")) == null) {
            form.error("name", page.msg().error_required());
        }
        CalendarService.UpdateCalendar body = new CalendarService.UpdateCalendar(
                TicketPages.parseId(form.value("version")), AdminPage.trimmed(form.value("name")),
                AdminPage.trimmed(form.value("timeZone")), hours(form), holidays(form));
        if (form.validate(validator, body, Map.of(), AdminPage.wording(page)) & !form.hasErrors()
                && AdminPage.attempt(form, page, renames(), () -> calendars.update(calendarId, body))) {
            return AdminPage.saved("/admin/calendars", String.valueOf(calendarId));
        }
        return AdminPage.refused(() -> edit(form, calendars.find(calendarId)));
    }

    private Form read(MultivaluedMap<String, String> fields) {
        Form form = new Form("calendar");
        for (String f : List.of("version", "name", "timeZone", "holidays")) {
            form.with(f, fields.getFirst(f));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            form.with("hours_" + day, fields.getFirst("hours_" + day));
        }
        return form;
    }

    /** "09:00-12:00, 13:00-17:00" per day into the API's shape; the service checks the times. */
    private Map<String, List<List<String>>> hours(Form form) {
        Map<String, List<List<String>>> hours = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String text = form.value("hours_" + day).trim();
            if (text.isEmpty()) {
                continue;
            }
            List<List<String>> intervals = new ArrayList<>();
            for (String part : text.split("[,;]")) {
                String[] ends = part.trim().split("\\s*[-–]\\s*");
                if (ends.length != 2) {
                    form.error("hours_" + day, page.texts(AdminMsg.class).hours_format());
                    break;
                }
                intervals.add(List.of(ends[0].trim(), ends[1].trim()));
            }
            hours.put(day.name(), intervals);
        }
        if (hours.isEmpty()) {
            form.error("hours", page.texts(AdminMsg.class).hours_required());
        }
        return hours;
    }

    private List<LocalDate> holidays(Form form) {
        List<LocalDate> days = new ArrayList<>();
        for (String line : form.value("holidays").split("[\\n,]")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                days.add(LocalDate.parse(line.trim()));
            } catch (DateTimeParseException e) {
                form.error("holidays", page.texts(AdminMsg.class).holiday_format(line.trim()));
            }
        }
        return days;
    }

    /** The service names a day's mistakes hours.MONDAY or hours.MONDAY[1]; the form has one field a day. */
    private static Map<String, String> renames() {
        Map<String, String> names = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            names.put("hours." + day, "hours_" + day);
            for (int i = 0; i < 8; i++) {
                names.put("hours." + day + "[" + i + "]", "hours_" + day);
            }
        }
        return names;
    }

    private String edit(Form form, Calendar calendar) {
        List<String> zones = new ArrayList<>(MePage.ZONES);
        String zone = form.value("timeZone");
        if (!zone.isBlank() && !zones.contains(zone)) {
            zones.add(0, zone);
        }
        return page.render(Templates.edit(new EditModel(form, calendar, List.of(DayOfWeek.values()), zones)));
    }

    private static long calendarId(String text) {
        Long id = TicketPages.parseId(text);
        if (id == null) {
            throw app.baton.web.ProblemException.notFound("Calendar " + text);
        }
        return id;
    }
}

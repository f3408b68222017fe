package app.baton.sla;

import app.baton.web.PageResult;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

@Path("/api/calendars")
@Authenticated
public class CalendarResource {

    @Inject
    CalendarService calendars;

    @Transactional
    @POST
    public Response create(@Valid @NotNull CalendarService.CreateCalendar body) {
        Calendar calendar = calendars.create(body);
        return Response.created(URI.create("/api/calendars/" + calendar.id)).entity(CalendarView.of(calendar)).build();
    }

    /** Calendars are few (one per country or shift pattern): the whole list in one page. */
    @GET
    public PageResult<CalendarView> list() {
        List<CalendarView> all = Calendar.<Calendar>listAll(Sort.by("name").and("id")).stream()
                .map(CalendarView::of).toList();
        return new PageResult<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @GET
    @Path("/{id}")
    public CalendarView get(@PathParam("id") long id) {
        return CalendarView.of(calendars.find(id));
    }

    @Transactional
    @PATCH
    @Path("/{id}")
    public CalendarView update(@PathParam("id") long id, @Valid @NotNull CalendarService.UpdateCalendar body) {
        return CalendarView.of(calendars.update(id, body));
    }
}

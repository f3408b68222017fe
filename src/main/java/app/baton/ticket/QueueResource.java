package app.baton.ticket;

import app.baton.web.PageResult;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** A department's work queues: open, overdue, at-risk and unacknowledged tickets, most urgent first. */
@Path("/api/queues")
@Authenticated
public class QueueResource {

    @Inject
    TicketSearch search;

    @GET
    @Path("/{departmentCode}")
    public PageResult<TicketView> queue(@PathParam("departmentCode") String departmentCode,
            @QueryParam("view") String view, @QueryParam("page") String page, @QueryParam("size") String size) {
        return search.queue(departmentCode, view, page, size);
    }
}

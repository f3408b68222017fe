package app.baton.ticket;

import app.baton.ticket.TicketService.AcknowledgeTicket;
import app.baton.ticket.TicketService.AddComment;
import app.baton.ticket.TicketService.AssignTicket;
import app.baton.ticket.TicketService.CancelTicket;
import app.baton.ticket.TicketService.CreateTicket;
import app.baton.ticket.TicketService.ForwardTicket;
import app.baton.ticket.TicketService.RejectTicket;
import app.baton.ticket.TicketService.ResubmitTicket;
import app.baton.ticket.TicketService.TicketNote;
import app.baton.ticket.TicketService.UpdateTicket;
import app.baton.ticket.TicketService.WaitTicket;
import app.baton.audit.AuditTrail;
import app.baton.user.CurrentUser;
import app.baton.user.Zones;
import app.baton.web.Csv;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import app.baton.web.Idempotency;
import app.baton.web.PageResult;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import app.baton.web.ReadsOnly;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * Tickets over JSON. Every write answers the ticket as it is after the change, built inside the
 * write's transaction. Transition bodies may be left out when they carry nothing required.
 */
@Path("/api/tickets")
@Authenticated
public class TicketResource {

    @Inject
    TicketService tickets;

    @Inject
    TicketSearch search;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser currentUser;

    @Inject
    Validator validator;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @POST
    public Response create(@Valid @NotNull CreateTicket body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.once(idempotencyKey, currentUser.id(), "POST /api/tickets", body, () -> {
            TicketService.Created created = tickets.createAndView(body);
            return Response.created(URI.create("/api/tickets/" + created.ticket().key)).entity(created.view()).build();
        });
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public PageResult<TicketView> list(@QueryParam("department") String department,
            @QueryParam("requestingDepartment") String requestingDepartment,
            @QueryParam("status") List<String> status,
            @QueryParam("assignee") String assignee,
            @QueryParam("requester") String requester,
            @QueryParam("client") String client,
            @QueryParam("overdue") String overdue,
            @QueryParam("atRisk") String atRisk,
            @QueryParam("q") String q,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return search.search(new TicketSearch.Filter(department, requestingDepartment, status, assignee, requester,
                client, overdue, atRisk, q, page, size));
    }

    /**
     * The same search as CSV ({@code Accept: text/csv} or {@code ?format=csv}): every matching
     * request the caller may see, most urgent first, at most {@link TicketExport#MAX_ROWS}
     * (page and size are ignored). X-Export-Limit gives the cap and X-Export-Truncated says
     * whether more matched. Written to the audit log.
     */
    @GET
    @Produces(Csv.PRODUCES)
    @Transactional
    public Response export(@QueryParam("department") String department,
            @QueryParam("requestingDepartment") String requestingDepartment,
            @QueryParam("status") List<String> status,
            @QueryParam("assignee") String assignee,
            @QueryParam("requester") String requester,
            @QueryParam("client") String client,
            @QueryParam("overdue") String overdue,
            @QueryParam("atRisk") String atRisk,
            @QueryParam("q") String q,
            @Context UriInfo uri) {
        TicketExport export = search.export(new TicketSearch.Filter(department, requestingDepartment, status, assignee,
                requester, client, overdue, atRisk, q, null, null), TicketExport.MAX_ROWS);
        audit.export("tickets", uri.getRequestUri().getRawQuery());
        return export.csv(Zones.of(currentUser.get()))
                .attachment("requests-" + LocalDate.now(clock.withZone(Zones.of(currentUser.get()))) + ".csv")
                .header("X-Export-Limit", export.limit())
                .header("X-Export-Truncated", export.truncated())
                .build();
    }

    @GET
    @Path("/{key}")
    @Transactional
    @ReadsOnly
    public TicketView get(@PathParam("key") String key) {
        return tickets.view(tickets.find(key));
    }

    @PATCH
    @Path("/{key}")
    @Transactional
    public TicketView update(@PathParam("key") String key, @Valid @NotNull UpdateTicket body) {
        return tickets.view(tickets.update(key, body));
    }

    @POST
    @Path("/{key}/acknowledge")
    @Transactional
    public TicketView acknowledge(@PathParam("key") String key, @Valid AcknowledgeTicket body) {
        return tickets.view(tickets.acknowledge(key, orEmpty(body, new AcknowledgeTicket(null, null, null, null))));
    }

    @POST
    @Path("/{key}/reject")
    @Transactional
    public TicketView reject(@PathParam("key") String key, @Valid RejectTicket body) {
        return tickets.view(tickets.reject(key, orEmpty(body, new RejectTicket(null, null))));
    }

    @POST
    @Path("/{key}/resubmit")
    @Transactional
    public TicketView resubmit(@PathParam("key") String key, @Valid ResubmitTicket body) {
        return tickets.view(tickets.resubmit(key, orEmpty(body, new ResubmitTicket(null, null, null, null))));
    }

    @POST
    @Path("/{key}/accept-proposal")
    @Transactional
    public TicketView acceptProposal(@PathParam("key") String key, @Valid TicketNote body) {
        return tickets.view(tickets.acceptProposal(key, note(body)));
    }

    @POST
    @Path("/{key}/decline-proposal")
    @Transactional
    public TicketView declineProposal(@PathParam("key") String key, @Valid TicketNote body) {
        return tickets.view(tickets.declineProposal(key, note(body)));
    }

    @POST
    @Path("/{key}/start")
    @Transactional
    public TicketView start(@PathParam("key") String key, @Valid TicketNote body) {
        return tickets.view(tickets.start(key, note(body)));
    }

    @POST
    @Path("/{key}/wait")
    @Transactional
    public TicketView waitFor(@PathParam("key") String key, @Valid WaitTicket body) {
        return tickets.view(tickets.waitFor(key, orEmpty(body, new WaitTicket(null, null, null))));
    }

    @POST
    @Path("/{key}/resume")
    @Transactional
    public TicketView resume(@PathParam("key") String key, @Valid TicketNote body) {
        return tickets.view(tickets.resume(key, note(body)));
    }

    @POST
    @Path("/{key}/resolve")
    @Transactional
    public TicketView resolve(@PathParam("key") String key, @Valid TicketNote body) {
        return tickets.view(tickets.resolve(key, note(body)));
    }

    @POST
    @Path("/{key}/close")
    @Transactional
    public TicketView close(@PathParam("key") String key, @Valid TicketNote body) {
        return tickets.view(tickets.close(key, note(body)));
    }

    @POST
    @Path("/{key}/reopen")
    @Transactional
    public TicketView reopen(@PathParam("key") String key, @Valid TicketNote body) {
        return tickets.view(tickets.reopen(key, note(body)));
    }

    @POST
    @Path("/{key}/cancel")
    @Transactional
    public TicketView cancel(@PathParam("key") String key, @Valid CancelTicket body) {
        return tickets.view(tickets.cancel(key, orEmpty(body, new CancelTicket(null, null))));
    }

    @POST
    @Path("/{key}/forward")
    @Transactional
    public TicketView forward(@PathParam("key") String key, @Valid ForwardTicket body) {
        return tickets.view(tickets.forward(key, orEmpty(body, new ForwardTicket(null, null, null))));
    }

    @POST
    @Path("/{key}/assign")
    @Transactional
    public TicketView assign(@PathParam("key") String key, @Valid AssignTicket body) {
        return tickets.view(tickets.assign(key, orEmpty(body, new AssignTicket(null, null))));
    }

    @POST
    @Path("/{key}/comments")
    @Transactional
    public Response comment(@PathParam("key") String key, @Valid AddComment body) {
        Ticket ticket = tickets.comment(key, orEmpty(body, new AddComment(null, null, null)));
        return Response.status(Response.Status.CREATED).entity(tickets.view(ticket)).build();
    }

    private TicketNote note(TicketNote body) {
        return body == null ? new TicketNote(null, null) : body;
    }

    /** A left-out body is an empty one: its required fields are reported like any missing field. */
    private <T> T orEmpty(T body, T empty) {
        if (body != null) {
            return body;
        }
        Set<ConstraintViolation<T>> violations = validator.validate(empty);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return empty;
    }
}

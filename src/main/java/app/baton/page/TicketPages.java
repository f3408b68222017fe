package app.baton.page;

import app.baton.attachment.Attachment;
import app.baton.attachment.AttachmentService;
import app.baton.client.Client;
import app.baton.client.ClientSearch;
import app.baton.client.ClientService;
import app.baton.client.Contact;
import app.baton.department.Department;
import app.baton.department.RequestType;
import app.baton.promise.Promise;
import app.baton.sla.TicketForecast;
import app.baton.ticket.Priority;
import app.baton.ticket.Ticket;
import app.baton.ticket.TicketAction;
import app.baton.ticket.TicketComment;
import app.baton.ticket.TicketEvent;
import app.baton.ticket.TicketEventKind;
import app.baton.ticket.TicketSearch;
import app.baton.ticket.TicketService;
import app.baton.ticket.TicketStatus;
import app.baton.ticket.TicketPermissions;
import app.baton.ticket.WaitingOn;
import app.baton.user.User;
import app.baton.web.PageResult;
import app.baton.web.ProblemException;
import app.baton.web.ReadOnlyTransaction;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The request pages: search, create, and one request with the actions its status allows. Every
 * read and change goes through the same services as the JSON API, so the same visibility and
 * lifecycle rules apply; a form that is refused comes back with its values and errors.
 */
@Path("/tickets")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class TicketPages {

    static final int PAGE_SIZE = 25;

    /**
     * The list counts its requests up to this many (or to the end of the page shown): an exact
     * count of an unfiltered list at 1M requests read every request the person may see, 0.15–0.3 s
     * of a page that otherwise takes milliseconds. Past it the page says "more than".
     */
    static final int COUNTED_UP_TO = 1000;

    @Inject
    TicketService tickets;

    @Inject
    TicketSearch search;

    @Inject
    ClientSearch clientSearch;

    @Inject
    ClientService clientService;

    @Inject
    TicketForecast forecasts;

    @Inject
    Validator validator;

    @Inject
    TicketPermissions permissions;

    @Inject
    AttachmentService attachmentService;

    @Inject
    PageContext page;

    @Inject
    ReadOnlyTransaction readOnly;

    public record ClientHit(Long id, String name, List<String> otherNames, List<String> contacts) {

        static ClientHit of(Client c) {
            return new ClientHit(c.id, c.name, c.aliases.stream().map(a -> a.name).toList(),
                    c.contacts.stream().filter(k -> !k.leftCompany).map(k -> k.name).toList());
        }
    }

    /**
     * What the requester sees before sending: the receiving department and the standard due
     * date from the type's SLA.
     */
    public record TypeInfo(RequestType type, Department receiving, Instant standardDue, Instant realisticDue,
            long openInQueue, long activeStaff) {
    }

    public record NewModel(Form form, List<RequestType> types, List<Priority> priorities, String clientQuery,
            List<ClientHit> hits, Long chosenId, List<Contact> contacts, TypeInfo typeInfo) {
    }

    /**
     * A person the assignee filter offers: their id and name only. As entities every active
     * person came with their roles (an eager collection), one statement per fifty people.
     */
    public record PersonOption(Long id, String name) {
    }

    public record ListModel(List<Ticket> rows, PageResult<Ticket> result, Form filter, List<Department> departments,
            List<TicketStatus> statuses, List<PersonOption> people, Client client, String error, String prevUrl,
            String nextUrl, String csvUrl) {

        /** Whether the list found more requests than were counted: the page says "more than". */
        public boolean countedPart() {
            return result.total() > TicketSearch.countLimit(COUNTED_UP_TO, result.page(), result.size());
        }

        /** What the count says: the total, or the number it is more than. */
        public long shownCount() {
            return countedPart() ? result.total() - 1 : result.total();
        }
    }

    /** One line of the request's story: a change of state or a comment. */
    public record TimelineItem(Instant at, String actor, TicketEventKind event, TicketStatus from, TicketStatus to,
            String text, boolean comment, boolean internal) {
    }

    public record ShowModel(Ticket t, List<TimelineItem> timeline, List<Promise> promises, Set<String> actions,
            List<User> members, List<Department> departments, List<WaitingOn> waitingOn, Form form,
            List<Attachment> attachments, String maxUpload) {

        public boolean can(String action) {
            return actions.contains(action);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListModel model);

        static native TemplateInstance create(NewModel model);

        static native TemplateInstance clientResults(String clientQuery, List<ClientHit> hits, Long chosen);

        static native TemplateInstance contacts(List<Contact> contacts, String chosen);

        static native TemplateInstance typeInfo(TypeInfo info);

        static native TemplateInstance show(ShowModel model);

        static native TemplateInstance conflict(Ticket t, String detail);
    }

    // --- the list -----------------------------------------------------------------------------

    /**
     * The filter is checked first, outside any transaction, and the search runs in the read-only
     * transaction the page renders in: a refused filter must still show the page, with its error.
     */
    @GET
    @Operation(hidden = true)
    public String list(@QueryParam("department") String department,
            @QueryParam("requestingDepartment") String requestingDepartment, @QueryParam("status") String status,
            @QueryParam("assignee") String assignee, @QueryParam("requester") String requester,
            @QueryParam("client") String client, @QueryParam("overdue") String overdue, @QueryParam("q") String q,
            @QueryParam("page") String pageNo) {
        Form filter = new Form("filter").with("department", department)
                .with("requestingDepartment", requestingDepartment).with("status", status).with("assignee", assignee)
                .with("requester", requester).with("client", client).with("overdue", overdue).with("q", q);
        TicketSearch.Filter wanted = new TicketSearch.Filter(department, requestingDepartment,
                status == null ? null : List.of(status), assignee, requester, client,
                "true".equals(overdue) || "on".equals(overdue) ? "true" : null, null, q, pageNo, String.valueOf(PAGE_SIZE));
        String error = null;
        try {
            search.check(wanted);
        } catch (ProblemException e) {
            error = page.msg().tickets_bad_filter();
        }
        String refused = error;
        return readOnly.call(() -> listPage(filter, refused == null ? search.searchRows(wanted, COUNTED_UP_TO)
                : new PageResult<>(List.of(), 0, PAGE_SIZE, 0), refused));
    }

    private String listPage(Form filter, PageResult<Ticket> result, String error) {
        String client = filter.value("client");
        Client chosen = visibleClient(parseId(client)); // a bad id is already reported by the search
        String base = "/tickets?" + query(filter);
        String prev = result.page() > 0 ? base + "page=" + (result.page() - 1) : null;
        String next = (long) (result.page() + 1) * result.size() < result.total() ? base + "page=" + (result.page() + 1)
                : null;
        return page.render(Templates.list(new ListModel(result.items(), result, filter,
                Department.list("active", Sort.by("code"), true), List.of(TicketStatus.values()),
                User.find("active", Sort.by("name"), true).project(PersonOption.class).list(), chosen, error, prev, next,
                "/api/tickets?" + query(filter).replace("overdue=on", "overdue=true") + "format=csv")));
    }

    /** The filter's parameters, each followed by "&", so that one more can be appended ("" for none). */
    private static String query(Form filter) {
        return List.of("department", "requestingDepartment", "status", "assignee", "requester", "client", "overdue", "q")
                .stream()
                .filter(f -> !filter.value(f).isBlank())
                .map(f -> f + "=" + URLEncoder.encode(filter.value(f), StandardCharsets.UTF_8) + "&")
                .collect(Collectors.joining());
    }

    // --- a new request ------------------------------------------------------------------------

    @GET
    @Path("new")
    @Transactional
    @Operation(hidden = true)
    public String newTicket(@QueryParam("clientQuery") String clientQuery, @QueryParam("client") Long client,
            @QueryParam("type") Long type) {
        Form form = new Form("new").with("clientQuery", clientQuery)
                .with("client", client == null ? "" : client.toString())
                .with("type", type == null ? "" : type.toString());
        return page.render(Templates.create(newModel(form)));
    }

    /** The live client search: a small fragment of choices that htmx puts under the search box. */
    @GET
    @Path("new/clients")
    @Transactional
    @Operation(hidden = true)
    public String clientChoices(@QueryParam("clientQuery") String clientQuery) {
        return page.render(Templates.clientResults(clientQuery, hits(clientQuery), null));
    }

    /** The picked client's people, loaded by htmx when a client is picked. */
    @GET
    @Path("new/contacts")
    @Transactional
    @Operation(hidden = true)
    public String contactChoices(@QueryParam("client") String client) {
        return page.render(Templates.contacts(contactsOf(parseId(client)), ""));
    }

    /** The active people of a client this person may see; none for an unknown or invisible client. */
    private List<Contact> contactsOf(Long clientId) {
        Client client = visibleClient(clientId);
        return client == null ? List.of() : activeContacts(client);
    }

    private static List<Contact> activeContacts(Client client) {
        return client.contacts.stream().filter(k -> !k.leftCompany).toList();
    }

    /** A client picked by id (a link, a form coming back), if this person may see it. */
    private Client visibleClient(Long clientId) {
        if (clientId == null) {
            return null;
        }
        try {
            return clientService.find(clientId);
        } catch (ProblemException e) {
            return null;
        }
    }

    @GET
    @Path("new/type-info")
    @Transactional
    @Operation(hidden = true)
    public String typeInfoFragment(@QueryParam("type") String type) {
        return page.render(Templates.typeInfo(typeInfo(parseId(type))));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("clientQuery") String clientQuery, @FormParam("client") String client,
            @FormParam("type") String type, @FormParam("title") String title,
            @FormParam("description") String description, @FormParam("priority") String priority,
            @FormParam("promiseText") String promiseText, @FormParam("promiseDue") String promiseDue,
            @FormParam("contact") String contact) {
        Form form = new Form("new").with("clientQuery", clientQuery).with("client", client).with("contact", contact)
                .with("type", type)
                .with("title", title).with("description", description).with("priority", priority)
                .with("promiseText", promiseText).with("promiseDue", promiseDue);
        Msg msg = page.msg();
        Long clientId = parseId(client);
        Long typeId = parseId(type);
        if (clientId == null) {
            form.error("client", msg.error_choose_client());
        }
        if (typeId == null) {
            form.error("type", msg.error_required());
        }
        Long contactId = parseId(contact);
        if (!blank(contact) && contactId == null) {
            form.error("contact", msg.error_invalid());
        }
        if (blank(title)) {
            form.error("title", msg.error_required());
        }
        Priority chosenPriority = null;
        if (!blank(priority)) {
            try {
                chosenPriority = Priority.valueOf(priority);
            } catch (IllegalArgumentException e) {
                form.error("priority", msg.error_invalid());
            }
        }
        TicketService.NewPromise promise = null;
        if (!blank(promiseText) || !blank(promiseDue)) {
            Instant due = dateInput(form, "promiseDue", promiseDue, true);
            if (blank(promiseText)) {
                form.error("promiseText", msg.error_required());
            }
            if (due != null && !due.isAfter(page.now())) {
                form.error("promiseDue", msg.error_future());
            }
            promise = new TicketService.NewPromise(blank(promiseText) ? null : promiseText, due);
        }
        if (!form.hasErrors()) {
            TicketService.CreateTicket body = new TicketService.CreateTicket(typeId, title.trim(),
                    blank(description) ? null : description, clientId, contactId, chosenPriority, null, null, promise);
            if (form.validate(validator, body, Map.of("promise.text", "promiseText", "promise.dueAt", "promiseDue"))) {
                try {
                    Ticket created = tickets.create(body);
                    return Response.seeOther(URI.create("/tickets/" + created.key)).build();
                } catch (ProblemException e) {
                    if (e.status() != 400) {
                        throw e;
                    }
                    form.errors(e);
                    form.renameErrors(Map.of("promise.dueAt", "promiseDue", "promise.text", "promiseText"));
                }
            }
        }
        String html = QuarkusTransaction.requiringNew().call(() -> page.render(Templates.create(newModel(form))));
        return Response.status(400).type(MediaType.TEXT_HTML).entity(html).build();
    }

    private NewModel newModel(Form form) {
        List<RequestType> types = RequestType.list("active = true order by department.code, name");
        String clientQuery = form.value("clientQuery");
        Long clientId = parseId(form.value("client"));
        Client chosen = visibleClient(clientId);
        List<ClientHit> hits = new ArrayList<>();
        // the client already picked stays first and checked when the form comes back
        if (chosen != null) {
            hits.add(ClientHit.of(chosen));
        }
        hits(clientQuery).stream().filter(h -> chosen == null || !h.id().equals(chosen.id)).forEach(hits::add);
        return new NewModel(form, types, List.of(Priority.values()), clientQuery, hits,
                chosen == null ? null : chosen.id, chosen == null ? List.of() : activeContacts(chosen),
                typeInfo(parseId(form.value("type"))));
    }

    private List<ClientHit> hits(String query) {
        if (blank(query)) {
            return List.of();
        }
        String q = query.length() > ClientSearch.MAX_QUERY ? query.substring(0, ClientSearch.MAX_QUERY) : query;
        return Client.inOrder(clientSearch.find(q, 0, 8).ids()).stream().map(ClientHit::of).toList();
    }

    private TypeInfo typeInfo(Long typeId) {
        RequestType type = typeId == null ? null : RequestType.findById(typeId);
        if (type == null) {
            return null;
        }
        // the same forecast the API answers: standard from the SLA, realistic from today's queue
        TicketForecast.Forecast forecast = forecasts.forecast(type, type.defaultPriority);
        Instant standard = forecast.standardDueAt();
        Instant realistic = forecast.realisticDueAt();
        return new TypeInfo(type, type.department, standard, realistic, forecast.openInQueue(),
                forecast.activeStaff());
    }

    // --- one request --------------------------------------------------------------------------

    @GET
    @Path("{key}")
    @Transactional
    @Operation(hidden = true)
    public String show(@PathParam("key") String key) {
        return page.render(Templates.show(showModel(key, Form.empty())));
    }

    private ShowModel showModel(String key, Form form) {
        Ticket t = tickets.find(key);
        List<TimelineItem> timeline = new ArrayList<>();
        for (TicketEvent e : TicketEvent.<TicketEvent>list("ticket", Sort.by("at").and("id"), t)) {
            if (e.kind != TicketEventKind.COMMENTED) {
                timeline.add(new TimelineItem(e.at, e.actor == null ? "" : e.actor.name, e.kind, e.from, e.to, e.note,
                        false, false));
            }
        }
        for (TicketComment c : TicketComment.<TicketComment>list("ticket", Sort.by("createdAt").and("id"), t)) {
            timeline.add(new TimelineItem(c.createdAt, c.author == null ? "" : c.author.name, TicketEventKind.COMMENTED,
                    null, null, c.body, true, c.internal));
        }
        timeline.sort(Comparator.comparing(TimelineItem::at));
        List<Promise> promises = Promise.list("ticket", Sort.by("dueAt").and("id"), t);
        User me = page.user();
        // only what this person's role allows on this request, and what its status allows
        Set<String> actions = permissions.allowedActions(me, t).stream()
                .filter(a -> a != TicketAction.UPDATE && a != TicketAction.RESUBMIT)
                .filter(a -> t.proposedDueAt != null
                        || (a != TicketAction.ACCEPT_PROPOSAL && a != TicketAction.DECLINE_PROPOSAL))
                .map(a -> a.label).collect(Collectors.toSet());
        // who may be named assignee: anyone of the department for those who assign, else oneself
        List<User> members = TicketPermissions.may(permissions.scope(me), TicketAction.ASSIGN, t)
                ? members(t.receivingDepartment) : List.of(me);
        return new ShowModel(t, timeline, promises, actions, members, Department.list("active", Sort.by("code"), true),
                List.of(WaitingOn.values()), form, Attachment.of(t),
                page.fileSize(attachmentService.maxBytes()));
    }

    /**
     * Every action form posts here with the version the person saw. A stale version or an action
     * the status no longer allows answers the conflict page showing the request as it is now.
     */
    @POST
    @Path("{key}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response act(@PathParam("key") String key, @PathParam("action") String action,
            @FormParam("version") String version, @FormParam("note") String note,
            @FormParam("reason") String reason, @FormParam("assignee") String assignee,
            @FormParam("proposedDue") String proposedDue, @FormParam("department") String department,
            @FormParam("on") String on, @FormParam("body") String body, @FormParam("internal") String internal) {
        Form form = new Form(action).with("note", note).with("reason", reason).with("assignee", assignee)
                .with("proposedDue", proposedDue).with("department", department).with("on", on).with("body", body)
                .with("internal", internal);
        Msg msg = page.msg();
        Long v = parseId(version);
        String n = blank(note) ? null : note;
        try {
            switch (action) {
                case "acknowledge" -> {
                    Long who = required(form, "assignee", parseId(assignee));
                    Instant due = dateInput(form, "proposedDue", proposedDue, false);
                    if (due != null && !due.isAfter(page.now())) {
                        form.error("proposedDue", msg.error_future());
                    }
                    if (!form.hasErrors()) {
                        tickets.acknowledge(key, new TicketService.AcknowledgeTicket(v, who, due, n));
                    }
                }
                case "reject" -> {
                    required(form, "reason", blank(reason) ? null : reason);
                    if (!form.hasErrors()) {
                        tickets.reject(key, new TicketService.RejectTicket(v, reason));
                    }
                }
                case "accept-proposal" -> tickets.acceptProposal(key, new TicketService.TicketNote(v, n));
                case "decline-proposal" -> tickets.declineProposal(key, new TicketService.TicketNote(v, n));
                case "start" -> tickets.start(key, new TicketService.TicketNote(v, n));
                case "wait" -> {
                    WaitingOn waitingOn = null;
                    try {
                        waitingOn = blank(on) ? null : WaitingOn.valueOf(on);
                    } catch (IllegalArgumentException e) {
                        // reported as required below
                    }
                    required(form, "on", waitingOn);
                    if (!form.hasErrors()) {
                        tickets.waitFor(key, new TicketService.WaitTicket(v, waitingOn, n));
                    }
                }
                case "resume" -> tickets.resume(key, new TicketService.TicketNote(v, n));
                case "resolve" -> tickets.resolve(key, new TicketService.TicketNote(v, n));
                case "close" -> tickets.close(key, new TicketService.TicketNote(v, n));
                case "reopen" -> tickets.reopen(key, new TicketService.TicketNote(v, n));
                case "cancel" -> tickets.cancel(key, new TicketService.CancelTicket(v, blank(reason) ? null : reason));
                case "forward" -> {
                    required(form, "department", blank(department) ? null : department);
                    required(form, "reason", blank(reason) ? null : reason);
                    if (!form.hasErrors()) {
                        tickets.forward(key, new TicketService.ForwardTicket(v, department, reason));
                    }
                }
                case "assign" -> {
                    Long who = required(form, "assignee", parseId(assignee));
                    if (!form.hasErrors()) {
                        tickets.assign(key, new TicketService.AssignTicket(v, who));
                    }
                }
                case "comment" -> {
                    required(form, "body", blank(body) ? null : body);
                    if (!form.hasErrors()) {
                        tickets.comment(key, new TicketService.AddComment(v, body, internal != null));
                    }
                }
                default -> throw ProblemException.notFound("Action " + action);
            }
        } catch (ProblemException e) {
            if (e.status() == 409) {
                String html = QuarkusTransaction.requiringNew()
                        .call(() -> page.render(Templates.conflict(tickets.find(key), e.getMessage())));
                return Response.status(409).type(MediaType.TEXT_HTML).entity(html).build();
            }
            if (e.status() != 400) {
                throw e;
            }
            form.errors(e);
            form.renameErrors(Map.of("proposedDueAt", "proposedDue"));
        }
        if (!form.hasErrors()) {
            return Response.seeOther(URI.create("/tickets/" + URLEncoder.encode(key, StandardCharsets.UTF_8))).build();
        }
        String html = QuarkusTransaction.requiringNew().call(() -> page.render(Templates.show(showModel(key, form))));
        return Response.status(400).type(MediaType.TEXT_HTML).entity(html).build();
    }

    /** The request page showing a refused form of another page class (the attachment upload). */
    String showRefused(String key, Form form) {
        return QuarkusTransaction.requiringNew().call(() -> page.render(Templates.show(showModel(key, form))));
    }

    // --- helpers ------------------------------------------------------------------------------

    /** The active people of a department: who a request it received may be assigned to. */
    static List<User> members(Department department) {
        return User.list("select distinct u from User u join u.departments d where d = ?1 and u.active = true order by u.name",
                department);
    }

    private <T> T required(Form form, String field, T value) {
        if (value == null) {
            form.error(field, page.msg().error_required());
        }
        return value;
    }

    private Instant dateInput(Form form, String field, String text, boolean required) {
        if (blank(text)) {
            if (required) {
                form.error(field, page.msg().error_required());
            }
            return null;
        }
        try {
            return page.parseInput(text);
        } catch (DateTimeParseException e) {
            form.error(field, page.msg().error_date());
            return null;
        }
    }

    static Long parseId(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

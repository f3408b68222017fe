package app.baton.page;

import app.baton.department.Department;
import app.baton.ticket.Ticket;
import app.baton.ticket.TicketSearch;
import app.baton.ticket.TicketSearch.QueueCounts;
import app.baton.ticket.TicketSearch.QueueView;
import app.baton.ticket.TicketService;
import app.baton.ticket.TicketView;
import app.baton.user.Role;
import app.baton.user.User;
import app.baton.web.PageResult;
import app.baton.web.ProblemException;
import app.baton.web.ReadOnlyTransaction;
import app.baton.web.ReadsOnly;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A department's queue, the page heads and dispatchers keep open: the same views, order and
 * visibility as {@code GET /api/queues/{code}} (it reads TicketSearch.queue), refreshed by htmx
 * every 30 s, with bulk assignment for the department's heads.
 */
@Path("/queues")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class QueuePages {

    static final int PAGE_SIZE = 50;

    /** The tabs, in the order a head reads them: what nobody took yet first, all open last. */
    static final List<QueueView> VIEWS = List.of(QueueView.UNACKNOWLEDGED, QueueView.AT_RISK, QueueView.OVERDUE,
            QueueView.OPEN);

    @Inject
    TicketSearch search;

    @Inject
    TicketService tickets;

    @Inject
    PageContext page;

    @Inject
    ReadOnlyTransaction readOnly;

    /** {@code param} is how the view is named in the address, as in the API: at-risk, overdue... */
    public record Tab(QueueView view, String param, long count, boolean current) {
    }

    /** The part of the page htmx refreshes: the tab counts and the table. */
    public record QueueTable(Department department, String view, List<Tab> tabs, List<Ticket> rows,
            PageResult<Ticket> result, boolean canAssign, Set<String> picked, String prevUrl, String nextUrl) {

        public boolean picked(String key) {
            return picked.contains(key);
        }
    }

    public record QueueModel(QueueTable table, List<User> members, Form form, String notice) {
    }

    public record QueueSummary(Department department, List<Tab> tabs) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<QueueSummary> queues);

        static native TemplateInstance queue(QueueModel model);

        static native TemplateInstance table(QueueTable table);

        static native TemplateInstance tabs(QueueTable table, boolean oob);
    }

    /** The queues of the departments this person works in or heads; administrators see all. */
    @GET
    @Transactional
    @ReadsOnly
    @Operation(hidden = true)
    public String index() {
        User me = page.user();
        TreeMap<String, Department> departments = new TreeMap<>();
        if (me.hasRole(Role.ADMIN)) {
            Department.<Department>list("active", Sort.by("code"), true).forEach(d -> departments.put(d.code, d));
        } else {
            me.departments.stream().filter(d -> d.active).forEach(d -> departments.put(d.code, d));
            Department.<Department>list("select d from Department d join d.heads h where h = ?1 and d.active = true", me)
                    .forEach(d -> departments.put(d.code, d));
        }
        Map<Long, QueueCounts> counts = search.queueCounts(List.copyOf(departments.values()));
        List<QueueSummary> queues = departments.values().stream()
                .map(d -> new QueueSummary(d, tabs(counts.get(d.id), null))).toList();
        return page.render(Templates.index(queues));
    }

    @GET
    @Path("{code}")
    @Operation(hidden = true)
    public String queue(@PathParam("code") String code, @QueryParam("view") String view,
            @QueryParam("page") String pageNo, @QueryParam("assigned") Integer assigned,
            @QueryParam("to") Long assignee) {
        return readOnly.call(() -> {
            String notice = null;
            if (assigned != null && assignee != null) {
                User to = User.findById(assignee);
                notice = page.texts(QueueMsg.class).assigned(assigned, to == null ? "" : to.name);
            }
            return page.render(Templates.queue(model(code, view, pageNo, Set.of(), new Form("assign"), notice)));
        });
    }

    /** What the page polls: the table, and the tab counts swapped in out of band. */
    @GET
    @Path("{code}/table")
    @Transactional
    @ReadsOnly
    @Operation(hidden = true)
    public String table(@PathParam("code") String code, @QueryParam("view") String view,
            @QueryParam("page") String pageNo) {
        QueueTable table = table(code, view, pageNo, Set.of());
        return page.render(Templates.table(table)) + page.render(Templates.tabs(table, true));
    }

    /**
     * Assigns every checked request to one person in one transaction: all or nothing, so a head
     * never has to work out which half went through.
     */
    @POST
    @Path("{code}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response assign(@PathParam("code") String code, @FormParam("view") String view,
            @FormParam("page") String pageNo, @FormParam("ticket") List<String> keys,
            @FormParam("assignee") String assignee) {
        Set<String> picked = new LinkedHashSet<>(keys == null ? List.of() : keys.stream()
                .filter(k -> !TicketPages.blank(k)).map(k -> k.trim().toUpperCase(Locale.ROOT)).toList());
        Form form = new Form("assign").with("assignee", assignee);
        Msg msg = page.msg();
        Long assigneeId = TicketPages.parseId(assignee);
        QuarkusTransaction.requiringNew().run(() -> {
            Department department = department(code);
            if (!canAssign(page.user(), department)) {
                throw ProblemException.forbidden("Only the department's heads assign from its queue");
            }
        });
        if (picked.isEmpty()) {
            form.error("ticket", page.texts(QueueMsg.class).choose_tickets());
        }
        if (assigneeId == null) {
            form.error("assignee", msg.error_required());
        }
        int status = 400;
        if (!form.hasErrors()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    for (String key : picked) {
                        Ticket t = tickets.find(key);
                        if (!t.receivingDepartment.code.equals(department(code).code)) {
                            throw ProblemException.conflict(page.texts(QueueMsg.class).not_in_queue(key));
                        }
                        tickets.assign(key, new TicketService.AssignTicket(null, assigneeId));
                    }
                });
                return Response.seeOther(URI.create("/queues/" + department(code).code + "?view=" + viewName(view)
                        + "&assigned=" + picked.size() + "&to=" + assigneeId)).build();
            } catch (ProblemException e) {
                if (e.status() == 403) {
                    throw e;
                }
                status = e.status() == 409 ? 409 : 400;
                form.errors(e);
            }
        }
        String html = QuarkusTransaction.requiringNew()
                .call(() -> page.render(Templates.queue(model(code, view, pageNo, picked, form, null))));
        return Response.status(status).type(MediaType.TEXT_HTML).entity(html).build();
    }

    private QueueModel model(String code, String view, String pageNo, Set<String> picked, Form form, String notice) {
        QueueTable table = table(code, view, pageNo, picked);
        List<User> members = table.canAssign() ? TicketPages.members(table.department()) : List.of();
        return new QueueModel(table, members, form, notice);
    }

    private QueueTable table(String code, String view, String pageNo, Set<String> picked) {
        Department department = department(code);
        String current = viewName(view);
        PageResult<Ticket> result = search.queueRows(department, current, pageNo, String.valueOf(PAGE_SIZE));
        String base = "/queues/" + department.code + "?view=" + current;
        String prev = result.page() > 0 ? base + "&page=" + (result.page() - 1) : null;
        String next = (long) (result.page() + 1) * result.size() < result.total() ? base + "&page=" + (result.page() + 1)
                : null;
        return new QueueTable(department, current, tabs(department, current, result.total()),
                result.items(), result, canAssign(page.user(), department), picked, prev, next);
    }

    /**
     * The four views' counts with the views' own conditions (TicketSearch.queueCounts); the shown
     * tab says what its list says, even when a deadline passed between the statements.
     */
    private List<Tab> tabs(Department department, String current, long listed) {
        QueueView shown = VIEWS.stream().filter(v -> param(v).equals(current)).findFirst().orElse(null);
        return tabs(search.queueCounts(department, shown, listed), shown);
    }

    private static List<Tab> tabs(QueueCounts counts, QueueView shown) {
        return VIEWS.stream().map(v -> new Tab(v, param(v), counts.of(v), v == shown)).toList();
    }

    private static String param(QueueView view) {
        return view.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Department department(String code) {
        return Department.findByCode(code == null ? "" : code.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("Department " + code));
    }

    /** An unknown view is left to TicketSearch, which refuses it with a 400 naming the parameter. */
    private static String viewName(String view) {
        return TicketPages.blank(view) ? "open" : view.trim().toLowerCase(Locale.ROOT);
    }

    /** Bulk assignment is the heads' tool; each single assignment is still checked by TicketService. */
    static boolean canAssign(User user, Department department) {
        return user.hasRole(Role.ADMIN) || department.heads.stream().anyMatch(h -> h.id.equals(user.id));
    }
}

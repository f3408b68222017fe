package app.baton.page;

import app.baton.department.Department;
import app.baton.department.RequestType;
import app.baton.department.RequestTypeService;
import app.baton.department.SlaTarget;
import app.baton.ticket.Priority;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Administrators keep each department's catalogue: request types with their receiving
 * department, default priority, warning share and SLA targets per priority, in business minutes
 * of the receiving department's calendar. A priority left blank uses the default priority's target.
 */
@Path("/admin/types")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AdminTypePages {

    @Inject
    RequestTypeService types;

    @Inject
    Validator validator;

    @Inject
    PageContext page;

    public record ListModel(List<RequestType> types, RequestType saved) {
    }

    public record EditModel(Form form, RequestType type, List<Department> departments, List<Priority> priorities) {

        public boolean creating() {
            return type == null;
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
        List<RequestType> all = RequestType.list("select t from RequestType t join fetch t.department d order by d.code, t.name");
        return page.render(Templates.list(new ListModel(all, savedId == null ? null : RequestType.findById(savedId))));
    }

    @GET
    @Path("new")
    @Transactional
    @Operation(hidden = true)
    public String newType() {
        page.requireAdmin();
        return edit(new Form("type").with("defaultPriority", Priority.NORMAL.name()).with("warnPercent", "75"), null);
    }

    @GET
    @Path("{id}")
    @Transactional
    @Operation(hidden = true)
    public String show(@PathParam("id") String id) {
        page.requireAdmin();
        RequestType t = types.find(typeId(id));
        Form form = new Form("type").with("name", t.name).with("department", t.department.code)
                .with("defaultPriority", t.defaultPriority.name()).with("warnPercent", String.valueOf(t.warnPercent))
                .with("active", t.active ? "on" : "").with("version", String.valueOf(t.version));
        t.sla.forEach((priority, target) -> form.with("ack_" + priority, String.valueOf(target.ackMinutes))
                .with("resolve_" + priority, String.valueOf(target.resolveMinutes)));
        return edit(form, t);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(MultivaluedMap<String, String> fields) {
        page.requireAdmin();
        Form form = read(fields);
        Map<Priority, SlaTarget.Body> sla = sla(form);
        RequestTypeService.CreateRequestType body = new RequestTypeService.CreateRequestType(
                AdminPage.trimmed(form.value("name")), AdminPage.trimmed(form.value("department")),
                priority(form), sla, percent(form));
        RequestType[] created = new RequestType[1];
        nameTaken(form, null);
        if (form.validate(validator, body, renames(), AdminPage.wording(page)) & !form.hasErrors()
                && AdminPage.attempt(form, page, renames(), () -> created[0] = types.create(body))) {
            return AdminPage.saved("/admin/types", String.valueOf(created[0].id));
        }
        return AdminPage.refused(() -> edit(form, null));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        page.requireAdmin();
        long typeId = typeId(id);
        Form form = read(fields);
        if (AdminPage.trimmed(form.value("name")) == null) {
            form.error("name", page.msg().error_required());
        }
        Map<Priority, SlaTarget.Body> sla = sla(form);
        RequestTypeService.UpdateRequestType body = new RequestTypeService.UpdateRequestType(
                TicketPages.parseId(form.value("version")), AdminPage.trimmed(form.value("name")),
                AdminPage.trimmed(form.value("department")), priority(form), sla, percent(form),
                form.value("active").equals("on"));
        nameTaken(form, typeId);
        if (form.validate(validator, body, renames(), AdminPage.wording(page)) & !form.hasErrors()
                && AdminPage.attempt(form, page, renames(), () -> types.update(typeId, body))) {
            return AdminPage.saved("/admin/types", String.valueOf(typeId));
        }
        return AdminPage.refused(() -> edit(form, types.find(typeId)));
    }

    private Form read(MultivaluedMap<String, String> fields) {
        Form form = new Form("type");
        for (String f : List.of("version", "name", "department", "defaultPriority", "warnPercent")) {
            form.with(f, fields.getFirst(f));
        }
        form.with("active", fields.getFirst("active") == null ? "" : "on");
        for (Priority p : Priority.values()) {
            form.with("ack_" + p, fields.getFirst("ack_" + p)).with("resolve_" + p, fields.getFirst("resolve_" + p));
        }
        if (AdminPage.trimmed(form.value("department")) == null) {
            form.error("department", page.msg().error_required());
        }
        return form;
    }

    /** A name the department's catalogue already has is the person's mistake on this form, not a conflict page. */
    private void nameTaken(Form form, Long self) {
        String name = AdminPage.trimmed(form.value("name"));
        String department = AdminPage.trimmed(form.value("department"));
        if (name == null || department == null) {
            return;
        }
        long same = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> RequestType.count(
                "department.code = ?1 and lower(name) = ?2 and id <> ?3", department.toUpperCase(),
                name.toLowerCase(), self == null ? -1L : self));
        if (same > 0) {
            form.error("name", page.texts(AdminMsg.class).type_name_taken());
        }
    }

    /** The targets typed in; a priority with both minutes blank has none of its own. */
    private Map<Priority, SlaTarget.Body> sla(Form form) {
        Map<Priority, SlaTarget.Body> sla = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            String ack = form.value("ack_" + p).trim();
            String resolve = form.value("resolve_" + p).trim();
            if (ack.isEmpty() && resolve.isEmpty()) {
                continue;
            }
            sla.put(p, new SlaTarget.Body(minutes(form, "ack_" + p, ack), minutes(form, "resolve_" + p, resolve)));
        }
        if (sla.isEmpty()) {
            form.error("sla", page.texts(AdminMsg.class).sla_required());
        }
        return sla;
    }

    private Integer minutes(Form form, String field, String text) {
        if (text.isEmpty()) {
            form.error(field, page.msg().error_required());
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            form.error(field, page.texts(AdminMsg.class).whole_number());
            return null;
        }
    }

    private Integer percent(Form form) {
        String text = form.value("warnPercent").trim();
        return text.isEmpty() ? null : minutes(form, "warnPercent", text);
    }

    private Priority priority(Form form) {
        try {
            return Priority.valueOf(form.value("defaultPriority"));
        } catch (IllegalArgumentException e) {
            form.error("defaultPriority", page.msg().error_invalid());
            return null;
        }
    }

    /** The API's field names for the targets, as the form names them. */
    private static Map<String, String> renames() {
        Map<String, String> names = new HashMap<>();
        for (Priority p : Priority.values()) {
            names.put("sla[" + p + "].ackMinutes", "ack_" + p);
            names.put("sla[" + p + "].resolveMinutes", "resolve_" + p);
        }
        return names;
    }

    private String edit(Form form, RequestType type) {
        return page.render(Templates.edit(new EditModel(form, type, Department.list("active", Sort.by("code"), true),
                List.of(Priority.values()))));
    }

    private static long typeId(String text) {
        Long id = TicketPages.parseId(text);
        if (id == null) {
            throw app.baton.web.ProblemException.notFound("Request type " + text);
        }
        return id;
    }
}

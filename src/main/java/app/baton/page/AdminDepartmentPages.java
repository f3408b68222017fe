package app.baton.page;

import app.baton.department.Department;
import app.baton.department.DepartmentService;
import app.baton.sla.Calendar;
import app.baton.user.User;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Administrators list, create and edit departments: name, code, email, calendar, heads and members. */
@Path("/admin/departments")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AdminDepartmentPages {

    @Inject
    DepartmentService departments;

    @Inject
    Validator validator;

    @Inject
    PageContext page;

    /** A department with its staff, which the entity does not hold (membership lives on the user). */
    public record Row(Department department, List<User> members, Calendar calendar) {
    }

    public record ListModel(List<Row> rows, Department saved) {
    }

    public record EditModel(Form form, Department department, List<User> users, List<Calendar> calendars) {

        public boolean creating() {
            return department == null;
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
        List<Row> rows = Department.<Department>listAll(Sort.by("code")).stream()
                .map(d -> new Row(d, members(d), d.calendarId == null ? null : Calendar.findById(d.calendarId)))
                .toList();
        return page.render(Templates.list(new ListModel(rows, Department.findByCode(saved).orElse(null))));
    }

    @GET
    @Path("new")
    @Transactional
    @Operation(hidden = true)
    public String newDepartment() {
        page.requireAdmin();
        return edit(new Form("department"), null);
    }

    @GET
    @Path("{code}")
    @Transactional
    @Operation(hidden = true)
    public String show(@PathParam("code") String code) {
        page.requireAdmin();
        Department d = departments.find(code);
        Form form = new Form("department").with("name", d.name).with("email", d.email)
                .with("calendar", d.calendarId == null ? "" : d.calendarId.toString())
                .withAll("heads", d.heads.stream().map(u -> u.id).toList())
                .withAll("members", members(d).stream().map(u -> u.id).toList())
                .with("active", d.active ? "on" : "").with("version", String.valueOf(d.version));
        return edit(form, d);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("code") String code, @FormParam("name") String name,
            @FormParam("email") String email, @FormParam("calendar") String calendar,
            @FormParam("heads") List<String> heads, @FormParam("members") List<String> members) {
        page.requireAdmin();
        Form form = new Form("department").with("code", code).with("name", name).with("email", email)
                .with("calendar", calendar).withAll("heads", heads).withAll("members", members);
        String upper = code == null ? null : code.trim().toUpperCase();
        DepartmentService.CreateDepartment body = new DepartmentService.CreateDepartment(upper, trimmed(name),
                AdminPage.trimmed(email), TicketPages.parseId(calendar), AdminPage.ids(heads));
        if (form.validate(validator, body, Map.of(), AdminPage.wording(page)) && Department.findByCode(upper).isPresent()) {
            form.error("code", page.texts(AdminMsg.class).code_taken());
        }
        if (!form.hasErrors() && AdminPage.attempt(form, page, Map.of(), () -> {
            departments.create(body);
            departments.replaceMembers(upper, AdminPage.ids(members));
        })) {
            return AdminPage.saved("/admin/departments", upper);
        }
        return AdminPage.refused(() -> edit(form, null));
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("code") String code, @FormParam("version") String version,
            @FormParam("name") String name, @FormParam("email") String email, @FormParam("calendar") String calendar,
            @FormParam("heads") List<String> heads, @FormParam("members") List<String> members,
            @FormParam("active") String active) {
        page.requireAdmin();
        Form form = new Form("department").with("name", name).with("email", email).with("calendar", calendar)
                .withAll("heads", heads).withAll("members", members).with("active", active == null ? "" : "on")
                .with("version", version);
        if (trimmed(name) == null) {
            form.error("name", page.msg().error_required());
        }
        // an empty email or calendar means none: the service reads a blank email as "remove"
        DepartmentService.UpdateDepartment body = new DepartmentService.UpdateDepartment(
                TicketPages.parseId(version), trimmed(name), email == null ? "" : email.trim(),
                TicketPages.parseId(calendar), AdminPage.ids(heads), active != null);
        if (form.validate(validator, body, Map.of(), AdminPage.wording(page)) && !form.hasErrors()
                && AdminPage.attempt(form, page, Map.of(), () -> {
            Department d = departments.update(code, body);
            if (TicketPages.blank(calendar)) {
                d.calendarId = null;
            }
            departments.replaceMembers(code, AdminPage.ids(members));
        })) {
            return AdminPage.saved("/admin/departments", code);
        }
        return AdminPage.refused(() -> edit(form, departments.find(code)));
    }

    private String edit(Form form, Department department) {
        return page.render(Templates.edit(new EditModel(form, department,
                User.listAll(Sort.by("name")), Calendar.listAll(Sort.by("name")))));
    }

    static List<User> members(Department d) {
        return User.list("select u from User u join u.departments d where d = ?1 order by u.name", d);
    }

    private static String trimmed(String text) {
        return AdminPage.trimmed(text);
    }
}

package app.baton.page;

import app.baton.department.Department;
import app.baton.user.Role;
import app.baton.user.User;
import app.baton.user.UserService;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Administrators list, create and edit people: name, email, roles, language, time zone and
 * departments. Whether someone is active is shown; deactivating hands work over and has its own
 * step in the API.
 */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AdminUserPages {

    @Inject
    UserService users;

    @Inject
    Validator validator;

    @Inject
    PageContext page;

    public record ListModel(List<User> users, User saved) {
    }

    public record EditModel(Form form, User user, List<Role> roles, List<Department> departments,
            List<String> languages, List<String> zones) {

        public boolean creating() {
            return user == null;
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
        return page.render(Templates.list(new ListModel(User.listAll(Sort.by("name")),
                savedId == null ? null : User.findById(savedId))));
    }

    @GET
    @Path("new")
    @Transactional
    @Operation(hidden = true)
    public String newUser() {
        page.requireAdmin();
        return edit(new Form("user").with("language", "en").with("timeZone", MePage.ZONES.get(0))
                .withAll("roles", List.of(Role.STAFF)), null);
    }

    @GET
    @Path("{id}")
    @Transactional
    @Operation(hidden = true)
    public String show(@PathParam("id") String id) {
        page.requireAdmin();
        User u = find(id);
        Form form = new Form("user").with("name", u.name).with("email", u.email).with("language", u.language)
                .with("timeZone", u.timeZone).withAll("roles", u.roles)
                .withAll("departments", u.departments.stream().map(Department::code).toList())
                .with("version", String.valueOf(u.version));
        return edit(form, u);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("name") String name, @FormParam("email") String email,
            @FormParam("password") String password, @FormParam("roles") List<String> roles,
            @FormParam("departments") List<String> departments, @FormParam("language") String language,
            @FormParam("timeZone") String timeZone) {
        page.requireAdmin();
        Form form = new Form("user").with("name", name).with("email", email).withAll("roles", roles)
                .withAll("departments", departments).with("language", language).with("timeZone", timeZone);
        UserService.CreateUser body = new UserService.CreateUser(AdminPage.trimmed(email), AdminPage.trimmed(name),
                password == null || password.isEmpty() ? null : password, roles(form, roles), nonNull(departments),
                AdminPage.trimmed(language), AdminPage.trimmed(timeZone), null);
        if (password == null || password.isEmpty()) {
            form.error("password", page.msg().error_required());
        }
        User[] created = new User[1];
        emailTaken(form, email, null);
        if (form.validate(validator, body, Map.of(), AdminPage.wording(page)) && !form.hasErrors()
                && AdminPage.attempt(form, page, Map.of(), () -> created[0] = users.create(body))) {
            return AdminPage.saved("/admin/users", String.valueOf(created[0].id));
        }
        return AdminPage.refused(() -> edit(form, null));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("id") String id, @FormParam("version") String version,
            @FormParam("name") String name, @FormParam("email") String email, @FormParam("password") String password,
            @FormParam("roles") List<String> roles, @FormParam("departments") List<String> departments,
            @FormParam("language") String language, @FormParam("timeZone") String timeZone) {
        page.requireAdmin();
        long userId = userId(id);
        Form form = new Form("user").with("name", name).with("email", email).withAll("roles", roles)
                .withAll("departments", departments).with("language", language).with("timeZone", timeZone)
                .with("version", version);
        if (AdminPage.trimmed(name) == null) {
            form.error("name", page.msg().error_required());
        }
        if (AdminPage.trimmed(email) == null) {
            form.error("email", page.msg().error_required());
        }
        UserService.UpdateUser body = new UserService.UpdateUser(TicketPages.parseId(version), AdminPage.trimmed(name),
                AdminPage.trimmed(email), password == null || password.isEmpty() ? null : password,
                roles(form, roles), nonNull(departments), AdminPage.trimmed(language), AdminPage.trimmed(timeZone),
                null, null);
        emailTaken(form, email, userId);
        if (form.validate(validator, body, Map.of(), AdminPage.wording(page)) && !form.hasErrors()
                && AdminPage.attempt(form, page, Map.of(), () -> users.update(userId, body))) {
            return AdminPage.saved("/admin/users", String.valueOf(userId));
        }
        return AdminPage.refused(() -> edit(form, users.find(userId)));
    }

    private String edit(Form form, User user) {
        List<String> zones = new ArrayList<>(MePage.ZONES);
        String zone = form.value("timeZone");
        if (!zone.isBlank() && !zones.contains(zone)) {
            zones.add(0, zone);
        }
        return page.render(Templates.edit(new EditModel(form, user, List.of(Role.values()),
                Department.listAll(Sort.by("code")), PageContext.LANGUAGES, zones)));
    }

    /** A taken email is the person's mistake on this form, not a conflict page. */
    private void emailTaken(Form form, String email, Long self) {
        if (email == null || email.isBlank()) {
            return;
        }
        boolean taken = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> User.findByEmail(email.trim())
                .filter(u -> !u.id.equals(self)).isPresent());
        if (taken) {
            form.error("email", page.texts(AdminMsg.class).email_taken());
        }
    }

    private List<Role> roles(Form form, List<String> values) {
        List<Role> roles = new ArrayList<>();
        for (String value : nonNull(values)) {
            try {
                roles.add(Role.valueOf(value));
            } catch (IllegalArgumentException e) {
                form.error("roles", page.msg().error_invalid());
            }
        }
        if (roles.isEmpty()) {
            form.error("roles", page.texts(AdminMsg.class).role_required());
        }
        return roles;
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private User find(String id) {
        return users.find(userId(id));
    }

    private static long userId(String text) {
        Long id = TicketPages.parseId(text);
        if (id == null) {
            throw app.baton.web.ProblemException.notFound("User " + text);
        }
        return id;
    }
}

package app.baton.page;

import app.baton.department.Department;
import app.baton.department.RequestType;
import app.baton.sla.Calendar;
import app.baton.user.User;
import app.baton.web.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The administrator's start page: what can be set up, with how many of each there are. The
 * helpers below are shared by the admin pages of each feature (departments, users, request
 * types, calendars), which all follow one pattern: the change goes through the same service as
 * the JSON API, a refused form comes back with values and errors, a saved one redirects.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AdminPage {

    @Inject
    PageContext page;

    public record Counts(long departments, long users, long types, long calendars) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Counts counts);
    }

    @GET
    @Transactional
    @Operation(hidden = true)
    public String index() {
        page.requireAdmin();
        return page.render(Templates.index(new Counts(Department.count(), User.count(), RequestType.count(),
                Calendar.count())));
    }

    // --- shared by the admin pages -------------------------------------------------------------

    /** After a saved form: back to the list, which says what was saved. */
    static Response saved(String listPath, String savedKey) {
        return Response.seeOther(URI.create(listPath + "?saved=" + java.net.URLEncoder.encode(savedKey,
                java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    /**
     * Runs a change in its own transaction. A refused one (400) puts its field errors on the form
     * and answers false; anything else (409 stale version, 404) goes on to the error pages.
     */
    static boolean attempt(Form form, PageContext page, java.util.Map<String, String> renames, Runnable change) {
        try {
            QuarkusTransaction.requiringNew().run(change);
            return true;
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            form.errors(e);
            // the API names list elements (heads[0]); the form has one field for the list
            java.util.Map<String, String> names = new java.util.HashMap<>(renames);
            form.errors().keySet().forEach(f -> names.putIfAbsent(f, f.replaceAll("\\[\\d+\\]$", "")));
            form.renameErrors(names);
            // the service words its errors for API callers, in English: say it in the person's language
            form.errors().replaceAll((field, message) -> serviceError(page, field));
            return false;
        }
    }

    private static String serviceError(PageContext page, String field) {
        Msg msg = page.msg();
        if (field.startsWith("hours")) {
            return page.texts(AdminMsg.class).hours_invalid();
        }
        return switch (field) {
            case "timeZone" -> msg.error_time_zone();
            case "sla" -> page.texts(AdminMsg.class).sla_required();
            default -> msg.error_invalid();
        };
    }

    /** Bean validation messages in the person's language, by the kind of constraint broken. */
    static java.util.function.Function<jakarta.validation.ConstraintViolation<?>, String> wording(PageContext page) {
        Msg msg = page.msg();
        return v -> {
            java.util.Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
            return switch (v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
                case "NotNull", "NotBlank", "NotEmpty" -> msg.error_required();
                case "Email" -> msg.error_email();
                case "Size" -> v.getPropertyPath().toString().equals("password") ? msg.error_password_short()
                        : msg.error_too_long(((Number) attributes.get("max")).intValue());
                case "Min" -> msg.error_too_small(String.valueOf(attributes.get("value")));
                case "Max" -> msg.error_too_large(String.valueOf(attributes.get("value")));
                case "Pattern" -> v.getPropertyPath().toString().equals("code")
                        ? page.texts(AdminMsg.class).code_hint() : msg.error_invalid();
                default -> v.getMessage();
            };
        };
    }

    /** The form shown again with status 400, rendered in a transaction of its own. */
    static Response refused(Supplier<String> render) {
        String html = QuarkusTransaction.requiringNew().call(render::get);
        return Response.status(400).type(MediaType.TEXT_HTML).entity(html).build();
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static List<Long> ids(List<String> values) {
        return values == null ? List.of() : values.stream().map(TicketPages::parseId).filter(id -> id != null)
                .distinct().toList();
    }
}

package app.baton.page;

import app.baton.notification.DeliveryMode;
import app.baton.notification.NotificationKind;
import app.baton.notification.NotificationPreferences;
import app.baton.user.PasswordHasher;
import app.baton.user.User;
import app.baton.user.UserService;
import app.baton.web.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A person's own settings: language, time zone, password and which notifications reach them how. */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MePage {

    /** The zones people in the product's markets use; any valid zone id is accepted. */
    static final List<String> ZONES = List.of("Europe/Vilnius", "Europe/Riga", "Europe/Tallinn", "Europe/Moscow",
            "Europe/Warsaw", "Europe/Helsinki", "Europe/Berlin", "Europe/London", "UTC");

    @Inject
    UserService users;

    @Inject
    PasswordHasher passwords;

    @Inject
    PageContext page;

    @Inject
    NotificationPreferences preferences;

    /** One kind of notification and how it reaches the person; escalations are always sent at once. */
    public record Preference(NotificationKind kind, DeliveryMode mode, boolean alwaysSent) {
    }

    public record MeModel(User user, List<String> languages, List<String> zones, List<Preference> preferences,
            List<DeliveryMode> modes, Form form, boolean saved) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance me(MeModel model);
    }

    @GET
    @Transactional
    @Operation(hidden = true)
    public String me(@QueryParam("saved") String saved) {
        return render(Form.empty(), saved != null);
    }

    private String render(Form form, boolean saved) {
        User me = page.user();
        List<String> zones = ZONES.contains(me.timeZone) ? ZONES
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(me.timeZone), ZONES.stream()).toList();
        List<Preference> prefs = preferences.of(me.id).entrySet().stream()
                .map(e -> new Preference(e.getKey(), kept(form, e.getKey(), e.getValue()), e.getKey().escalation))
                .toList();
        return page.render(Templates.me(new MeModel(me, PageContext.LANGUAGES, zones, prefs,
                List.of(DeliveryMode.values()), form, saved)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response settings(@FormParam("language") String language, @FormParam("timeZone") String timeZone,
            @FormParam("version") String version) {
        Form form = new Form("settings").with("language", language).with("timeZone", timeZone);
        if (language == null || !PageContext.LANGUAGES.contains(language)) {
            form.error("language", page.msg().error_invalid());
        }
        try {
            ZoneId.of(timeZone == null ? "" : timeZone);
        } catch (Exception e) {
            form.error("timeZone", page.msg().error_invalid());
        }
        if (!form.hasErrors()) {
            try {
                users.update(page.user().id, new UserService.UpdateUser(TicketPages.parseId(version), null, null, null,
                        null, null, language, timeZone, null, null));
                return Response.seeOther(URI.create("/me?saved")).build();
            } catch (ProblemException e) {
                if (e.status() == 409) {
                    throw e;
                }
                form.errors(e);
            }
        }
        return refused(form);
    }

    /** The language chooser in the header: saves the choice and goes back where the person was. */
    @POST
    @Path("language")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response language(@FormParam("language") String language, @HeaderParam("Referer") String referer) {
        if (language != null && PageContext.LANGUAGES.contains(language)) {
            users.update(page.user().id, new UserService.UpdateUser(null, null, null, null, null, null, language,
                    null, null, null));
        }
        String back = referer == null ? "/" : URI.create(referer).getRawPath();
        return Response.seeOther(URI.create(back == null || !back.startsWith("/") ? "/" : back)).build();
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response password(@FormParam("current") String current, @FormParam("password") String password,
            @FormParam("confirm") String confirm) {
        Form form = new Form("password");
        Msg msg = page.msg();
        User me = page.user();
        if (current == null || !passwords.matches(current, me.passwordHash)) {
            form.error("current", msg.error_wrong_password());
        }
        if (password == null || password.length() < PasswordHasher.MIN_LENGTH) {
            form.error("password", msg.error_password_short());
        } else if (!password.equals(confirm)) {
            form.error("confirm", msg.error_password_mismatch());
        }
        if (!form.hasErrors()) {
            try {
                users.update(me.id, new UserService.UpdateUser(null, null, null, password, null, null, null, null,
                        null, null));
                return Response.seeOther(URI.create("/me?saved")).build();
            } catch (ConstraintViolationException e) {
                form.error("password", msg.error_password_short());
            }
        }
        return refused(form);
    }

    /**
     * One select per kind, named by the kind. Escalation kinds are not in the form (their select
     * is disabled) and are refused if someone sends them anyway: they cannot be turned off.
     */
    @POST
    @Path("notifications")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    @Operation(hidden = true)
    public Response notifications(jakarta.ws.rs.core.MultivaluedMap<String, String> fields) {
        Form form = new Form("notifications");
        java.util.Map<NotificationKind, DeliveryMode> chosen = new java.util.EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.withPreference()) {
            String value = fields.getFirst(kind.name());
            if (value == null) {
                continue;
            }
            form.with(kind.name(), value);
            try {
                DeliveryMode mode = DeliveryMode.valueOf(value);
                if (kind.escalation && mode != DeliveryMode.IMMEDIATE) {
                    form.error(kind.name(), page.texts(MeMsg.class).notify_always());
                } else if (!kind.escalation) {
                    chosen.put(kind, mode);
                }
            } catch (IllegalArgumentException e) {
                form.error(kind.name(), page.msg().error_invalid());
            }
        }
        if (form.hasErrors()) {
            return refused(form);
        }
        long me = page.user().id;
        chosen.forEach((kind, mode) -> preferences.set(me, kind, mode));
        return Response.seeOther(URI.create("/me?saved")).build();
    }

    /** A refused preferences form shows what the person chose, not what is stored. */
    private static DeliveryMode kept(Form form, NotificationKind kind, DeliveryMode stored) {
        try {
            String value = form.value("notifications", kind.name());
            return value.isEmpty() || kind.escalation ? stored : DeliveryMode.valueOf(value);
        } catch (IllegalArgumentException e) {
            return stored;
        }
    }

    private Response refused(Form form) {
        String html = QuarkusTransaction.requiringNew().call(() -> render(form, false));
        return Response.status(400).type(MediaType.TEXT_HTML).entity(html).build();
    }
}

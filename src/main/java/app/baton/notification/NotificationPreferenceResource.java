package app.baton.notification;

import app.baton.user.CurrentUser;
import app.baton.user.Role;
import app.baton.user.User;
import app.baton.web.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;

/**
 * A person's notification preferences: IMMEDIATE, DIGEST or OFF per kind. Escalation kinds are
 * listed with {@code alwaysSent: true} and can only be IMMEDIATE. Only the person themselves
 * and administrators may read or change them.
 */
@Path("/api/users/{id}/notification-preferences")
@Authenticated
public class NotificationPreferenceResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationPreferences preferences;

    public record PreferenceView(NotificationKind kind, DeliveryMode mode, boolean alwaysSent) {
    }

    /** One choice; kinds left out of a PUT keep their mode. */
    public record PreferenceChange(String kind, String mode) {
    }

    @GET
    @Transactional
    public List<PreferenceView> get(@PathParam("id") long id) {
        return view(allowed(id));
    }

    @PUT
    @Transactional
    public List<PreferenceView> put(@PathParam("id") long id, @NotNull List<@NotNull PreferenceChange> changes) {
        User user = allowed(id);
        for (int i = 0; i < changes.size(); i++) {
            PreferenceChange change = changes.get(i);
            NotificationKind kind = parse(NotificationKind.class, change.kind(), "[" + i + "].kind");
            if (kind == NotificationKind.DAILY_DIGEST) {
                throw ProblemException.badField("[" + i + "].kind", "the daily digest has no preference");
            }
            DeliveryMode mode = parse(DeliveryMode.class, change.mode(), "[" + i + "].mode");
            if (kind.escalation && mode != DeliveryMode.IMMEDIATE) {
                throw ProblemException.badField("[" + i + "].mode",
                        kind + " is an escalation: it is always sent at once and cannot be turned off or held");
            }
            preferences.set(user.id, kind, mode);
        }
        return view(user);
    }

    private List<PreferenceView> view(User user) {
        Map<NotificationKind, DeliveryMode> modes = preferences.of(user.id);
        return modes.entrySet().stream()
                .map(e -> new PreferenceView(e.getKey(), e.getValue(), e.getKey().escalation)).toList();
    }

    private User allowed(long id) {
        User me = currentUser.get();
        if (me.id != id && !me.hasRole(Role.ADMIN)) {
            throw ProblemException.forbidden("Only the person themselves or an administrator may see or change "
                    + "notification preferences");
        }
        User user = User.findById(id);
        if (user == null) {
            throw ProblemException.notFound("User " + id);
        }
        return user;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            if (value == null) {
                throw new IllegalArgumentException();
            }
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}

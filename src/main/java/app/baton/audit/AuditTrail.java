package app.baton.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Writes the audit log. {@link #record} joins the caller's transaction, so an entry commits or
 * rolls back with the change it describes; {@link #recordAlone} commits on its own, for events
 * whose request fails (a refused login must still leave its trace).
 */
@ApplicationScoped
public class AuditTrail {

    static final int MAX_TEXT = 2000;

    @Inject
    Clock clock;

    /** Who is acting: a user id and their email. */
    public record Actor(Long id, String email) {
        public static final Actor NOBODY = new Actor(null, null);
    }

    /** An entry by the signed-in caller of this request, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String target, String detail) {
        write(currentActor(), action, target, currentAddress(), detail);
    }

    /** An entry with the actor and address given, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, String target, String address, String detail) {
        write(actor, action, target, address, detail);
    }

    /** An entry that commits even though the caller's work is rolled back or refused. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(Actor actor, AuditAction action, String target, String address, String detail) {
        write(actor, action, target, address, detail);
    }

    /**
     * For every export (CSV and the like): what was exported and with which filters, by the caller.
     * Call it in the transaction that reads the exported rows.
     */
    @Transactional
    public void export(String what, String filters) {
        write(currentActor(), AuditAction.EXPORT, what, currentAddress(), filters);
    }

    private void write(Actor actor, AuditAction action, String target, String address, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entry.actorId = actor.id();
        entry.actor = cut(actor.email(), 254);
        entry.action = action;
        entry.target = cut(target, 200);
        entry.address = cut(address, 64);
        entry.detail = cut(detail, MAX_TEXT);
        entry.persist();
    }

    /** The signed-in person of this request, read from the security identity. */
    private static Actor currentActor() {
        var identity = Arc.container().instance(SecurityIdentity.class);
        try {
            SecurityIdentity id = identity.get();
            if (id == null || id.isAnonymous()) {
                return Actor.NOBODY;
            }
            Long userId = id.getAttribute(app.baton.user.IdentityLookup.USER_ID);
            String email = id.getAttribute(app.baton.user.IdentityLookup.EMAIL);
            return new Actor(userId, email);
        } catch (RuntimeException e) {
            return Actor.NOBODY; // no request, e.g. a scheduled job
        }
    }

    /** The client's address of the current HTTP request, or null outside one. */
    static String currentAddress() {
        try {
            var request = Arc.container().instance(HttpServerRequest.class);
            HttpServerRequest r = request.get();
            return r == null || r.remoteAddress() == null ? null : r.remoteAddress().hostAddress();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}

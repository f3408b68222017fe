package app.baton.user;

import app.baton.audit.AuditAction;
import app.baton.audit.AuditTrail;
import app.baton.client.ClientHandover;
import app.baton.department.Department;
import app.baton.promise.PromiseHandover;
import app.baton.ticket.TicketHandover;
import app.baton.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Deactivating a person, in one transaction and one audit entry, so that nothing they held is
 * orphaned: their page sessions and tokens end; their open assigned requests go to the
 * colleague named ({@code handTo}) when that colleague works in the receiving department, else
 * back to that department's queue; their open promises and the clients they own go to the
 * successor, who is {@code handTo}, else the first active head of one of their departments,
 * else the administrator doing it; they stop watching requests and heading departments.
 */
@ApplicationScoped
public class Deactivation {

    @Inject
    Clock clock;

    @Inject
    Administrators admins;

    @Inject
    Sessions sessions;

    @Inject
    TokenService tokens;

    @Inject
    TicketHandover tickets;

    @Inject
    PromiseHandover promises;

    @Inject
    ClientHandover clients;

    @Inject
    AuditTrail audit;

    /** What the deactivation did, as the API answers it. */
    public record Summary(UserView user, Long handedTo, int requestsReassigned, int requestsReturnedToQueue,
            int promisesHandedOver, Long promiseOwner, int clientsHandedOver, Long clientOwner, int watchesEnded,
            int sessionsEnded, int tokensRevoked, int departmentsNoLongerHeaded) {
    }

    @Transactional
    public Summary deactivate(long id, Long handToId) {
        User actor = admins.require("deactivate users");
        User leaving = User.findById(id);
        if (leaving == null) {
            throw ProblemException.notFound("User " + id);
        }
        if (Objects.equals(actor.id, leaving.id)) {
            throw ProblemException.conflict("Nobody can deactivate themselves; ask another administrator");
        }
        if (!leaving.active) {
            throw ProblemException.conflict(leaving.name + " is already inactive");
        }
        User handTo = null;
        if (handToId != null) {
            if (handToId == id) {
                throw ProblemException.badField("handTo", "must be someone other than the person leaving");
            }
            handTo = User.findById(handToId);
            if (handTo == null || !handTo.active) {
                throw ProblemException.badField("handTo", "no active user has the id " + handToId);
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        User successor = handTo != null ? handTo : headOf(leaving).orElse(actor);
        leaving.active = false;
        int sessionsEnded = sessions.endAll(leaving);
        int tokensRevoked = tokens.revokeAll(leaving);
        TicketHandover.Result requests = tickets.handOver(leaving, handTo, actor, now);
        int promisesMoved = promises.handOver(leaving, successor, actor, now);
        int clientsMoved = clients.handOver(leaving, successor, now);
        int headed = 0;
        for (Department d : Department.<Department>list("select d from Department d join d.heads h where h = ?1",
                leaving)) {
            d.heads.remove(leaving);
            headed++;
        }
        User.flush();
        Summary summary = new Summary(UserView.of(leaving), handTo == null ? null : handTo.id,
                requests.reassigned(), requests.returnedToQueue(), promisesMoved, successor.id, clientsMoved,
                successor.id, requests.watchesEnded(), sessionsEnded, tokensRevoked, headed);
        audit.record(AuditAction.USER_DEACTIVATED, "user:" + leaving.id, describe(leaving, handTo, successor, summary));
        return summary;
    }

    /** The first active head (other than the person) of one of the person's departments. */
    private static Optional<User> headOf(User leaving) {
        return leaving.departments.stream()
                .sorted(Comparator.comparing((Department d) -> d.code))
                .flatMap(d -> d.heads.stream().sorted(Comparator.comparing((User u) -> u.id)))
                .filter(u -> u.active && !Objects.equals(u.id, leaving.id))
                .findFirst();
    }

    private static String describe(User leaving, User handTo, User successor, Summary s) {
        return leaving.email + " deactivated" + (handTo == null ? "" : ", work handed to " + handTo.email)
                + "; requests: " + s.requestsReassigned() + " reassigned, " + s.requestsReturnedToQueue()
                + " back to the queue; promises: " + s.promisesHandedOver() + " and clients: "
                + s.clientsHandedOver() + " to " + successor.email + "; watches ended: " + s.watchesEnded()
                + "; sessions ended: " + s.sessionsEnded() + "; tokens revoked: " + s.tokensRevoked()
                + "; departments no longer headed: " + s.departmentsNoLongerHeaded();
    }
}

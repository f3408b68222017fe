package app.baton.promise;

import app.baton.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The promise side of deactivating a person: their open promises get a new owner, with history. */
@ApplicationScoped
public class PromiseHandover {

    @Transactional(Transactional.TxType.MANDATORY)
    public int handOver(User leaving, User successor, User actor, Instant now) {
        List<Promise> open = Promise.list("owner = ?1 and status = ?2 order by id", leaving, PromiseStatus.OPEN);
        for (Promise p : open) {
            p.owner = successor;
            p.updatedAt = now;
            PromiseHistory.of(p, now, actor, PromiseHistoryKind.HANDED_OVER, null, null,
                    "Handed over from " + leaving.name + " (deactivated) to " + successor.name).persist();
        }
        return open.size();
    }
}

package app.baton.client;

import app.baton.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The client side of deactivating a person: the clients they own get the successor as owner
 * (or no owner when there is none), each change in the client's revertible history.
 */
@ApplicationScoped
public class ClientHandover {

    @Inject
    ClientHistory history;

    @Transactional(Transactional.TxType.MANDATORY)
    public int handOver(User leaving, User successor, Instant now) {
        List<Client> owned = Client.list("ownerId = ?1 order by id", leaving.id);
        for (Client client : owned) {
            client.owner = successor;
            client.updatedAt = now;
            history.record(client.id, ChangedEntity.CLIENT, client.id, "owner", leaving.id.toString(),
                    successor == null ? null : successor.id.toString(), null);
        }
        return owned.size();
    }
}

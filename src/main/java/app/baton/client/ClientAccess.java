package app.baton.client;

import app.baton.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may see which client card. Every read path (single card, list, search, timeline, history,
 * writes that first read the card) asks here, so that restricted clients are enforced in one
 * place. For now every signed-in person sees every client; the restricted-client rules come later.
 */
@ApplicationScoped
public class ClientAccess {

    public boolean canSee(Client client) {
        return true;
    }

    /** A client the caller may not see answers 404 like a missing one, so its existence does not leak. */
    public Client requireVisible(Client client, long id) {
        if (client == null || !canSee(client)) {
            throw ProblemException.notFound("Client " + id);
        }
        return client;
    }

    /** An SQL condition on the clients table under {@code alias} that keeps only visible clients. */
    public String sqlCondition(String alias) {
        return "1 = 1";
    }
}

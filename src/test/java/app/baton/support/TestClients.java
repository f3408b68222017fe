package app.baton.support;

import app.baton.client.Client;
import app.baton.client.Contact;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;

/** Clients and contacts written straight to the database, for tests of features that only refer to them. */
public final class TestClients {

    private TestClients() {
    }

    public static long createClient(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Client client = new Client();
            client.name = name + " " + Api.unique();
            client.createdAt = Instant.now();
            client.updatedAt = client.createdAt;
            client.persist();
            return client.id;
        });
    }

    public static long createContact(long clientId, String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Contact contact = new Contact();
            contact.client = Client.findById(clientId);
            contact.name = name;
            contact.createdAt = Instant.now();
            contact.persist();
            return contact.id;
        });
    }
}

package app.baton.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.support.Api;
import app.baton.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Creating a request is the hot write (issue 6): its statements are counted so that a change
 * adding a query per create, or per member of the receiving department, shows here.
 */
@QuarkusTest
class TicketCreateCostTest {

    /**
     * Statements of one create through the API, bearer-token authentication included (answered
     * from the token cache): the user, the request type with its receiving department, the client,
     * the requester's departments, the key counter, the ticket (inserted with its next escalation
     * moment, not updated after), its event, the receivers with their roles, their notification
     * preferences, their mails;
     * and since visibility rules the creator's departments (may they use this client?). The
     * receivers are the receiving department's staff and see its request as members: their
     * other memberships are not read unless the client is restricted.
     */
    static final int CREATE_STATEMENTS = 9;

    @Inject
    EntityManagerFactory emf;

    @Inject
    EntityManager em;

    @Test
    void creatingARequestCostsAFixedNumberOfStatements() {
        TicketFixture f = new TicketFixture();
        f.create(); // the department's key counter row exists from now on, as in a running system
        long one = statementsFor(f::create);

        for (int i = 0; i < 7; i++) {
            Api.createUser("Colleague " + i, f.receiving);
        }
        // two roles: the staff query joins the roles, and must still answer this member once
        Api.createHead("Colleague head", f.receiving);
        f.create();
        String[] created = new String[1];
        long nine = statementsFor(() -> created[0] = f.create());

        // the mails rendered once per language still greet each person by name
        List<?> greetings = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT u.name, o.body_text,"
                        + " o.body_html FROM outbox o JOIN users u ON u.id = o.recipient_id JOIN tickets t ON t.id = o.ticket_id"
                        + " WHERE t.ticket_key = ?1").setParameter(1, created[0]).getResultList());
        assertEquals(9, greetings.size(), "a mail for each of the nine receivers");
        for (Object row : greetings) {
            Object[] mail = (Object[]) row;
            assertTrue(((String) mail[1]).contains((String) mail[0]), "text greets " + mail[0] + ": " + mail[1]);
            assertTrue(((String) mail[2]).contains((String) mail[0]), "html greets " + mail[0]);
        }

        // inserted with its escalation scheduled: the first step is the acknowledgement warning
        Object[] moments = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT next_escalation_at, ack_warn_at FROM tickets WHERE ticket_key = ?1")
                .setParameter(1, created[0]).getSingleResult());
        assertEquals(moments[1], moments[0], "the new request's next escalation is its acknowledgement warning");

        System.out.println("create statements: " + one + " (one receiver), " + nine + " (nine receivers)");
        assertEquals(one, nine, "every member of the receiving department must not cost statements of their own");
        assertTrue(one <= CREATE_STATEMENTS, "one create took " + one + " statements");
    }

    private long statementsFor(Runnable call) {
        return Statements.fewestOf(2, emf, call);
    }
}

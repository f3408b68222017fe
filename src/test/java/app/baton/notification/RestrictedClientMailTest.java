package app.baton.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.support.Api;
import app.baton.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request for a restricted client is mail only for those allowed on the client: the receiving
 * department's address, its staff and its head hear nothing unless the client names them, and
 * the head's morning digest leaves the request out.
 */
@QuarkusTest
class RestrictedClientMailTest {

    static final Mailbox MAILBOX = new Mailbox();

    @Inject
    OutboxSender sender;

    @Inject
    DailyDigest digest;

    @Inject
    TestClock clock;

    @BeforeAll
    static void startSmtp() {
        MAILBOX.start();
    }

    @AfterAll
    static void stopSmtp() {
        MAILBOX.stop();
    }

    @BeforeEach
    void emptyOutbox() {
        sender.sendDue();
        MAILBOX.clear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Allowed: the requesting department and Lina of the receiving department; not Sam, not the head. */
    private static long restrictedClient(MailWorld w) {
        return Api.asAdmin().body(Map.of("name", "Secret client " + Api.unique(), "restricted", true,
                        "allowedUsers", List.of(w.lina.id()), "allowedDepartments", List.of(w.requesting)))
                .post("/api/clients").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String create(MailWorld w, long client, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", w.type);
        body.put("title", title);
        body.put("client", client);
        return w.requester.api().body(body).post("/api/tickets").then().statusCode(201).extract().path("key");
    }

    @Test
    void onlyPeopleAllowedOnTheClientHearOfItsRequests() {
        MailWorld w = new MailWorld();
        String key = create(w, restrictedClient(w), "Quiet repair");
        w.act(w.lina, key, "comments", Map.of("body", "@" + w.sam.email() + " @" + w.head.email()
                + " @" + w.requester.email() + " look")).statusCode(201);
        sender.sendDue();

        assertEquals(List.of("[" + key + "] Naujas prašymas: Quiet repair"),
                MAILBOX.to(w.lina.email()).stream().map(Mailbox.Received::subject).toList());
        assertEquals(0, MAILBOX.to(w.sam.email()).size(), "Sam is not allowed on the client");
        assertEquals(0, MAILBOX.to(w.head.email()).size(), "nor is the head of the receiving department");
        assertEquals(0, MAILBOX.to(w.receivingEmail).size(), "nor the receiving department's address");
        assertEquals(1, MAILBOX.to(w.requester.email()).size(), "the requester's department is allowed");
    }

    @Test
    void theHeadsDigestLeavesOutRequestsOfAClientTheHeadMayNotSee() {
        MailWorld w = new MailWorld();
        long secret = restrictedClient(w);
        clock.freeze();
        String hidden = create(w, secret, "Hidden late one");
        String shown = w.create("Shown late one");
        clock.advance(Duration.ofMinutes(90)); // both acknowledgement deadlines (60 minutes) passed
        sender.sendDue();
        MAILBOX.clear();
        digest.run();
        sender.sendDue();

        List<Mailbox.Received> digests = MAILBOX.to(w.head.email()).stream()
                .filter(m -> m.subject().startsWith("Baton daily digest")).toList();
        assertEquals(1, digests.size(), MAILBOX.to(w.head.email()).toString());
        String text = digests.get(0).text();
        assertTrue(text.contains(shown + " Shown late one"), text);
        assertFalse(text.contains(hidden), text);
    }
}

package app.baton.notification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.escalation.Deadline;
import app.baton.escalation.EscalationLevel;
import app.baton.escalation.EscalationRaised;
import app.baton.promise.Promise;
import app.baton.promise.PromiseOverdue;
import app.baton.promise.PromiseReminderDue;
import app.baton.promise.PromiseStatus;
import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.TestClock;
import app.baton.client.Client;
import app.baton.ticket.Ticket;
import app.baton.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who gets which mail, in which language, over real SMTP. */
@QuarkusTest
class NotificationMailTest {

    static final Mailbox MAILBOX = new Mailbox();

    @Inject
    OutboxSender sender;

    @Inject
    DailyDigest digest;

    @Inject
    TestClock clock;

    @Inject
    Event<EscalationRaised> escalations;

    @Inject
    Event<PromiseReminderDue> reminders;

    @Inject
    Event<PromiseOverdue> overduePromises;

    @ConfigProperty(name = "baton.base-url")
    String baseUrl;

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
        sender.sendDue(); // whatever earlier tests left behind
        MAILBOX.clear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void newRequestReachesDepartmentAddressAndStaffEachInTheirLanguageButNotTheRequester() {
        MailWorld w = new MailWorld();
        String key = w.create("Fix the projector");
        sender.sendDue();

        var lina = only(w.lina.email());
        assertEquals("[" + key + "] Naujas prašymas: Fix the projector", lina.subject());
        assertTrue(lina.text().contains("Sveiki, Lina Lietuvaitė,"), lina.text());
        assertTrue(lina.text().contains("Rita Requester pateikė naują prašymą skyriui Service " + w.receiving),
                lina.text());
        assertTrue(lina.html().contains("href=\"" + baseUrl + "/tickets/" + key + "\""), lina.html());
        assertTrue(lina.html().contains("Atidaryti Baton"), lina.html());

        var sam = only(w.sam.email());
        assertEquals("[" + key + "] New request: Fix the projector", sam.subject());
        assertTrue(sam.text().contains("Rita Requester sent a new request to Service " + w.receiving), sam.text());
        assertTrue(sam.text().contains(baseUrl + "/tickets/" + key), sam.text());
        assertTrue(sam.text().contains("Two units in the server room"), sam.text());

        assertEquals("[" + key + "] New request: Fix the projector", only(w.receivingEmail).subject());
        assertEquals(0, MAILBOX.to(w.requester.email()).size(), "the requester made the change");
    }

    @Test
    void acknowledgementWithCounterProposalTellsTheRequesterTheDateInTheirTimeZone() {
        MailWorld w = new MailWorld();
        String key = w.create("Replace the cable");
        Instant proposed = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        w.act(w.sam, key, "acknowledge", Map.of("assignee", w.sam.id(), "proposedDueAt", proposed.toString()))
                .statusCode(200);
        sender.sendDue();

        var mail = only(w.requester.email());
        assertEquals("[" + key + "] Acknowledged with a new due date: Replace the cable", mail.subject());
        String riga = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(proposed.atZone(ZoneId.of("Europe/Riga")));
        assertTrue(mail.text().contains("Sam Staff acknowledged your request and proposes to resolve it by "
                + riga + " (Europe/Riga)"), mail.text());
        assertTrue(MAILBOX.to(w.sam.email()).stream().noneMatch(m -> m.subject().contains("Acknowledged")),
                "the person who acknowledged is not told of it");
    }

    @Test
    void rejectionCarriesTheReasonAndResolutionGoesToTheRequester() {
        MailWorld w = new MailWorld();
        String rejected = w.create("Paint the wall");
        w.act(w.lina, rejected, "reject", Map.of("reason", "Ne mūsų darbas: kreipkitės į ūkio skyrių")).statusCode(200);
        String resolved = w.create("Fix the printer");
        w.act(w.sam, resolved, "acknowledge", Map.of("assignee", w.sam.id())).statusCode(200);
        w.act(w.sam, resolved, "resolve", Map.of("note", "New drum installed")).statusCode(200);
        sender.sendDue();

        List<Mailbox.Received> mails = MAILBOX.to(w.requester.email());
        var rejection = mails.stream().filter(m -> m.subject().equals("[" + rejected + "] Rejected: Paint the wall"))
                .findFirst().orElseThrow();
        assertTrue(rejection.text().contains("Lina Lietuvaitė rejected your request. The reason given:"), rejection.text());
        assertTrue(rejection.text().contains("Ne mūsų darbas: kreipkitės į ūkio skyrių"), rejection.text());
        assertTrue(mails.stream().anyMatch(m -> m.subject().equals("[" + resolved + "] Resolved: Fix the printer")
                && m.text().contains("New drum installed")));
        assertEquals(1, mails.stream().filter(m -> m.subject().contains("Acknowledged")).count());
        assertEquals(3, mails.size(), mails.toString());
    }

    @Test
    void mentionsReachThePeopleNamedAndInternalCommentsOnlyStaffOfTheDepartmentsInvolved() {
        MailWorld w = new MailWorld();
        Person outsider = MailWorld.person("Otto Outsider", "en", "Europe/Vilnius", List.of("STAFF"),
                Api.createDepartment("Legal"));
        String key = w.create("Move the desk");
        // a watcher from elsewhere sees the request: told of mentions, but not of internal ones
        w.requester.api().body(Map.of("watchers", List.of(outsider.id()))).patch("/api/tickets/" + key).then()
                .statusCode(200);
        MAILBOX.clear();
        sender.sendDue();
        MAILBOX.clear();
        String local = w.lina.email().substring(0, w.lina.email().indexOf('@'));
        w.act(w.sam, key, "comments", Map.of("body", "@" + local + ", @" + outsider.email() + " and @"
                + w.sam.email() + ": can you help?")).statusCode(201);
        w.act(w.sam, key, "comments", Map.of("body", "Internal: @" + outsider.email() + " @" + local
                + " please check", "internal", true)).statusCode(201);
        sender.sendDue();

        List<Mailbox.Received> lina = MAILBOX.to(w.lina.email());
        assertEquals(2, lina.size(), lina.toString());
        assertTrue(lina.stream().allMatch(m -> m.subject().equals("[" + key + "] Sam Staff paminėjo jus: Move the desk")));
        assertTrue(lina.stream().anyMatch(m -> m.text().contains("Vidinis komentaras")));
        List<Mailbox.Received> outsiders = MAILBOX.to(outsider.email());
        assertEquals(1, outsiders.size(), "the internal comment is not for people outside the departments");
        assertTrue(outsiders.get(0).text().contains("can you help?"));
        assertEquals(0, MAILBOX.to(w.sam.email()).size(), "the author is not told of their own comment");
    }

    @Test
    void preferencesOffAndDigestAreRespectedAndTheDigestGoesOutOncePerDay() {
        MailWorld w = new MailWorld();
        w.preference(w.requester, "TICKET_ACKNOWLEDGED", "OFF");
        w.preference(w.requester, "TICKET_RESOLVED", "DIGEST");
        String key = w.create("Order toner");
        w.act(w.sam, key, "acknowledge", Map.of("assignee", w.sam.id())).statusCode(200);
        w.act(w.sam, key, "resolve", Map.of()).statusCode(200);
        sender.sendDue();
        assertEquals(0, MAILBOX.to(w.requester.email()).size(), "OFF sends nothing; DIGEST waits for the morning");

        digest.run();
        sender.sendDue();
        List<Mailbox.Received> digests = MAILBOX.to(w.requester.email());
        assertEquals(1, digests.size());
        assertTrue(digests.get(0).subject().startsWith("Baton daily digest, "), digests.get(0).subject());
        assertTrue(digests.get(0).text().contains("[" + key + "] Resolved: Order toner"), digests.get(0).text());
        assertTrue(digests.get(0).text().contains(baseUrl + "/tickets/" + key), digests.get(0).text());

        w.preference(w.requester, "TICKET_REJECTED", "DIGEST");
        String another = w.create("Order paper");
        w.act(w.sam, another, "reject", Map.of("reason", "Ask facilities")).statusCode(200);
        digest.run();
        sender.sendDue();
        assertEquals(1, MAILBOX.to(w.requester.email()).size(), "one digest per person per day");
    }

    @Test
    void headsGetAMorningDigestOfOverdueAndAtRiskRequestsInTheirLanguage() {
        MailWorld w = new MailWorld();
        Api.asAdmin().body(Map.of("language", "lt")).patch("/api/users/" + w.head.id()).then().statusCode(200);
        clock.freeze();
        String late = w.create("Late one");
        clock.advance(Duration.ofMinutes(50)); // ack due after 60 minutes, warning at 75 %
        String risky = w.create("Risky one");
        String calm = w.create("Calm one");
        clock.advance(Duration.ofMinutes(46)); // late: overdue; risky: 46 of 60 minutes = at risk; calm too
        w.act(w.sam, calm, "acknowledge", Map.of("assignee", w.sam.id())).statusCode(200);
        digest.run();
        sender.sendDue();

        List<Mailbox.Received> mails = MAILBOX.to(w.head.email()).stream()
                .filter(m -> m.subject().startsWith("Baton dienos santrauka")).toList();
        assertEquals(1, mails.size(), MAILBOX.to(w.head.email()).toString());
        String text = mails.get(0).text();
        assertTrue(text.contains("Vėluojantys jūsų skyrių prašymai"), text);
        assertTrue(text.indexOf(late + " Late one") > text.indexOf("Vėluojantys"), text);
        assertTrue(text.indexOf(risky + " Risky one") > text.indexOf("Prašymai, kuriems gresia"), text);
        assertTrue(!text.contains(calm), "an acknowledged request has a fresh resolution deadline: " + text);

        digest.run();
        sender.sendDue();
        assertEquals(1, MAILBOX.to(w.head.email()).stream()
                .filter(m -> m.subject().startsWith("Baton dienos santrauka")).count());
    }

    @Test
    void escalationsCannotBeTurnedOffAndReachTheLadderOfPeople() {
        MailWorld w = new MailWorld();
        Person admin = MailWorld.person("Ada Admin", "en", "Europe/Vilnius", List.of("STAFF", "ADMIN"));
        w.head.api().body(List.of(Map.of("kind", "ESCALATION_BREACH", "mode", "OFF")))
                .put("/api/users/" + w.head.id() + "/notification-preferences")
                .then().statusCode(400).body("errors.field", hasItem("[0].mode"));
        w.head.api().body(List.of(Map.of("kind", "PROPOSAL_DECLINED", "mode", "DIGEST")))
                .put("/api/users/" + w.head.id() + "/notification-preferences").then().statusCode(400);
        w.head.api().get("/api/users/" + w.head.id() + "/notification-preferences").then().statusCode(200)
                .body("find { it.kind == 'ESCALATION_BREACH' }.mode", equalTo("IMMEDIATE"))
                .body("find { it.kind == 'ESCALATION_BREACH' }.alwaysSent", equalTo(true));

        String unassigned = w.create("Nobody took it");
        String assigned = w.create("Sam took it");
        w.act(w.sam, assigned, "acknowledge", Map.of("assignee", w.sam.id())).statusCode(200);
        sender.sendDue();
        MAILBOX.clear();

        raise(unassigned, Deadline.ACK, EscalationLevel.WARNING);
        raise(assigned, Deadline.RESOLVE, EscalationLevel.BREACH);
        raise(assigned, Deadline.RESOLVE, EscalationLevel.SECOND_BREACH);
        sender.sendDue();

        assertEquals(List.of("[" + unassigned + "] Artėja terminas: Nobody took it"), subjects(w.lina.email()));
        assertEquals(List.of("[" + unassigned + "] Deadline approaching: Nobody took it"), subjects(w.receivingEmail));
        assertTrue(subjects(w.sam.email()).containsAll(List.of("[" + unassigned + "] Deadline approaching: Nobody took it",
                "[" + assigned + "] Deadline missed: Sam took it")), subjects(w.sam.email()).toString());
        // the head is also a member of the department, so the unassigned warning reaches her too
        assertEquals(List.of("[" + unassigned + "] Deadline approaching: Nobody took it",
                "[" + assigned + "] Deadline missed: Sam took it"), subjects(w.head.email()));
        assertEquals(List.of("[" + assigned + "] Still overdue: Sam took it"), subjects(admin.email()));
        assertEquals(List.of("[" + assigned + "] Still overdue: Sam took it"), subjects(w.requester.email()));
        var breach = MAILBOX.to(w.head.email()).stream().filter(m -> m.subject().contains("missed")).findFirst()
                .orElseThrow();
        assertTrue(breach.text().contains("The resolution deadline of this request passed at"), breach.text());
    }

    @Test
    void declinedProposalEscalatesToTheHeadsEvenIfTheyTurnedEverythingElseOff() {
        MailWorld w = new MailWorld();
        for (String kind : List.of("TICKET_NEW", "TICKET_ASSIGNED", "COMMENT_MENTION")) {
            w.preference(w.head, kind, "OFF");
        }
        String key = w.create("Rewire the office");
        Instant proposed = Instant.now().plus(Duration.ofDays(5));
        w.act(w.sam, key, "acknowledge", Map.of("assignee", w.sam.id(), "proposedDueAt", proposed.toString()))
                .statusCode(200);
        w.act(w.requester, key, "decline-proposal", Map.of("note", "We need it this week")).statusCode(200);
        sender.sendDue();

        assertEquals(List.of("[" + key + "] Escalation: due date proposal declined: Rewire the office"),
                subjects(w.head.email()));
        assertTrue(MAILBOX.to(w.head.email()).get(0).text().contains("We need it this week"));
    }

    @Test
    void promiseReminderGoesToTheOwnerAndAnOverduePromiseToTheHeadsAndWhoeverMadeIt() {
        MailWorld w = new MailWorld();
        Instant due = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MICROS);
        long promiseId = QuarkusTransaction.requiringNew().call(() -> {
            Promise p = new Promise();
            p.client = Client.findById(w.client);
            p.text = "Call the client back about the invoice";
            p.dueAt = due;
            p.owner = User.findById(w.lina.id());
            p.madeBy = User.findById(w.requester.id());
            p.status = PromiseStatus.OPEN;
            p.createdAt = Instant.now();
            p.updatedAt = p.createdAt;
            p.persist();
            return p.id;
        });
        QuarkusTransaction.requiringNew().run(() -> reminders.fire(new PromiseReminderDue(Promise.findById(promiseId))));
        QuarkusTransaction.requiringNew().run(() -> overduePromises.fire(new PromiseOverdue(Promise.findById(promiseId))));
        sender.sendDue();

        var reminder = only(w.lina.email());
        assertTrue(reminder.subject().startsWith("Priminimas: pažadas klientui Client "), reminder.subject());
        assertTrue(reminder.text().contains("Call the client back about the invoice"));
        assertTrue(reminder.text().contains(baseUrl + "/clients/" + w.client), reminder.text());
        assertTrue(only(w.head.email()).subject().startsWith("Escalation: the promise to Client "));
        assertTrue(only(w.requester.email()).text().contains("Lina Lietuvaitė promised Client "));
    }

    @Test
    void inactiveUsersGetNothing() {
        MailWorld w = new MailWorld();
        Api.asAdmin().body(Map.of("active", false)).patch("/api/users/" + w.sam.id()).then().statusCode(200);
        w.create("Clean the filters");
        sender.sendDue();
        assertEquals(0, MAILBOX.to(w.sam.email()).size());
        assertEquals(1, MAILBOX.to(w.lina.email()).size());
    }

    @Test
    void latvianAndRussianReadersGetTheirLanguage() {
        MailWorld w = new MailWorld();
        Person ivan = MailWorld.person("Ivan Ivanov", "ru", "Europe/Moscow", List.of("STAFF"), w.receiving);
        Person liga = MailWorld.person("Līga Ozola", "lv", "Europe/Riga", List.of("STAFF"), w.receiving);
        String key = w.create("Fix the heating");
        sender.sendDue();
        assertEquals("[" + key + "] Новый запрос: Fix the heating", only(ivan.email()).subject());
        assertTrue(only(ivan.email()).text().contains("Здравствуйте, Ivan Ivanov!"));
        assertEquals("[" + key + "] Jauns pieprasījums: Fix the heating", only(liga.email()).subject());
        assertTrue(only(liga.email()).html().contains("(Europe/Riga)"), only(liga.email()).html());
    }

    private void raise(String key, Deadline deadline, EscalationLevel level) {
        QuarkusTransaction.requiringNew().run(() -> escalations.fire(
                new EscalationRaised(Ticket.findByKey(key).orElseThrow(), deadline, level, Instant.now())));
    }

    private static List<String> subjects(String email) {
        return MAILBOX.to(email).stream().map(Mailbox.Received::subject).sorted().toList();
    }

    private static Mailbox.Received only(String email) {
        List<Mailbox.Received> mails = MAILBOX.to(email);
        assertEquals(1, mails.size(), email + ": " + mails);
        return mails.get(0);
    }
}

package app.baton.notification;

import app.baton.notification.Recipients.Recipient;
import app.baton.client.Client;
import app.baton.client.ClientAccess;
import app.baton.ticket.Ticket;
import app.baton.ticket.TicketPermissions;
import app.baton.user.AccessScope;
import app.baton.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes notifications in the caller's transaction: for each recipient, rendered in their
 * language and time zone, either an outbox row (IMMEDIATE), a held digest item (DIGEST) or
 * nothing (OFF). Nothing is sent here: the outbox sender delivers after the commit.
 */
@ApplicationScoped
public class Notifier {

    /** Builds the mail for one recipient, given the texts of their language and their zone. */
    @FunctionalInterface
    public interface Composer {
        Composed compose(MailMessages messages, ZoneId zone);
    }

    /** A mail's content without the parts that {@link Notifier} fills in per recipient. */
    public record Composed(String subject, String headline, String quote, String note,
            List<MailContent.Detail> details, String link) {
    }

    @Inject
    Clock clock;

    @Inject
    MailRenderer renderer;

    @Inject
    NotificationPreferences preferences;

    @Inject
    OutboxRows outboxRows;

    @Inject
    RecipientDirectory directory;

    @ConfigProperty(name = "baton.base-url")
    String baseUrl;

    public String ticketLink(Ticket ticket) {
        return base() + "/tickets/" + ticket.key;
    }

    public String clientLink(Long clientId) {
        return base() + "/clients/" + clientId;
    }

    private String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Runs {@code work} in the caller's transaction with every mail it causes written at the end,
     * in one batch instead of one per notification (the escalation pass's batches).
     */
    public <T> T writingMailOnce(Supplier<T> work) {
        return outboxRows.holdingMail(work);
    }

    public void notify(NotificationKind kind, Recipients recipients, Ticket ticket, Composer composer) {
        notify(kind, recipients, ticket, ticket == null ? null : ticket.client, composer);
    }

    /**
     * Writes the notification about {@code ticket} (or, when there is none, about {@code client})
     * for those recipients who may see it: nobody is told of a request or a restricted client
     * they could not open (TicketPermissions, ClientAccess).
     */
    public void notify(NotificationKind kind, Recipients recipients, Ticket ticket, Client client, Composer composer) {
        List<Recipient> listed = recipients.list();
        // a department's staff told of its own request see it as members: their other
        // memberships are read only when that one is not enough (a restricted client)
        Set<Recipient> asMembers = listed.stream().filter(r -> seenThroughDepartment(r, ticket, client))
                .collect(Collectors.toSet());
        Map<Long, AccessScope> scopes = directory.scopesOf(listed.stream()
                .filter(r -> r.user() != null && !asMembers.contains(r)).map(Recipient::user).toList());
        List<Recipient> all = listed.stream()
                .filter(r -> asMembers.contains(r) || maySee(r, scopes, ticket, client)).toList();
        if (all.isEmpty()) {
            return;
        }
        Map<Long, DeliveryMode> modes = preferences.modes(
                all.stream().map(Recipient::user).filter(Objects::nonNull).map(u -> u.id).toList(), kind);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // A department's staff mostly share a language and a zone: each pair is composed and
        // rendered once, and only the greeting differs per person (see Rendering).
        Map<String, Rendering> renderings = new HashMap<>();
        List<OutboxRows.Row> mails = new ArrayList<>();
        for (Recipient recipient : all) {
            User user = recipient.user();
            DeliveryMode mode = user == null || kind.escalation ? DeliveryMode.IMMEDIATE
                    : modes.getOrDefault(user.id, DeliveryMode.IMMEDIATE);
            if (mode == DeliveryMode.OFF) {
                continue;
            }
            String language = MailRenderer.language(user == null ? null : user.language);
            ZoneId zone = MailRenderer.zone(user == null ? null : user.timeZone);
            Rendering rendering = renderings.computeIfAbsent(language + " " + zone.getId(),
                    k -> new Rendering(language, composer.compose(MailRenderer.messages(language), zone)));
            Composed c = rendering.composed;
            if (mode == DeliveryMode.DIGEST) {
                DigestItem item = new DigestItem();
                item.user = user;
                item.kind = kind;
                item.ticket = ticket;
                item.line = cut(c.subject(), 1000);
                item.link = c.link();
                item.createdAt = now;
                item.persist();
                continue;
            }
            MailRenderer.Rendered mail = rendering.forRecipient(user == null ? recipient.email() : user.name);
            mails.add(new OutboxRows.Row(kind, user == null ? null : user.id, recipient.email(), language,
                    cut(mail.subject(), 500), mail.text(), mail.html(), ticket == null ? null : ticket.id, now));
        }
        outboxRows.insert(mails);
    }

    /** One language and zone's mail, rendered with a stand-in for the greeting's name. */
    private final class Rendering {
        private static final String NAME = "\u2063baton-recipient\u2063";

        final String language;
        final Composed composed;
        private MailRenderer.Rendered template;

        Rendering(String language, Composed composed) {
            this.language = language;
            this.composed = composed;
        }

        MailRenderer.Rendered forRecipient(String name) {
            if (template == null) {
                template = renderer.render(new MailContent(language, composed.subject(), NAME, composed.headline(),
                        composed.quote(), composed.note(), composed.details() == null ? List.of() : composed.details(),
                        composed.link(), List.of()));
            }
            String safe = name == null ? "" : name;
            return new MailRenderer.Rendered(template.subject(), template.text().replace(NAME, safe),
                    template.html().replace(NAME, MailRenderer.escapeHtml(safe)));
        }
    }

    /**
     * Whether the department the recipient stands for (its address), or was told as a member of,
     * lets them see the notification's subject. A member's whole scope can only see more, so a
     * yes needs no more reading.
     */
    private static boolean seenThroughDepartment(Recipient recipient, Ticket ticket, Client client) {
        if (recipient.department() == null) {
            return false;
        }
        long user = recipient.user() == null ? -1 : recipient.user().id;
        return maySee(new AccessScope(user, false, Set.of(recipient.department().id), Set.of()), ticket, client);
    }

    /** A person as their departments and roles allow; without a scope, only what anyone may see. */
    private static boolean maySee(Recipient recipient, Map<Long, AccessScope> scopes, Ticket ticket, Client client) {
        AccessScope scope = recipient.user() == null ? null : scopes.get(recipient.user().id);
        if (scope == null) {
            return recipient.user() == null && recipient.department() == null
                    && ticket == null && (client == null || !client.restricted);
        }
        return maySee(scope, ticket, client);
    }

    private static boolean maySee(AccessScope scope, Ticket ticket, Client client) {
        if (ticket != null) {
            return TicketPermissions.canView(scope, ticket);
        }
        return client == null || ClientAccess.canSee(scope, client);
    }

    /** One outbox row, due at once. */
    OutboxMessage enqueue(NotificationKind kind, User user, String email, String language, Ticket ticket,
            MailRenderer.Rendered mail, Instant now) {
        OutboxMessage message = new OutboxMessage();
        message.kind = kind;
        message.recipient = user;
        message.email = email;
        message.language = language;
        message.subject = cut(mail.subject(), 500);
        message.bodyText = mail.text();
        message.bodyHtml = mail.html();
        message.ticket = ticket;
        message.status = OutboxStatus.PENDING;
        message.nextAttemptAt = now;
        message.createdAt = now;
        message.persist();
        return message;
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

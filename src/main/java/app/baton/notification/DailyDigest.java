package app.baton.notification;

import app.baton.department.Department;
import app.baton.client.ClientAccess;
import app.baton.ticket.Ticket;
import app.baton.ticket.TicketPermissions;
import app.baton.user.AccessScope;
import app.baton.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The morning digest: to each department head, what is overdue or at risk in their
 * departments; to everyone, the notifications they chose to get by digest. At most one per
 * person per local day: the database's unique key on (user, date) decides, so a second run or
 * a second instance sends nothing more.
 */
@ApplicationScoped
public class DailyDigest {

    private static final Logger LOG = Logger.getLogger(DailyDigest.class);

    /** Longer lists are cut, ending with "… and N more". */
    static final int MAX_LINES = 50;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    MailRenderer renderer;

    /** The cron is read in {@code baton.digest.zone} (unset: the server's zone), so 07:00 is the company's 07:00. */
    @Scheduled(identity = "daily-digest", cron = "${baton.digest.cron:0 0 7 * * ?}",
            timeZone = "${baton.digest.zone:" + Scheduled.DEFAULT_TIMEZONE + "}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Writes today's digests into the outbox; answers how many. */
    public int run() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Long> people = QuarkusTransaction.requiringNew().call(() -> {
            Set<Long> ids = new LinkedHashSet<>();
            ids.addAll(em.createQuery("select distinct h.id from Department d join d.heads h "
                    + "where d.active = true and h.active = true", Long.class).getResultList());
            ids.addAll(em.createQuery("select distinct i.user.id from DigestItem i where i.digestId is null "
                    + "and i.user.active = true", Long.class).getResultList());
            return List.copyOf(ids);
        });
        int written = 0;
        for (Long id : people) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> digestFor(id, now))) {
                    written++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Daily digest for user %d failed", id);
            }
        }
        return written;
    }

    private boolean digestFor(long userId, Instant now) {
        User user = User.findById(userId);
        if (user == null || !user.active) {
            return false;
        }
        String language = MailRenderer.language(user.language);
        ZoneId zone = MailRenderer.zone(user.timeZone);
        LocalDate today = now.atZone(zone).toLocalDate();
        long already = ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM notification_digests WHERE user_id = ?1 AND digest_date = ?2")
                .setParameter(1, userId).setParameter(2, today).getSingleResult()).longValue();
        if (already > 0) {
            return false;
        }
        MailMessages msg = MailRenderer.messages(language);

        List<Ticket> overdue = new ArrayList<>();
        List<Ticket> atRisk = new ArrayList<>();
        List<Department> headed = Department.find("select d from Department d join d.heads h where h.id = ?1 "
                + "and d.active = true", userId).list();
        AccessScope scope = AccessScope.of(user, em);
        if (!headed.isEmpty()) {
            // a head sees all of the departments they head but restricted clients they are not allowed on
            String visible = ClientAccess.hqlClientIdCondition(scope, "t.client.id");
            List<Ticket> candidates = scope.bind(app.baton.web.HqlQueries.create(em, "from Ticket t where t.receivingDepartment in :headed"
                    + " and t.openColumn = true and t.warnAtColumn <= :now and " + visible
                    + " order by t.dueAtColumn, t.id", Ticket.class)).setParameter("headed", headed)
                    .setParameter("now", now).getResultList();
            for (Ticket t : candidates) {
                if (t.overdue(now)) {
                    overdue.add(t);
                } else if (t.atRisk(now)) {
                    atRisk.add(t);
                }
            }
        }
        List<DigestItem> allHeld = DigestItem.find("user.id = ?1 and digestId is null order by createdAt, id", userId)
                .list();
        // held when the request was visible; it may have been forwarded away or its client restricted since
        List<DigestItem> held = allHeld.stream()
                .filter(i -> i.ticket == null || TicketPermissions.canView(scope, i.ticket)).toList();
        if (overdue.isEmpty() && atRisk.isEmpty() && held.isEmpty()) {
            return false;
        }
        int inserted = em.createNativeQuery("INSERT IGNORE INTO notification_digests (user_id, digest_date, created_at) "
                        + "VALUES (?1, ?2, ?3)")
                .setParameter(1, userId).setParameter(2, today).setParameter(3, now).executeUpdate();
        if (inserted == 0) {
            return false; // another run got there first
        }
        long digestId = ((Number) em.createNativeQuery(
                        "SELECT id FROM notification_digests WHERE user_id = ?1 AND digest_date = ?2")
                .setParameter(1, userId).setParameter(2, today).getSingleResult()).longValue();

        List<MailContent.Section> sections = new ArrayList<>();
        if (!overdue.isEmpty()) {
            sections.add(section(msg.digestOverdue(), tickets(msg, overdue, zone), overdue.size()));
        }
        if (!atRisk.isEmpty()) {
            sections.add(section(msg.digestAtRisk(), tickets(msg, atRisk, zone), atRisk.size()));
        }
        if (!held.isEmpty()) {
            sections.add(section(msg.digestHeld(),
                    held.stream().limit(MAX_LINES).map(i -> new MailContent.Line(i.line, i.link)).toList(),
                    held.size()));
        }
        String subject = msg.digestSubject(today.toString());
        MailContent content = new MailContent(language, subject, user.name, msg.digestHeadline(), null, null,
                List.of(), null, sections);
        OutboxMessage message = notifier.enqueue(NotificationKind.DAILY_DIGEST, user, user.email, language, null,
                renderer.render(content), now);
        em.flush();
        em.createNativeQuery("UPDATE notification_digests SET outbox_id = ?1 WHERE id = ?2")
                .setParameter(1, message.id).setParameter(2, digestId).executeUpdate();
        for (DigestItem item : allHeld) {
            item.digestId = digestId;
        }
        return true;
    }

    private List<MailContent.Line> tickets(MailMessages msg, List<Ticket> tickets, ZoneId zone) {
        return tickets.stream().limit(MAX_LINES)
                .map(t -> new MailContent.Line(msg.digestTicket(t.key, t.title, MailRenderer.at(t.currentDueAt(), zone)),
                        notifier.ticketLink(t)))
                .toList();
    }

    private static MailContent.Section section(String title, List<MailContent.Line> lines, int total) {
        return new MailContent.Section(title, lines, total - lines.size());
    }
}

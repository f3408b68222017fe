package app.baton.notification;

import app.baton.department.Department;
import app.baton.escalation.Deadline;
import app.baton.escalation.EscalationRaised;
import app.baton.promise.Promise;
import app.baton.promise.PromiseOverdue;
import app.baton.promise.PromiseReminderDue;
import app.baton.ticket.Ticket;
import app.baton.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The escalation ladder and promises, told to the people the product names; runs in the
 * transaction that recorded the escalation or found the promise due. Nobody caused these, so
 * nobody is left out as the actor.
 */
@ApplicationScoped
public class EscalationNotifications {

    @Inject
    Notifier notifier;

    @Inject
    RecipientDirectory directory;

    /**
     * Reads, before a batch of tickets escalates, everyone its steps may tell and what each of
     * them may see, so that no step reads a person of its own: at a million requests nearly
     * every ticket has its own requester and assignee, and half of a pass's statements were
     * one person's memberships (performance.md, "The escalation pass").
     */
    public void readRecipientsOf(Collection<Ticket> tickets) {
        Set<User> people = new LinkedHashSet<>(directory.administrators());
        Set<Department> unassigned = new LinkedHashSet<>();
        for (Ticket t : tickets) {
            if (t.assignee != null) {
                people.add(t.assignee);
            } else if (t.receivingDepartment != null) {
                unassigned.add(t.receivingDepartment);
            }
            if (t.requester != null) {
                people.add(t.requester);
            }
            people.addAll(Recipients.headsOf(t.receivingDepartment));
        }
        directory.readStaffOf(unassigned);
        unassigned.forEach(d -> people.addAll(directory.staffOf(d)));
        directory.scopesOf(people);
    }

    void onEscalation(@Observes EscalationRaised raised) {
        Ticket t = raised.ticket();
        Instant due = raised.deadline() == Deadline.ACK ? t.ackDueAt : t.resolveDueAt;
        Recipients recipients = Recipients.excluding(null);
        NotificationKind kind;
        switch (raised.level()) {
            case WARNING -> {
                kind = NotificationKind.ESCALATION_WARNING;
                recipients.addAssigneeOrDepartment(t.assignee, t.receivingDepartment, directory);
            }
            case BREACH -> {
                kind = NotificationKind.ESCALATION_BREACH;
                if (t.assignee != null) {
                    recipients.add(t.assignee);
                } else {
                    recipients.addAddress(t.receivingDepartment);
                }
                recipients.addAll(Recipients.headsOf(t.receivingDepartment));
            }
            default -> {
                kind = NotificationKind.ESCALATION_SECOND_BREACH;
                recipients.addAll(directory.administrators()).add(t.requester);
            }
        }
        notifier.notify(kind, recipients, t, (msg, zone) -> {
            String deadline = raised.deadline() == Deadline.ACK ? msg.deadlineAck() : msg.deadlineResolve();
            String when = MailRenderer.at(due, zone);
            return switch (raised.level()) {
                case WARNING -> new Notifier.Composed(msg.warningSubject(t.key, t.title),
                        msg.warningHeadline(deadline, when), null, null,
                        TicketNotifications.details(msg, t, zone), notifier.ticketLink(t));
                case BREACH -> new Notifier.Composed(msg.breachSubject(t.key, t.title),
                        msg.breachHeadline(deadline, when), null, null,
                        TicketNotifications.details(msg, t, zone), notifier.ticketLink(t));
                case SECOND_BREACH -> new Notifier.Composed(msg.secondBreachSubject(t.key, t.title),
                        msg.secondBreachHeadline(deadline, when), null, null,
                        TicketNotifications.details(msg, t, zone), notifier.ticketLink(t));
            };
        });
    }

    void onReminder(@Observes PromiseReminderDue due) {
        Promise p = due.promise();
        notifier.notify(NotificationKind.PROMISE_REMINDER, Recipients.excluding(null).add(p.owner), p.ticket,
                p.client, (msg, zone) -> new Notifier.Composed(
                        msg.reminderSubject(clientName(p), MailRenderer.at(p.dueAt, zone)),
                        msg.reminderHeadline(clientName(p), MailRenderer.at(p.dueAt, zone)), p.text, null,
                        p.ticket == null ? List.of() : TicketNotifications.details(msg, p.ticket, zone), link(p)));
    }

    /** To the heads of every department of the owner, and to whoever made the promise. */
    void onOverdue(@Observes PromiseOverdue overdue) {
        Promise p = overdue.promise();
        Recipients recipients = Recipients.excluding(null);
        if (p.owner != null) {
            for (Department d : p.owner.departments) {
                recipients.addAll(Recipients.headsOf(d));
            }
        }
        recipients.add(p.madeBy);
        notifier.notify(NotificationKind.PROMISE_OVERDUE, recipients, p.ticket, p.client,
                (msg, zone) -> new Notifier.Composed(msg.promiseOverdueSubject(clientName(p)),
                        msg.promiseOverdueHeadline(TicketNotifications.nameOf(p.owner), clientName(p),
                                MailRenderer.at(p.dueAt, zone)), p.text, null,
                        p.ticket == null ? List.of() : TicketNotifications.details(msg, p.ticket, zone), link(p)));
    }

    private String link(Promise p) {
        return p.ticket != null ? notifier.ticketLink(p.ticket)
                : p.client != null ? notifier.clientLink(p.client.id) : null;
    }

    private static String clientName(Promise p) {
        return p.client == null ? "—" : p.client.name;
    }
}

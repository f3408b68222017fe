package app.baton.notification;

import app.baton.department.Department;
import app.baton.ticket.Ticket;
import app.baton.ticket.TicketChanged;
import app.baton.ticket.TicketComment;
import app.baton.ticket.TicketEvent;
import app.baton.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Who hears of a change of a ticket; runs in the changing transaction. */
@ApplicationScoped
public class TicketNotifications {

    @Inject
    Notifier notifier;

    @Inject
    RecipientDirectory directory;

    void onChange(@Observes TicketChanged change) {
        Ticket t = change.ticket();
        TicketEvent event = change.event();
        User actor = event.actor;
        switch (event.kind) {
            // created, sent again after a rejection, or handed to another department: new to them
            case CREATED, RESUBMITTED, FORWARDED -> notifier.notify(NotificationKind.TICKET_NEW,
                    Recipients.excluding(actor).addAssigneeOrDepartment(t.assignee, t.receivingDepartment, directory), t,
                    (msg, zone) -> new Notifier.Composed(msg.newSubject(t.key, t.title),
                            msg.newHeadline(nameOf(t.requester), departmentName(t.receivingDepartment)),
                            t.description, null, details(msg, t, zone), notifier.ticketLink(t)));
            case ASSIGNED -> notifier.notify(NotificationKind.TICKET_ASSIGNED,
                    Recipients.excluding(actor).add(t.assignee), t,
                    (msg, zone) -> new Notifier.Composed(msg.assignedSubject(t.key, t.title),
                            msg.assignedHeadline(nameOf(actor)), null, null, details(msg, t, zone),
                            notifier.ticketLink(t)));
            case ACKNOWLEDGED -> notifier.notify(NotificationKind.TICKET_ACKNOWLEDGED,
                    Recipients.excluding(actor).add(t.requester), t, (msg, zone) -> t.proposedDueAt == null
                            ? new Notifier.Composed(msg.ackSubject(t.key, t.title), msg.ackHeadline(nameOf(actor)),
                                    null, null, details(msg, t, zone), notifier.ticketLink(t))
                            : new Notifier.Composed(msg.ackProposalSubject(t.key, t.title),
                                    msg.ackProposalHeadline(nameOf(actor), MailRenderer.at(t.proposedDueAt, zone)),
                                    null, null, details(msg, t, zone), notifier.ticketLink(t)));
            case REJECTED -> notifier.notify(NotificationKind.TICKET_REJECTED,
                    Recipients.excluding(actor).add(t.requester), t,
                    (msg, zone) -> new Notifier.Composed(msg.rejectSubject(t.key, t.title),
                            msg.rejectHeadline(nameOf(actor)), t.rejectReason, null, details(msg, t, zone),
                            notifier.ticketLink(t)));
            case RESOLVED -> notifier.notify(NotificationKind.TICKET_RESOLVED,
                    Recipients.excluding(actor).add(t.requester), t,
                    (msg, zone) -> new Notifier.Composed(msg.resolvedSubject(t.key, t.title),
                            msg.resolvedHeadline(nameOf(actor)), event.note, null, details(msg, t, zone),
                            notifier.ticketLink(t)));
            case COMMENTED -> mentioned(t, actor, change.comment());
            // declining the receivers' counter-proposal is an escalation to their heads
            case PROPOSAL_DECLINED -> notifier.notify(NotificationKind.PROPOSAL_DECLINED,
                    Recipients.excluding(actor).addAll(Recipients.headsOf(t.receivingDepartment)), t,
                    (msg, zone) -> new Notifier.Composed(msg.declinedSubject(t.key, t.title),
                            msg.declinedHeadline(nameOf(actor), departmentName(t.receivingDepartment)),
                            event.note, null, details(msg, t, zone), notifier.ticketLink(t)));
            default -> {
            }
        }
    }

    /** The people @mentioned; an internal comment reaches only staff of the departments involved. */
    private void mentioned(Ticket t, User actor, TicketComment comment) {
        if (comment == null) {
            return;
        }
        Recipients recipients = Recipients.excluding(actor);
        for (User user : Mentions.resolve(comment.body)) {
            if (!comment.internal || involved(user, t)) {
                recipients.add(user);
            }
        }
        notifier.notify(NotificationKind.COMMENT_MENTION, recipients, t,
                (msg, zone) -> new Notifier.Composed(msg.mentionSubject(t.key, nameOf(actor), t.title),
                        msg.mentionHeadline(nameOf(actor)), comment.body,
                        comment.internal ? msg.mentionInternal() : null, details(msg, t, zone),
                        notifier.ticketLink(t)));
    }

    /** A member or head of the requesting or the receiving department. */
    static boolean involved(User user, Ticket t) {
        for (Department d : new Department[] {t.requestingDepartment, t.receivingDepartment}) {
            if (d != null && (user.departments.stream().anyMatch(x -> Objects.equals(x.id, d.id))
                    || d.heads.stream().anyMatch(h -> Objects.equals(h.id, user.id)))) {
                return true;
            }
        }
        return false;
    }

    /** The lines under the headline: which request, for which client, from whom, due when. */
    static List<MailContent.Detail> details(MailMessages msg, Ticket t, ZoneId zone) {
        List<MailContent.Detail> details = new ArrayList<>();
        details.add(new MailContent.Detail(msg.labelRequest(), t.key + " " + t.title));
        if (t.client != null) {
            details.add(new MailContent.Detail(msg.labelClient(), t.client.name));
        }
        if (t.requestingDepartment != null) {
            details.add(new MailContent.Detail(msg.labelFrom(), nameOf(t.requester) + ", "
                    + departmentName(t.requestingDepartment)));
        }
        details.add(new MailContent.Detail(msg.labelPriority(), t.priority == null ? "—" : t.priority.name()));
        if (t.currentDueAt() != null) {
            details.add(new MailContent.Detail(msg.labelDue(), MailRenderer.at(t.currentDueAt(), zone)));
        }
        return details;
    }

    static String nameOf(User user) {
        return user == null ? "Baton" : user.name;
    }

    static String departmentName(Department d) {
        return d == null ? "—" : d.name + " (" + d.code + ")";
    }
}

package app.baton.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the emails, English here; other languages in
 * {@code messages/mail_<language>.properties}. Templates use it as {@code {mail:...}}; Java
 * code gets the recipient's language through {@code MessageBundles.get(MailMessages.class, ...)}.
 */
@MessageBundle(value = "mail", locale = "en")
public interface MailMessages {

    // --- every mail ---------------------------------------------------------------------------

    @Message("Hello {name},")
    String greeting(String name);

    @Message("Open the request")
    String openRequest();

    @Message("Open in Baton")
    String openLink();

    @Message("Baton sent you this mail. You choose which notifications you get at once, in the daily digest or not at all in your notification preferences; escalations are always sent.")
    String footer();

    @Message("Request")
    String labelRequest();

    @Message("Client")
    String labelClient();

    @Message("Priority")
    String labelPriority();

    @Message("Due")
    String labelDue();

    @Message("From")
    String labelFrom();

    @Message("acknowledgement")
    String deadlineAck();

    @Message("resolution")
    String deadlineResolve();

    // --- tickets ------------------------------------------------------------------------------

    @Message("[{key}] New request: {title}")
    String newSubject(String key, String title);

    @Message("{requester} sent a new request to {department}.")
    String newHeadline(String requester, String department);

    @Message("[{key}] Assigned to you: {title}")
    String assignedSubject(String key, String title);

    @Message("{actor} assigned this request to you.")
    String assignedHeadline(String actor);

    @Message("[{key}] Acknowledged: {title}")
    String ackSubject(String key, String title);

    @Message("{actor} acknowledged your request and will work on it.")
    String ackHeadline(String actor);

    @Message("[{key}] Acknowledged with a new due date: {title}")
    String ackProposalSubject(String key, String title);

    @Message("{actor} acknowledged your request and proposes to resolve it by {date} instead. Accept or decline the proposal on the request.")
    String ackProposalHeadline(String actor, String date);

    @Message("[{key}] Rejected: {title}")
    String rejectSubject(String key, String title);

    @Message("{actor} rejected your request. The reason given:")
    String rejectHeadline(String actor);

    @Message("[{key}] Resolved: {title}")
    String resolvedSubject(String key, String title);

    @Message("{actor} resolved your request. Close it if you agree, or reopen it.")
    String resolvedHeadline(String actor);

    @Message("[{key}] {author} mentioned you: {title}")
    String mentionSubject(String key, String author, String title);

    @Message("{author} mentioned you in a comment:")
    String mentionHeadline(String author);

    @Message("An internal comment: only staff of the departments involved see it.")
    String mentionInternal();

    @Message("[{key}] Escalation: due date proposal declined: {title}")
    String declinedSubject(String key, String title);

    @Message("{actor} declined the due date that {department} proposed; the original deadline stays.")
    String declinedHeadline(String actor, String department);

    // --- escalations --------------------------------------------------------------------------

    @Message("[{key}] Deadline approaching: {title}")
    String warningSubject(String key, String title);

    @Message("The {deadline} deadline of this request is {date}.")
    String warningHeadline(String deadline, String date);

    @Message("[{key}] Deadline missed: {title}")
    String breachSubject(String key, String title);

    @Message("The {deadline} deadline of this request passed at {date}.")
    String breachHeadline(String deadline, String date);

    @Message("[{key}] Still overdue: {title}")
    String secondBreachSubject(String key, String title);

    @Message("The {deadline} deadline of this request passed at {date} and it is still not done.")
    String secondBreachHeadline(String deadline, String date);

    // --- promises -----------------------------------------------------------------------------

    @Message("Reminder: your promise to {client} is due {date}")
    String reminderSubject(String client, String date);

    @Message("You promised {client} to do this by {date}:")
    String reminderHeadline(String client, String date);

    @Message("Escalation: the promise to {client} is overdue")
    String promiseOverdueSubject(String client);

    @Message("{owner} promised {client} to do this by {date}, and it is still open:")
    String promiseOverdueHeadline(String owner, String client, String date);

    // --- the daily digest ---------------------------------------------------------------------

    @Message("Baton daily digest, {date}")
    String digestSubject(String date);

    @Message("Good morning. This is what needs attention today.")
    String digestHeadline();

    @Message("Overdue requests of your departments")
    String digestOverdue();

    @Message("Requests at risk of missing their deadline")
    String digestAtRisk();

    @Message("Notifications you asked to get in the digest")
    String digestHeld();

    @Message("{key} {title}, due {date}")
    String digestTicket(String key, String title, String date);

    @Message("… and {count} more")
    String digestMore(int count);
}

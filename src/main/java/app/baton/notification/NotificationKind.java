package app.baton.notification;

/**
 * What a notification is about. Escalations reach people whatever they chose: their preference
 * is always IMMEDIATE. The daily digest is a kind of mail of its own, not a preference.
 */
public enum NotificationKind {
    TICKET_NEW(false),
    TICKET_ASSIGNED(false),
    TICKET_ACKNOWLEDGED(false),
    TICKET_REJECTED(false),
    TICKET_RESOLVED(false),
    COMMENT_MENTION(false),
    PROMISE_REMINDER(false),
    PROPOSAL_DECLINED(true),
    ESCALATION_WARNING(true),
    ESCALATION_BREACH(true),
    ESCALATION_SECOND_BREACH(true),
    PROMISE_OVERDUE(true),
    DAILY_DIGEST(true);

    /** True for escalations: they cannot be turned off or held for the digest. */
    public final boolean escalation;

    NotificationKind(boolean escalation) {
        this.escalation = escalation;
    }

    /** The kinds a person has a preference for (everything but the digest itself). */
    public static java.util.List<NotificationKind> withPreference() {
        return java.util.Arrays.stream(values()).filter(k -> k != DAILY_DIGEST).toList();
    }
}

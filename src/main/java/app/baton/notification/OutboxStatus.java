package app.baton.notification;

/** PENDING until the SMTP server accepted it (SENT), or until the sender gave up (FAILED). */
public enum OutboxStatus {
    PENDING, SENT, FAILED
}

package app.baton.notification;

/** How a person wants one kind of notification: at once, in the morning digest, or not at all. */
public enum DeliveryMode {
    IMMEDIATE, DIGEST, OFF
}

package app.baton.promise;

/** Fired once per promise, inside a transaction, when its owner should be reminded of it. */
public record PromiseReminderDue(Promise promise) {
}

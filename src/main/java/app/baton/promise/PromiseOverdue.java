package app.baton.promise;

/**
 * Fired once per promise, inside a transaction, when its due time passed while it was still
 * OPEN: the owner's head and the person who made it must hear of it.
 */
public record PromiseOverdue(Promise promise) {
}

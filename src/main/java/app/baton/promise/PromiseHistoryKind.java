package app.baton.promise;

/**
 * What happened to a promise; OVERDUE is written by the reminder pass when it escalates,
 * HANDED_OVER when its owner was deactivated.
 */
public enum PromiseHistoryKind {
    CREATED, KEPT, BROKEN, RENEGOTIATED, OVERDUE, HANDED_OVER
}

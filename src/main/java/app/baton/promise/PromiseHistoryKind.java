package app.baton.promise;

/** What happened to a promise; OVERDUE is written by the reminder pass when it escalates. */
public enum PromiseHistoryKind {
    CREATED, KEPT, BROKEN, RENEGOTIATED, OVERDUE
}

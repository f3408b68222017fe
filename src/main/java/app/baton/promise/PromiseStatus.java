package app.baton.promise;

public enum PromiseStatus {
    OPEN, KEPT, BROKEN, RENEGOTIATED
}

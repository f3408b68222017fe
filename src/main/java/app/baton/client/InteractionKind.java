package app.baton.client;

public enum InteractionKind {
    CALL, EMAIL, MEETING, NOTE, COMPLAINT
}

package app.baton.client;

/** What part of a client card a recorded change is about. */
public enum ChangedEntity {
    CLIENT, CONTACT, ALIAS
}

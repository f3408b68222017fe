package app.baton.client;

/** FORMER: a name the client had until a date; SPELLING: another script or spelling; BRAND. */
public enum AliasKind {
    FORMER, SPELLING, BRAND
}

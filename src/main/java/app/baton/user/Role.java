package app.baton.user;

public enum Role {
    STAFF, HEAD, ADMIN
}

package app.baton.audit;

/** What an audit entry records. Stored by name: add values, never rename them. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT,
    USER_CREATED, USER_ROLES_CHANGED, USER_DEACTIVATED, USER_REACTIVATED,
    TOKEN_CREATED, TOKEN_REVOKED,
    CLIENT_REVERTED,
    EXPORT
}

-- Security-relevant events for administrators: logins, failed and throttled logins, logouts,
-- user creation, role changes, deactivation, tokens, client history reverts, exports.
-- Append-only. actor_id has no foreign key: the log outlives whatever it names.
CREATE TABLE audit_log (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  at        DATETIME(6)   NOT NULL,
  actor_id  BIGINT        NULL,
  -- who acted as they were known then (a failed login names the email that was tried)
  actor     VARCHAR(254)  NULL,
  action    VARCHAR(32)   NOT NULL,
  target    VARCHAR(200)  NULL,
  address   VARCHAR(64)   NULL,
  detail    VARCHAR(2000) NULL,
  KEY ix_audit_log_at (at, id),
  KEY ix_audit_log_action (action, at, id),
  KEY ix_audit_log_actor_id (actor_id, at, id),
  KEY ix_audit_log_actor (actor, at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Page sign-ins. The form-login cookie names a session here, so that signing out or being
-- deactivated ends it on the server too, not only in the browser. Only a hash of the id is kept.
CREATE TABLE user_sessions (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id      BIGINT      NOT NULL,
  session_hash CHAR(64)    NOT NULL,
  address      VARCHAR(64) NULL,
  created_at   DATETIME(6) NOT NULL,
  last_seen_at DATETIME(6) NOT NULL,
  ended_at     DATETIME(6) NULL,
  CONSTRAINT uk_user_sessions_hash UNIQUE (session_hash),
  KEY ix_user_sessions_user (user_id, ended_at),
  CONSTRAINT fk_user_sessions_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

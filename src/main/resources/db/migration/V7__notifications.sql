-- Notifications: every mail is first a row of the outbox, written in the transaction of the
-- change that causes it, then delivered by the background sender (OutboxSender) with retries.

CREATE TABLE outbox (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind            VARCHAR(32)   NOT NULL,
  -- Null for a department's own address, which belongs to nobody.
  recipient_id    BIGINT        NULL,
  email           VARCHAR(254)  NOT NULL,
  language        VARCHAR(5)    NOT NULL,
  subject         VARCHAR(500)  NOT NULL,
  body_text       MEDIUMTEXT    NOT NULL,
  body_html       MEDIUMTEXT    NOT NULL,
  ticket_id       BIGINT        NULL,
  status          VARCHAR(8)    NOT NULL,
  attempts        INT           NOT NULL DEFAULT 0,
  -- When the sender may next pick the row up; a claim pushes it ahead by the lease.
  next_attempt_at DATETIME(6)   NOT NULL,
  -- Who holds the current claim: only that sender may mark the row afterwards.
  lease_token     CHAR(36)      NULL,
  last_error      VARCHAR(2000) NULL,
  created_at      DATETIME(6)   NOT NULL,
  sent_at         DATETIME(6)   NULL,
  KEY ix_outbox_due (status, next_attempt_at),
  KEY ix_outbox_created (created_at),
  KEY ix_outbox_recipient (recipient_id),
  KEY ix_outbox_ticket (ticket_id),
  CONSTRAINT fk_outbox_recipient FOREIGN KEY (recipient_id) REFERENCES users (id),
  CONSTRAINT fk_outbox_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A person's choice per kind of notification; a missing row means IMMEDIATE.
CREATE TABLE notification_preferences (
  user_id BIGINT      NOT NULL,
  kind    VARCHAR(32) NOT NULL,
  mode    VARCHAR(10) NOT NULL,
  PRIMARY KEY (user_id, kind),
  CONSTRAINT fk_notification_preferences_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One morning digest per person per local day; the unique key keeps a second run, or a second
-- instance, from sending another.
CREATE TABLE notification_digests (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id     BIGINT      NOT NULL,
  digest_date DATE        NOT NULL,
  outbox_id   BIGINT      NULL,
  created_at  DATETIME(6) NOT NULL,
  CONSTRAINT uk_notification_digests_user_date UNIQUE (user_id, digest_date),
  CONSTRAINT fk_notification_digests_user FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT fk_notification_digests_outbox FOREIGN KEY (outbox_id) REFERENCES outbox (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Notifications a person chose to get in the daily digest, rendered in their language, held
-- until the next digest takes them (digest_id set).
CREATE TABLE notification_digest_items (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id    BIGINT        NOT NULL,
  kind       VARCHAR(32)   NOT NULL,
  ticket_id  BIGINT        NULL,
  line       VARCHAR(1000) NOT NULL,
  link       VARCHAR(500)  NULL,
  created_at DATETIME(6)   NOT NULL,
  digest_id  BIGINT        NULL,
  KEY ix_notification_digest_items_held (user_id, digest_id, created_at),
  CONSTRAINT fk_notification_digest_items_user FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT fk_notification_digest_items_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
  CONSTRAINT fk_notification_digest_items_digest FOREIGN KEY (digest_id) REFERENCES notification_digests (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

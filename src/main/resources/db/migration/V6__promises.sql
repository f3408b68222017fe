-- Promises as their own feature: a history of every change, reminder and overdue bookkeeping,
-- and the link between a renegotiated promise and the one that replaced it.

-- When the owner should be reminded; null: no reminder.
-- reminded_at / overdue_notified_at: when the reminder pass fired the event, so it fires once.
-- renegotiated_from_id / renegotiated_to_id: a renegotiation closes the old promise as
-- RENEGOTIATED and opens a new one; each points at the other.
ALTER TABLE promises
  ADD COLUMN remind_at            DATETIME(6) NULL,
  ADD COLUMN reminded_at          DATETIME(6) NULL,
  ADD COLUMN overdue_notified_at  DATETIME(6) NULL,
  ADD COLUMN renegotiated_from_id BIGINT      NULL,
  ADD COLUMN renegotiated_to_id   BIGINT      NULL,
  ADD CONSTRAINT fk_promises_renegotiated_from FOREIGN KEY (renegotiated_from_id) REFERENCES promises (id),
  ADD CONSTRAINT fk_promises_renegotiated_to FOREIGN KEY (renegotiated_to_id) REFERENCES promises (id),
  ADD UNIQUE KEY ux_promises_renegotiated_from (renegotiated_from_id),
  -- The reminder pass reads "OPEN, not yet reminded, remind_at <= now" and "OPEN, not yet
  -- notified as overdue, due_at <= now": equality on the first two parts, a range on the last,
  -- so it touches only the rows that are due.
  ADD KEY ix_promises_reminder_due (status, reminded_at, remind_at),
  ADD KEY ix_promises_overdue_due (status, overdue_notified_at, due_at);

-- Promises made before reminders existed get the default lead of one hour, if still ahead.
UPDATE promises SET remind_at = DATE_SUB(due_at, INTERVAL 1 HOUR)
  WHERE status = 'OPEN' AND due_at > UTC_TIMESTAMP(6);

-- Append-only: who did what to a promise and when. actor_id is null for the reminder pass.
CREATE TABLE promise_history (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  promise_id  BIGINT        NOT NULL,
  at          DATETIME(6)   NOT NULL,
  actor_id    BIGINT        NULL,
  kind        VARCHAR(16)   NOT NULL,
  old_due_at  DATETIME(6)   NULL,
  new_due_at  DATETIME(6)   NULL,
  note        VARCHAR(4000) NULL,
  KEY ix_promise_history_promise (promise_id, at, id),
  CONSTRAINT fk_promise_history_promise FOREIGN KEY (promise_id) REFERENCES promises (id),
  CONSTRAINT fk_promise_history_actor FOREIGN KEY (actor_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Promises made before the history existed start it with their creation.
INSERT INTO promise_history (promise_id, at, actor_id, kind, old_due_at, new_due_at, note)
  SELECT id, created_at, made_by_id, 'CREATED', NULL, due_at, NULL FROM promises;

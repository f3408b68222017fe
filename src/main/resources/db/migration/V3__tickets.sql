-- Warning moments of the two SLA deadlines, and the deadline and warning that apply now
-- (acknowledgement while NEW, resolution while otherwise open, none once closed), kept by the
-- database like is_open so that the overdue and at-risk filters read one indexed column.

ALTER TABLE tickets
  ADD COLUMN ack_warn_at     DATETIME(6) NULL AFTER resolve_due_at,
  ADD COLUMN resolve_warn_at DATETIME(6) NULL AFTER ack_warn_at,
  ADD COLUMN due_at DATETIME(6) AS (CASE
      WHEN status = 'NEW' THEN ack_due_at
      WHEN status IN ('ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING') THEN resolve_due_at
    END) PERSISTENT,
  ADD COLUMN warn_at DATETIME(6) AS (CASE
      WHEN status = 'NEW' THEN ack_warn_at
      WHEN status IN ('ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING') THEN resolve_warn_at
    END) PERSISTENT,
  ADD KEY ix_tickets_department_due (receiving_department_id, due_at),
  ADD KEY ix_tickets_department_warn (receiving_department_id, warn_at),
  ADD KEY ix_tickets_due (due_at),
  ADD KEY ix_tickets_warn (warn_at);

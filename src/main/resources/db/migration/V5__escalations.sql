-- The escalation ladder. Each clock of a ticket (ACK, RESOLVE) counts its cycles: a cycle starts
-- when that clock (re)starts (creation, forward or resubmit for ACK; creation, resubmit, reopen or
-- an accepted counter-proposal for RESOLVE). Pausing (WAITING) moves a deadline within its cycle.
-- next_escalation_at is the earliest ladder step still to take on the deadline that applies now
-- (NULL when nothing can escalate): the escalation pass reads only the tickets due on it.

ALTER TABLE tickets
  ADD COLUMN ack_cycle          INT         NOT NULL DEFAULT 1,
  ADD COLUMN resolve_cycle      INT         NOT NULL DEFAULT 1,
  ADD COLUMN next_escalation_at DATETIME(6) NULL,
  ADD KEY ix_tickets_next_escalation (next_escalation_at),
  -- recent resolution times of a type, for the forecast
  ADD KEY ix_tickets_type_resolved (type_id, resolved_at);

-- Exactly once per (ticket, deadline, cycle, level), enforced here and not only in memory, so
-- that two application instances running the pass at once cannot both raise the same step.
CREATE TABLE escalations (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  ticket_id BIGINT      NOT NULL,
  deadline  VARCHAR(8)  NOT NULL,
  cycle     INT         NOT NULL,
  level     VARCHAR(14) NOT NULL,
  at        DATETIME(6) NOT NULL,
  CONSTRAINT uk_escalations_step UNIQUE (ticket_id, deadline, cycle, level),
  CONSTRAINT fk_escalations_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Tickets that exist already start on the first step of the ladder of their current deadline.
UPDATE tickets SET next_escalation_at = CASE
    WHEN status = 'NEW' THEN COALESCE(ack_warn_at, ack_due_at)
    WHEN status IN ('ACKNOWLEDGED', 'IN_PROGRESS') THEN COALESCE(resolve_warn_at, resolve_due_at)
  END;

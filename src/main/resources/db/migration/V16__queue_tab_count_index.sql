-- The queue's tab counts in one pass (TicketSearch.queueCounts for the department's own people,
-- and the queues page's per-department counts for administrators and members) test due_at,
-- warn_at, waiting_since and status of every open request of the department(s), and for a member
-- client_id too (restricted clients). On (department, is_open, resolve_due_at) MariaDB read the
-- row of each: 17 ms for a department with 4,902 open requests and 0.5 s for the queues page over
-- 140,378 open requests at 1M. Carried in the index, the counts read it only (4 ms, 61 ms). The
-- primary key is written out before them so that the open queue keeps its order (department,
-- is_open, resolve_due_at, id), as V15 did for the deadline indexes (docs/performance.md, change 47).
ALTER TABLE tickets
  DROP INDEX ix_tickets_queue,
  ADD INDEX ix_tickets_queue (receiving_department_id, is_open, resolve_due_at, id, due_at, warn_at, waiting_since,
    status, client_id);

-- A department's overdue and at-risk counts (the queue's tabs and totals, the API's PageResult)
-- test waiting_since and due_at besides the index's own column (a paused request is overdue only
-- if its deadline passed before it paused), and for a member of the department client_id too
-- (restricted clients). On (department, due_at) and (department, warn_at) MariaDB read the row of
-- every candidate for that: ~800 row lookups per count for a department with 760 overdue
-- requests at 1M, 1.5-2.3 ms each, two of them on every queue page. Carried in the index, the
-- counts read it only (0.25-0.6 ms). The primary key is written out before them so that the
-- index keeps its order (department, due_at, id): the overdue queue and the request list still
-- read their first page in index order, with no filesort (docs/performance.md, change 45).
ALTER TABLE tickets
  DROP INDEX ix_tickets_department_due,
  ADD INDEX ix_tickets_department_due (receiving_department_id, due_at, id, waiting_since, client_id),
  DROP INDEX ix_tickets_department_warn,
  ADD INDEX ix_tickets_department_warn (receiving_department_id, warn_at, id, waiting_since, due_at, client_id);

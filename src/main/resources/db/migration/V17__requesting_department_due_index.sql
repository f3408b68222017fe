-- A request list filtered to a requesting department reads its closed part as
-- "requesting_department_id = ? AND due_at IS NULL ORDER BY id DESC LIMIT 25". On
-- (requesting_department_id, is_open, created_at) that meant sorting every closed request the
-- department ever sent (42 ms at 1M), so MariaDB walked the primary key backwards instead, costing
-- the walk as if the department's requests were spread evenly over the years: for a department
-- that stopped sending requests years ago the walk reads most of the table for one page (the trap
-- change 46 closed for the other filters). In (requesting_department_id, due_at, id) the closed
-- part is 25 index entries in the page's own order and the open part (due_at not null, by due_at,
-- id) is read in order too; the visibility rule's "requesting_department_id IN (...)" still finds
-- its leading column (docs/performance.md, change 48).
ALTER TABLE tickets
  DROP INDEX ix_tickets_requesting_department,
  ADD INDEX ix_tickets_requesting_department_due (requesting_department_id, due_at, id);

-- Reports read the requests a department received in a date range (GET /api/reports/sla and
-- /clients): without this index MariaDB walks every request of the department (ix_tickets_queue)
-- or the whole table. Queue queries keep ix_tickets_queue / ix_tickets_ack_queue (their plan is
-- asserted by TicketQueryCostTest).
CREATE INDEX ix_tickets_department_created ON tickets (receiving_department_id, created_at);

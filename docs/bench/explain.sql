-- The hot queries of Baton as Hibernate sends them (taken from the SQL log of the packaged
-- application), with typical values: department SRVV (id 2), client 1 (the busiest, ~3,100 requests).
-- Run: mariadb -h127.0.0.1 -P3307 -uroot baton_bench < docs/bench/explain.sql
SET @now = UTC_TIMESTAMP(6);

SELECT '1. overdue queue of a department (page 1 of 50)' AS query;
EXPLAIN SELECT t1_0.id, t1_0.ticket_key, t1_0.title, t1_0.status, t1_0.due_at FROM tickets t1_0
 WHERE 1=1 AND (t1_0.receiving_department_id = 2)
   AND (t1_0.due_at < @now AND t1_0.due_at < COALESCE(t1_0.waiting_since, @now))
 ORDER BY t1_0.due_at, t1_0.id LIMIT 0, 50;
SELECT '1b. its count' AS query;
EXPLAIN SELECT COUNT(t1_0.id) FROM tickets t1_0 WHERE 1=1 AND (t1_0.receiving_department_id = 2)
   AND (t1_0.due_at < @now AND t1_0.due_at < COALESCE(t1_0.waiting_since, @now));

SELECT '2. open queue of a department' AS query;
EXPLAIN SELECT t1_0.id, t1_0.ticket_key FROM tickets t1_0 WHERE 1=1 AND (t1_0.receiving_department_id = 2)
   AND (t1_0.is_open = 1) ORDER BY t1_0.resolve_due_at, t1_0.id LIMIT 0, 50;
SELECT '2b. its count' AS query;
EXPLAIN SELECT COUNT(t1_0.id) FROM tickets t1_0 WHERE 1=1 AND (t1_0.receiving_department_id = 2) AND (t1_0.is_open = 1);

SELECT '3. overdue count per department (dashboards, escalation)' AS query;
EXPLAIN SELECT receiving_department_id, COUNT(*) FROM tickets
 WHERE due_at < @now AND due_at < COALESCE(waiting_since, @now) GROUP BY receiving_department_id;

SELECT '4. client search by a former name: UAB Rytų Prekyba Senas 123 (rarest word first)' AS query;
EXPLAIN SELECT COUNT(*) FROM (SELECT 1 FROM client_search_tokens WHERE (token LIKE '123%') LIMIT 1000) x;
EXPLAIN SELECT c.id FROM (SELECT DISTINCT client_id FROM client_search_tokens WHERE (token LIKE '123%')) m
  JOIN clients c ON c.id = m.client_id WHERE 1 = 1
  AND EXISTS (SELECT 1 FROM client_search_tokens t WHERE t.client_id = m.client_id AND (t.token LIKE 'uab%'))
  AND EXISTS (SELECT 1 FROM client_search_tokens t WHERE t.client_id = m.client_id AND (t.token LIKE 'rytu%'))
  AND EXISTS (SELECT 1 FROM client_search_tokens t WHERE t.client_id = m.client_id AND (t.token LIKE 'prekyba%'))
  AND EXISTS (SELECT 1 FROM client_search_tokens t WHERE t.client_id = m.client_id AND (t.token LIKE 'senas%'))
  ORDER BY CASE WHEN c.name LIKE 'UAB Rytų Prekyba Senas 123%' THEN 0 ELSE 1 END, c.name, c.id LIMIT 50 OFFSET 0;

SELECT '5. client timeline: requests of the client, newest first, and the counts' AS query;
EXPLAIN SELECT id, ticket_key, title, status, created_at, requester_id FROM tickets WHERE client_id = 1
 ORDER BY created_at DESC, id DESC LIMIT 50;
EXPLAIN SELECT COUNT(*) FROM tickets WHERE client_id = 1;
EXPLAIN SELECT p.id, t.ticket_key FROM promises p LEFT JOIN tickets t ON t.id = p.ticket_id WHERE p.client_id = 1
 ORDER BY p.created_at DESC, p.id DESC LIMIT 50;
EXPLAIN SELECT i1_0.id FROM interactions i1_0 WHERE i1_0.client_id = 1 ORDER BY i1_0.at DESC, i1_0.id DESC LIMIT 0, 50;

SELECT '6. one request by key, its events' AS query;
EXPLAIN SELECT t1_0.id FROM tickets t1_0 WHERE t1_0.ticket_key = 'SRVV-100';
EXPLAIN SELECT e.id FROM ticket_events e WHERE e.ticket_id = 12345 ORDER BY e.at, e.id;

SELECT '7. at-risk queue of a department (warned, not yet due)' AS query;
EXPLAIN SELECT t1_0.id, t1_0.ticket_key FROM tickets t1_0 WHERE 1=1 AND (t1_0.receiving_department_id = 2)
   AND (t1_0.warn_at <= @now AND t1_0.warn_at <= COALESCE(t1_0.waiting_since, @now)
        AND t1_0.due_at >= COALESCE(t1_0.waiting_since, @now))
 ORDER BY t1_0.due_at, t1_0.id LIMIT 0, 50;

SELECT '8. unacknowledged queue of a department' AS query;
EXPLAIN SELECT t1_0.id, t1_0.ticket_key FROM tickets t1_0 WHERE 1=1 AND (t1_0.receiving_department_id = 2)
   AND (t1_0.status = 'NEW') ORDER BY t1_0.ack_due_at, t1_0.id LIMIT 0, 50;

SELECT '9. requests page filtered to overdue of a department (/tickets?overdue=true&department=SRVV)' AS query;
EXPLAIN SELECT t1_0.id, t1_0.ticket_key FROM tickets t1_0 JOIN departments r1_0 ON r1_0.id = t1_0.receiving_department_id
 WHERE 1=1 AND (r1_0.code = 'SRVV')
   AND (t1_0.due_at < @now AND t1_0.due_at < COALESCE(t1_0.waiting_since, @now)) AND t1_0.due_at IS NOT NULL
 ORDER BY t1_0.due_at, t1_0.id LIMIT 0, 25;

SELECT '10. escalation pass: claim of the due requests (EscalationPass.CLAIM, batch of 100)' AS query;
EXPLAIN SELECT id FROM tickets WHERE next_escalation_at <= @now ORDER BY next_escalation_at LIMIT 100;

SELECT '11a. create: the signed-in person with roles, departments and the departments they head (CurrentUser)' AS query;
EXPLAIN SELECT u1_0.id, r1_0.role, d1_1.code, ho1_1.code FROM users u1_0
   LEFT JOIN user_roles r1_0 ON u1_0.id = r1_0.user_id
   LEFT JOIN user_departments d1_0 ON u1_0.id = d1_0.user_id LEFT JOIN departments d1_1 ON d1_1.id = d1_0.department_id
   LEFT JOIN department_heads ho1_0 ON u1_0.id = ho1_0.user_id LEFT JOIN departments ho1_1 ON ho1_1.id = ho1_0.department_id
 WHERE u1_0.id = 1;

SELECT '11b. create: the request type with its department and SLA targets (RequestType.findWithDepartment)' AS query;
EXPLAIN SELECT rt1_0.id, d1_0.code, s1_0.priority FROM request_types rt1_0
   LEFT JOIN departments d1_0 ON d1_0.id = rt1_0.department_id
   LEFT JOIN request_type_sla s1_0 ON rt1_0.id = s1_0.request_type_id
 WHERE rt1_0.id = 10;

SELECT '11c. create: the receiving department''s active staff with their roles (RecipientDirectory.staffOf)' AS query;
EXPLAIN SELECT u1_0.id, u1_0.email, r1_0.role FROM users u1_0 LEFT JOIN user_roles r1_0 ON u1_0.id = r1_0.user_id
   JOIN user_departments d1_0 ON u1_0.id = d1_0.user_id
 WHERE d1_0.department_id = 2 AND u1_0.active = 1 ORDER BY u1_0.id;

SELECT '11d. create: the receivers'' preferences for the new-request mail (NotificationPreferences.modes)' AS query;
EXPLAIN SELECT user_id, mode FROM notification_preferences WHERE kind = 'TICKET_NEW' AND user_id IN (11, 12, 13, 14, 15);

-- The request list with no filter (/tickets, the "Requests" link), in the most urgent order read
-- as two parts (TicketQuery.mostUrgentPage, change 37), and its count up to 1,000.
SELECT '12a. request list, no filter, administrator: the open part by deadline' AS query;
EXPLAIN SELECT t1_0.id FROM tickets t1_0 WHERE 1=1 AND t1_0.due_at IS NOT NULL ORDER BY t1_0.due_at, t1_0.id LIMIT 0, 25;

SELECT '12b. the closed part, newest first (when the open part does not fill the page)' AS query;
EXPLAIN SELECT t1_0.id FROM tickets t1_0 WHERE 1=1 AND t1_0.due_at IS NULL ORDER BY t1_0.id DESC LIMIT 0, 25;

SELECT '12e. the closed part of one department (/tickets?department=SRVV), the department index named (change 46)' AS query;
EXPLAIN SELECT t1_0.id FROM tickets t1_0 USE INDEX (ix_tickets_department_due) JOIN departments rd1_0
   ON rd1_0.id = t1_0.receiving_department_id WHERE rd1_0.code = 'SRVV' AND t1_0.due_at IS NULL
   ORDER BY t1_0.id DESC LIMIT 0, 25;

SELECT '12f. the closed part of one requesting department (/tickets?requestingDepartment=ACCV), its index named (change 48, V17)' AS query;
EXPLAIN SELECT t1_0.id FROM tickets t1_0 USE INDEX (ix_tickets_requesting_department_due) JOIN departments rd1_0
   ON rd1_0.id = t1_0.requesting_department_id WHERE rd1_0.code = 'ACCV' AND t1_0.due_at IS NULL
   ORDER BY t1_0.id DESC LIMIT 0, 25;

SELECT '12c. the count, up to 1,000 (TicketQuery.countUpTo)' AS query;
EXPLAIN SELECT t1_0.id FROM tickets t1_0 WHERE 1=1 LIMIT 1001;

SELECT '12d. the open part for a member of department 22 (the visibility rule)' AS query;
EXPLAIN SELECT t1_0.id FROM tickets t1_0 WHERE (t1_0.receiving_department_id IN (22) OR t1_0.requesting_department_id IN (22)
   OR t1_0.requester_id = 211 OR t1_0.assignee_id = 211
   OR t1_0.id IN (SELECT tw.ticket_id FROM ticket_watchers tw WHERE tw.user_id = 211))
   AND t1_0.client_id NOT IN (SELECT c.id FROM clients c WHERE c.restricted)
   AND t1_0.due_at IS NOT NULL ORDER BY t1_0.due_at, t1_0.id LIMIT 0, 25;

-- The queue's tab counts in one pass (TicketSearch.queueCounts), index only since V16 (change 47).
SELECT '13. queues page: the open requests of 50 departments counted per view, grouped by department' AS query;
EXPLAIN SELECT t1_0.receiving_department_id, count(t1_0.id),
   sum(CASE WHEN t1_0.due_at < NOW() AND t1_0.due_at < coalesce(t1_0.waiting_since, NOW()) THEN 1 ELSE 0 END),
   sum(CASE WHEN t1_0.warn_at <= NOW() AND t1_0.warn_at <= coalesce(t1_0.waiting_since, NOW())
     AND t1_0.due_at >= coalesce(t1_0.waiting_since, NOW()) THEN 1 ELSE 0 END),
   sum(CASE WHEN t1_0.status = 'NEW' THEN 1 ELSE 0 END)
   FROM tickets t1_0 WHERE t1_0.receiving_department_id IN (SELECT id FROM departments) AND t1_0.is_open = 1
   GROUP BY t1_0.receiving_department_id;

SELECT '14. a member''s tab counts of department 22 (staff210), restricted clients excepted' AS query;
EXPLAIN SELECT count(t1_0.id),
   sum(CASE WHEN t1_0.due_at < NOW() AND t1_0.due_at < coalesce(t1_0.waiting_since, NOW()) THEN 1 ELSE 0 END),
   sum(CASE WHEN t1_0.warn_at <= NOW() AND t1_0.warn_at <= coalesce(t1_0.waiting_since, NOW())
     AND t1_0.due_at >= coalesce(t1_0.waiting_since, NOW()) THEN 1 ELSE 0 END),
   sum(CASE WHEN t1_0.status = 'NEW' THEN 1 ELSE 0 END)
   FROM tickets t1_0 WHERE t1_0.receiving_department_id = 22 AND t1_0.is_open = 1
   AND t1_0.client_id NOT IN (SELECT c3_0.id FROM clients c3_0 WHERE c3_0.restricted = 1
     AND NOT EXISTS (SELECT 1 FROM client_allowed_users au1_0 WHERE au1_0.client_id = c3_0.id AND au1_0.user_id = 211)
     AND NOT EXISTS (SELECT 1 FROM client_allowed_departments ad1_0 WHERE ad1_0.client_id = c3_0.id AND ad1_0.department_id IN (22)));

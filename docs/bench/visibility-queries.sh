#!/bin/sh
# EXPLAIN and time the visibility condition on the database filled by visibility-seed.sql
# (user 5, a member of department 6). Usage: sh visibility-queries.sh
CLIENT5="t.client_id NOT IN (SELECT hc.id FROM clients hc WHERE hc.restricted = 1 AND NOT EXISTS (SELECT 1 FROM client_allowed_users au WHERE au.client_id = hc.id AND au.user_id = 5) AND NOT EXISTS (SELECT 1 FROM client_allowed_departments ad WHERE ad.client_id = hc.id AND ad.department_id IN (6)))"
REL5="(t.receiving_department_id IN (6) OR t.requesting_department_id IN (6) OR t.requester_id = 5 OR t.assignee_id = 5 OR t.id IN (SELECT tw.ticket_id FROM ticket_watchers tw WHERE tw.user_id = 5))"
DB=${DB:-baton_vis_perf}
run() { echo "== $1"; mariadb -h127.0.0.1 -uroot "$DB" -e "EXPLAIN $2" | cut -c1-220; /usr/bin/time -f "%e s" mariadb -h127.0.0.1 -uroot "$DB" -e "$2" > /dev/null; }
run "member open queue (dept 6)" "SELECT t.* FROM tickets t WHERE t.receiving_department_id=6 AND t.is_open=1 AND $CLIENT5 ORDER BY t.resolve_due_at, t.id LIMIT 50"
run "member open queue count" "SELECT COUNT(*) FROM tickets t WHERE t.receiving_department_id=6 AND t.is_open=1 AND $CLIENT5"
run "admin open queue count" "SELECT COUNT(*) FROM tickets t WHERE t.receiving_department_id=6 AND t.is_open=1"
run "non-member open queue (dept 7)" "SELECT t.* FROM tickets t WHERE t.receiving_department_id=7 AND t.is_open=1 AND $REL5 AND $CLIENT5 ORDER BY t.resolve_due_at, t.id LIMIT 50"
run "non-member open queue count" "SELECT COUNT(*) FROM tickets t WHERE t.receiving_department_id=7 AND t.is_open=1 AND $REL5 AND $CLIENT5"
run "staff search, no filter, most urgent" "SELECT t.* FROM tickets t WHERE $REL5 AND $CLIENT5 ORDER BY CASE WHEN t.due_at IS NULL THEN 1 ELSE 0 END, t.due_at, t.id DESC LIMIT 50"
run "staff search count" "SELECT COUNT(*) FROM tickets t WHERE $REL5 AND $CLIENT5"
run "admin search, no filter" "SELECT t.* FROM tickets t ORDER BY CASE WHEN t.due_at IS NULL THEN 1 ELSE 0 END, t.due_at, t.id DESC LIMIT 50"
run "admin search count" "SELECT COUNT(*) FROM tickets t"
run "staff my requests (requester filter)" "SELECT t.* FROM tickets t WHERE t.requester_id = 5 AND $REL5 AND $CLIENT5 ORDER BY CASE WHEN t.due_at IS NULL THEN 1 ELSE 0 END, t.due_at, t.id DESC LIMIT 50"

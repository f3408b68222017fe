-- Synthetic data for the visibility measurements in docs/performance.md: load into an empty
-- database that has the schema (e.g. mariadb-dump --no-data of a test database). Needs the
-- MariaDB sequence engine (seq_1_to_N).
SET FOREIGN_KEY_CHECKS=0;
INSERT INTO departments (id, code, name, created_at) SELECT seq, CONCAT('D', CHAR(64+seq)), CONCAT('Dept ', seq), NOW() FROM seq_1_to_20;
INSERT INTO users (id, email, name, created_at) SELECT seq, CONCAT('u', seq, '@x'), CONCAT('User ', seq), NOW() FROM seq_1_to_1000;
INSERT INTO user_roles (user_id, role) SELECT seq, 'STAFF' FROM seq_1_to_1000;
INSERT INTO user_departments (user_id, department_id) SELECT seq, 1 + seq % 20 FROM seq_1_to_1000;
INSERT INTO department_heads (department_id, user_id) SELECT seq, 980 + seq FROM seq_1_to_20;
INSERT INTO request_types (id, name, department_id, created_at) SELECT seq, CONCAT('T', seq), seq, NOW() FROM seq_1_to_20;
INSERT INTO clients (id, name, restricted, created_at, updated_at) SELECT seq, CONCAT('Client ', seq), seq % 200 = 0, NOW(), NOW() FROM seq_1_to_100000;
INSERT INTO client_allowed_departments (client_id, department_id) SELECT seq, 1 + seq % 20 FROM seq_1_to_100000 WHERE seq % 200 = 0;
INSERT INTO client_allowed_users (client_id, user_id) SELECT seq, 1 + seq % 1000 FROM seq_1_to_100000 WHERE seq % 200 = 0;
INSERT INTO tickets (id, ticket_key, type_id, title, client_id, priority, status, requester_id, requesting_department_id,
  receiving_department_id, assignee_id, ack_due_at, resolve_due_at, ack_warn_at, resolve_warn_at, created_at, updated_at)
SELECT seq, CONCAT('K-', seq), 1 + seq % 20, CONCAT('Title ', seq), 1 + (seq * 7919) % 100000, 'NORMAL',
  ELT(1 + seq % 20, 'NEW','ACKNOWLEDGED','IN_PROGRESS','WAITING','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED',
      'CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','RESOLVED','CANCELLED','REJECTED','CLOSED'),
  1 + (seq * 31) % 1000, 1 + ((seq * 31) % 1000) % 20, 1 + (seq * 13) % 20,
  IF(seq % 20 IN (1,2,3), 1 + (seq * 17) % 1000, NULL),
  NOW() - INTERVAL (seq % 5000) MINUTE, NOW() + INTERVAL (seq % 20000) MINUTE,
  NOW() - INTERVAL (seq % 5000) MINUTE - INTERVAL 10 MINUTE, NOW() + INTERVAL (seq % 20000) MINUTE - INTERVAL 100 MINUTE,
  NOW() - INTERVAL (seq % 500000) MINUTE, NOW()
FROM seq_1_to_1000000;
INSERT INTO ticket_watchers (ticket_id, user_id) SELECT seq * 10, 1 + (seq * 37) % 1000 FROM seq_1_to_100000;
SET FOREIGN_KEY_CHECKS=1;
ANALYZE TABLE tickets, clients, ticket_watchers, client_allowed_users, client_allowed_departments;

-- Baton foundation: people, departments, the request catalogue, clients and requests.
-- Every table is InnoDB with utf8mb4; times are UTC (DATETIME(6) holding UTC instants).

CREATE TABLE users (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  email         VARCHAR(254) NOT NULL,
  name          VARCHAR(200) NOT NULL,
  password_hash VARCHAR(100) NULL,
  language      VARCHAR(5)   NOT NULL DEFAULT 'en',
  time_zone     VARCHAR(64)  NOT NULL DEFAULT 'Europe/Vilnius',
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  version       BIGINT       NOT NULL DEFAULT 0,
  created_at    DATETIME(6)  NOT NULL,
  CONSTRAINT uk_users_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_roles (
  user_id BIGINT      NOT NULL,
  role    VARCHAR(16) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_skills (
  user_id BIGINT      NOT NULL,
  skill   VARCHAR(64) NOT NULL,
  PRIMARY KEY (user_id, skill),
  CONSTRAINT fk_user_skills_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Bearer credentials: login sessions for scripts (kind LOGIN) and named API tokens (kind API).
-- Only the SHA-256 of the secret is stored.
CREATE TABLE api_tokens (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id      BIGINT       NOT NULL,
  kind         VARCHAR(8)   NOT NULL,
  name         VARCHAR(100) NULL,
  token_hash   CHAR(64)     NOT NULL,
  scopes       VARCHAR(64)  NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  expires_at   DATETIME(6)  NULL,
  last_used_at DATETIME(6)  NULL,
  revoked_at   DATETIME(6)  NULL,
  CONSTRAINT uk_api_tokens_hash UNIQUE (token_hash),
  KEY ix_api_tokens_user (user_id, kind),
  CONSTRAINT fk_api_tokens_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE departments (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(8)   NOT NULL,
  name        VARCHAR(200) NOT NULL,
  email       VARCHAR(254) NULL,
  calendar_id BIGINT       NULL,
  active      BOOLEAN      NOT NULL DEFAULT TRUE,
  version     BIGINT       NOT NULL DEFAULT 0,
  created_at  DATETIME(6)  NOT NULL,
  CONSTRAINT uk_departments_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE department_heads (
  department_id BIGINT NOT NULL,
  user_id       BIGINT NOT NULL,
  PRIMARY KEY (department_id, user_id),
  KEY ix_department_heads_user (user_id),
  CONSTRAINT fk_department_heads_department FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE,
  CONSTRAINT fk_department_heads_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_departments (
  user_id       BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  PRIMARY KEY (user_id, department_id),
  KEY ix_user_departments_department (department_id),
  CONSTRAINT fk_user_departments_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT fk_user_departments_department FOREIGN KEY (department_id) REFERENCES departments (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Next request number per department: a row lock on it serialises key allocation without gaps.
CREATE TABLE ticket_key_counters (
  department_id BIGINT NOT NULL PRIMARY KEY,
  last_number   BIGINT NOT NULL,
  CONSTRAINT fk_ticket_key_counters_department FOREIGN KEY (department_id) REFERENCES departments (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE request_types (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  name             VARCHAR(200) NOT NULL,
  department_id    BIGINT       NOT NULL,
  default_priority VARCHAR(8)   NOT NULL DEFAULT 'NORMAL',
  warn_percent     INT          NOT NULL DEFAULT 75,
  active           BOOLEAN      NOT NULL DEFAULT TRUE,
  version          BIGINT       NOT NULL DEFAULT 0,
  created_at       DATETIME(6)  NOT NULL,
  CONSTRAINT uk_request_types_name UNIQUE (department_id, name),
  CONSTRAINT fk_request_types_department FOREIGN KEY (department_id) REFERENCES departments (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE request_type_sla (
  request_type_id BIGINT     NOT NULL,
  priority        VARCHAR(8) NOT NULL,
  ack_minutes     INT        NOT NULL,
  resolve_minutes INT        NOT NULL,
  PRIMARY KEY (request_type_id, priority),
  CONSTRAINT fk_request_type_sla_type FOREIGN KEY (request_type_id) REFERENCES request_types (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE clients (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  version           BIGINT       NOT NULL DEFAULT 0,
  name              VARCHAR(300) NOT NULL,
  registration_code VARCHAR(64)  NULL,
  vat_code          VARCHAR(64)  NULL,
  region            VARCHAR(100) NULL,
  segment           VARCHAR(100) NULL,
  industry          VARCHAR(100) NULL,
  parent_id         BIGINT       NULL,
  owner_id          BIGINT       NULL,
  restricted        BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at        DATETIME(6)  NOT NULL,
  updated_at        DATETIME(6)  NOT NULL,
  KEY ix_clients_parent (parent_id),
  KEY ix_clients_owner (owner_id),
  KEY ix_clients_registration_code (registration_code),
  CONSTRAINT fk_clients_parent FOREIGN KEY (parent_id) REFERENCES clients (id),
  CONSTRAINT fk_clients_owner FOREIGN KEY (owner_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE client_allowed_users (
  client_id BIGINT NOT NULL,
  user_id   BIGINT NOT NULL,
  PRIMARY KEY (client_id, user_id),
  KEY ix_client_allowed_users_user (user_id),
  CONSTRAINT fk_client_allowed_users_client FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE,
  CONSTRAINT fk_client_allowed_users_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE client_allowed_departments (
  client_id     BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  PRIMARY KEY (client_id, department_id),
  KEY ix_client_allowed_departments_department (department_id),
  CONSTRAINT fk_client_allowed_departments_client FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE,
  CONSTRAINT fk_client_allowed_departments_department FOREIGN KEY (department_id) REFERENCES departments (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE client_aliases (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  client_id  BIGINT       NOT NULL,
  name       VARCHAR(300) NOT NULL,
  kind       VARCHAR(10)  NOT NULL,
  until      DATE         NULL,
  created_at DATETIME(6)  NOT NULL,
  KEY ix_client_aliases_client (client_id),
  CONSTRAINT fk_client_aliases_client FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contacts (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  client_id    BIGINT       NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  name         VARCHAR(200) NOT NULL,
  role         VARCHAR(100) NULL,
  phone        VARCHAR(50)  NULL,
  email        VARCHAR(254) NULL,
  left_company BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at   DATETIME(6)  NOT NULL,
  KEY ix_contacts_client (client_id),
  CONSTRAINT fk_contacts_client FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Search words of every name, alias, code, contact name, phone and email of a client, folded
-- (lower case, no diacritics) so that a prefix lookup on the primary key finds the client.
CREATE TABLE client_search_tokens (
  token     VARCHAR(100) NOT NULL,
  client_id BIGINT       NOT NULL,
  PRIMARY KEY (token, client_id),
  KEY ix_client_search_tokens_client (client_id),
  CONSTRAINT fk_client_search_tokens_client FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE interactions (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  client_id   BIGINT        NOT NULL,
  contact_id  BIGINT        NULL,
  kind        VARCHAR(10)   NOT NULL,
  at          DATETIME(6)   NOT NULL,
  by_user_id  BIGINT        NOT NULL,
  summary     VARCHAR(4000) NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  KEY ix_interactions_client_at (client_id, at),
  CONSTRAINT fk_interactions_client FOREIGN KEY (client_id) REFERENCES clients (id),
  CONSTRAINT fk_interactions_contact FOREIGN KEY (contact_id) REFERENCES contacts (id),
  CONSTRAINT fk_interactions_user FOREIGN KEY (by_user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Audited field changes of a client and its contacts and aliases; a revert is a change too.
CREATE TABLE client_changes (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  client_id      BIGINT        NOT NULL,
  entity         VARCHAR(10)   NOT NULL,
  entity_id      BIGINT        NOT NULL,
  field          VARCHAR(64)   NOT NULL,
  old_value      VARCHAR(4000) NULL,
  new_value      VARCHAR(4000) NULL,
  at             DATETIME(6)   NOT NULL,
  actor_id       BIGINT        NULL,
  reverts_id     BIGINT        NULL,
  KEY ix_client_changes_client_at (client_id, at),
  CONSTRAINT fk_client_changes_client FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE,
  CONSTRAINT fk_client_changes_reverts FOREIGN KEY (reverts_id) REFERENCES client_changes (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE tickets (
  id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
  ticket_key                 VARCHAR(24)   NOT NULL,
  version                    BIGINT        NOT NULL DEFAULT 0,
  type_id                    BIGINT        NOT NULL,
  title                      VARCHAR(300)  NOT NULL,
  description                TEXT          NULL,
  client_id                  BIGINT        NOT NULL,
  contact_id                 BIGINT        NULL,
  priority                   VARCHAR(8)    NOT NULL,
  status                     VARCHAR(12)   NOT NULL,
  -- Kept by the database so that the open-queue indexes stay small and exact.
  is_open                    BOOLEAN AS (status IN ('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING')) PERSISTENT,
  requester_id               BIGINT        NOT NULL,
  requesting_department_id   BIGINT        NULL,
  receiving_department_id    BIGINT        NOT NULL,
  assignee_id                BIGINT        NULL,
  ack_due_at                 DATETIME(6)   NULL,
  resolve_due_at             DATETIME(6)   NULL,
  acknowledged_at            DATETIME(6)   NULL,
  resolved_at                DATETIME(6)   NULL,
  closed_at                  DATETIME(6)   NULL,
  proposed_due_at            DATETIME(6)   NULL,
  waiting_on                 VARCHAR(10)   NULL,
  waiting_since              DATETIME(6)   NULL,
  reject_reason              VARCHAR(2000) NULL,
  created_at                 DATETIME(6)   NOT NULL,
  updated_at                 DATETIME(6)   NOT NULL,
  CONSTRAINT uk_tickets_key UNIQUE (ticket_key),
  KEY ix_tickets_queue (receiving_department_id, is_open, resolve_due_at),
  KEY ix_tickets_ack_queue (receiving_department_id, status, ack_due_at),
  KEY ix_tickets_client_created (client_id, created_at),
  KEY ix_tickets_assignee_open (assignee_id, is_open, resolve_due_at),
  KEY ix_tickets_requester_created (requester_id, created_at),
  KEY ix_tickets_requesting_department (requesting_department_id, is_open, created_at),
  KEY ix_tickets_status_created (status, created_at),
  CONSTRAINT fk_tickets_type FOREIGN KEY (type_id) REFERENCES request_types (id),
  CONSTRAINT fk_tickets_client FOREIGN KEY (client_id) REFERENCES clients (id),
  CONSTRAINT fk_tickets_contact FOREIGN KEY (contact_id) REFERENCES contacts (id),
  CONSTRAINT fk_tickets_requester FOREIGN KEY (requester_id) REFERENCES users (id),
  CONSTRAINT fk_tickets_requesting_department FOREIGN KEY (requesting_department_id) REFERENCES departments (id),
  CONSTRAINT fk_tickets_receiving_department FOREIGN KEY (receiving_department_id) REFERENCES departments (id),
  CONSTRAINT fk_tickets_assignee FOREIGN KEY (assignee_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ticket_watchers (
  ticket_id BIGINT NOT NULL,
  user_id   BIGINT NOT NULL,
  PRIMARY KEY (ticket_id, user_id),
  KEY ix_ticket_watchers_user (user_id),
  CONSTRAINT fk_ticket_watchers_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE,
  CONSTRAINT fk_ticket_watchers_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only: rows are inserted, never updated or deleted.
CREATE TABLE ticket_events (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  ticket_id   BIGINT        NOT NULL,
  at          DATETIME(6)   NOT NULL,
  actor_id    BIGINT        NULL,
  kind        VARCHAR(24)   NOT NULL,
  from_status VARCHAR(12)   NULL,
  to_status   VARCHAR(12)   NULL,
  note        VARCHAR(4000) NULL,
  KEY ix_ticket_events_ticket (ticket_id, at),
  CONSTRAINT fk_ticket_events_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
  CONSTRAINT fk_ticket_events_actor FOREIGN KEY (actor_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ticket_comments (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  ticket_id  BIGINT      NOT NULL,
  author_id  BIGINT      NOT NULL,
  body       TEXT        NOT NULL,
  internal   BOOLEAN     NOT NULL DEFAULT FALSE,
  created_at DATETIME(6) NOT NULL,
  KEY ix_ticket_comments_ticket (ticket_id, created_at),
  CONSTRAINT fk_ticket_comments_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
  CONSTRAINT fk_ticket_comments_author FOREIGN KEY (author_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Dated commitments to a client; the SLA issue adds reminders and escalation on top.
CREATE TABLE promises (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  version     BIGINT        NOT NULL DEFAULT 0,
  ticket_id   BIGINT        NULL,
  client_id   BIGINT        NOT NULL,
  text        VARCHAR(2000) NOT NULL,
  due_at      DATETIME(6)   NOT NULL,
  made_by_id  BIGINT        NOT NULL,
  owner_id    BIGINT        NOT NULL,
  status      VARCHAR(12)   NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  KEY ix_promises_client_due (client_id, due_at),
  KEY ix_promises_ticket (ticket_id),
  KEY ix_promises_owner_status_due (owner_id, status, due_at),
  CONSTRAINT fk_promises_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
  CONSTRAINT fk_promises_client FOREIGN KEY (client_id) REFERENCES clients (id),
  CONSTRAINT fk_promises_made_by FOREIGN KEY (made_by_id) REFERENCES users (id),
  CONSTRAINT fk_promises_owner FOREIGN KEY (owner_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Remembered answers to retried writes (Idempotency-Key), kept 24 hours.
CREATE TABLE idempotency_keys (
  user_id         BIGINT       NOT NULL,
  endpoint        VARCHAR(64)  NOT NULL,
  idempotency_key VARCHAR(128) NOT NULL,
  request_hash    CHAR(64)     NOT NULL,
  response_status INT          NOT NULL,
  response_body   MEDIUMTEXT   NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (user_id, endpoint, idempotency_key),
  KEY ix_idempotency_keys_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Files attached to a request. The bytes live on disk under baton.attachments.dir (storage_key is
-- the file's name there); the row keeps what people see and the SHA-256 to check the bytes by.
CREATE TABLE ticket_attachments (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  ticket_id    BIGINT        NOT NULL,
  file_name    VARCHAR(255)  NOT NULL,
  content_type VARCHAR(127)  NOT NULL,
  size_bytes   BIGINT        NOT NULL,
  sha256       CHAR(64)      NOT NULL,
  storage_key  VARCHAR(80)   NOT NULL,
  uploaded_by  BIGINT        NOT NULL,
  uploaded_at  DATETIME(6)   NOT NULL,
  UNIQUE KEY uq_ticket_attachments_storage (storage_key),
  KEY ix_ticket_attachments_ticket (ticket_id, uploaded_at),
  CONSTRAINT fk_ticket_attachments_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
  CONSTRAINT fk_ticket_attachments_user FOREIGN KEY (uploaded_by) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

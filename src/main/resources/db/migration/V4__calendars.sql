-- Business calendars: the weekly opening hours, holidays and time zone a department's SLA clock runs on.

CREATE TABLE calendars (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  name       VARCHAR(200) NOT NULL,
  time_zone  VARCHAR(64)  NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0,
  created_at DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Several intervals a day (lunch breaks). Wall-clock minutes after midnight rather than TIME,
-- because a round-the-clock day must be able to close at 24:00 (1440).
CREATE TABLE calendar_hours (
  calendar_id BIGINT      NOT NULL,
  day_of_week VARCHAR(9)  NOT NULL,
  opens       SMALLINT    NOT NULL,
  closes      SMALLINT    NOT NULL,
  PRIMARY KEY (calendar_id, day_of_week, opens),
  CONSTRAINT ck_calendar_hours_interval CHECK (opens >= 0 AND closes <= 1440 AND closes > opens),
  CONSTRAINT fk_calendar_hours_calendar FOREIGN KEY (calendar_id) REFERENCES calendars (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE calendar_holidays (
  calendar_id BIGINT NOT NULL,
  day         DATE   NOT NULL,
  PRIMARY KEY (calendar_id, day),
  CONSTRAINT fk_calendar_holidays_calendar FOREIGN KEY (calendar_id) REFERENCES calendars (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE departments
  ADD CONSTRAINT fk_departments_calendar FOREIGN KEY (calendar_id) REFERENCES calendars (id);

package app.baton.notification;

import app.baton.web.SessionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes a change's outbox rows in one JDBC batch on the transaction's connection: a ticket new
 * to a department of twenty people costs one round trip, not twenty inserts through the ORM
 * (the identity key would keep Hibernate from batching them).
 */
@ApplicationScoped
class OutboxRows {

    record Row(NotificationKind kind, Long recipientId, String email, String language, String subject,
            String text, String html, Long ticketId, Instant now) {
    }

    @Inject
    EntityManager em;

    void insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        SessionJdbc.run(em, "INSERT INTO outbox (kind, recipient_id, email, language, subject, body_text, body_html,"
                + " ticket_id, status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                false, insert -> {
                    for (Row row : rows) {
                        insert.setString(1, row.kind().name());
                        setLong(insert, 2, row.recipientId());
                        insert.setString(3, row.email());
                        insert.setString(4, row.language());
                        insert.setString(5, row.subject());
                        insert.setString(6, row.text());
                        insert.setString(7, row.html());
                        setLong(insert, 8, row.ticketId());
                        insert.setString(9, OutboxStatus.PENDING.name());
                        insert.setObject(10, utc(row.now()));
                        insert.setObject(11, utc(row.now()));
                        insert.addBatch();
                    }
                    return insert.executeBatch();
                });
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /** Stored as UTC, as Hibernate stores instants here (quarkus.hibernate-orm.jdbc.timezone). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

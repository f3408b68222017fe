package app.baton.notification;

import app.baton.web.SessionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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

    @Inject
    HeldRows held;

    /**
     * Rows held back by {@link #holdingMail} in this transaction. Reached through methods only:
     * a field read on the injected client proxy would read the proxy's own, shared field.
     */
    @TransactionScoped
    static class HeldRows {
        private List<Row> rows;

        List<Row> rows() {
            return rows;
        }

        void hold(List<Row> held) {
            rows = held;
        }
    }

    /**
     * Runs {@code work} with the mail it writes held back, then writes all of it in one batch:
     * the escalation pass tells hundreds of people per transaction, and a round trip per
     * notification was a large part of its time.
     */
    <T> T holdingMail(Supplier<T> work) {
        if (held.rows() != null) {
            return work.get();
        }
        List<Row> rows = new ArrayList<>();
        held.hold(rows);
        try {
            T result = work.get();
            held.hold(null);
            write(rows);
            return result;
        } finally {
            held.hold(null);
        }
    }

    void insert(List<Row> rows) {
        List<Row> holding = held.rows();
        if (holding != null) {
            holding.addAll(rows);
        } else {
            write(rows);
        }
    }

    private void write(List<Row> rows) {
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

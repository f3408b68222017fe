package app.baton.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The database's ceiling for creating a request: the rows Baton's POST /api/tickets writes, by a
 * bare JDBC loop on one connection per client. One transaction: take the department's key
 * counter row lock (UPDATE, then read the number back), insert the ticket (all its indexes, its
 * next escalation moment among them), insert its CREATED event, write the outbox rows of the
 * mail to the receiving department (its address and each active member, bodies of the size
 * Baton renders, in one JDBC batch), commit. No HTTP, no ORM, no validation, no authentication,
 * no rendering.
 *
 * <p>Until the sixth session the ceiling wrote neither the mail nor the escalation moment, while
 * Baton's transaction writes both; {@code -Dbench.ceiling-mail=false} measures that narrower
 * ceiling again, for comparison with the earlier runs.
 */
final class CreateCeiling implements AutoCloseable {

    private static final String INSERT_TICKET = "INSERT INTO tickets (ticket_key, version, type_id, title, description,"
            + " client_id, contact_id, priority, status, requester_id, requesting_department_id,"
            + " receiving_department_id, assignee_id, ack_due_at, resolve_due_at, ack_warn_at, resolve_warn_at,"
            + " created_at, updated_at, next_escalation_at)"
            + " VALUES (?, 0, ?, ?, ?, ?, NULL, 'NORMAL', 'NEW', ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO ticket_events (ticket_id, at, actor_id, kind, from_status,"
            + " to_status, note) VALUES (?, ?, ?, 'CREATED', NULL, 'NEW', NULL)";
    private static final String INSERT_MAIL = "INSERT INTO outbox (kind, recipient_id, email, language, subject,"
            + " body_text, body_html, ticket_id, status, attempts, next_attempt_at, created_at)"
            + " VALUES ('TICKET_NEW', ?, ?, 'en', ?, ?, ?, ?, 'PENDING', 0, ?, ?)";
    /** Sizes of the new-request mail Baton renders (averages of its outbox rows: 588 and 1,948 characters). */
    private static final String MAIL_TEXT = filler("A new request for your department. ", 588);
    private static final String MAIL_HTML = filler("<p>A new request for your department.</p> ", 1948);

    private static String filler(String sentence, int length) {
        return sentence.repeat(length / sentence.length() + 1).substring(0, length);
    }

    private final boolean withMail = !"false".equals(System.getProperty("bench.ceiling-mail"));
    private final List<Connection> connections = new ArrayList<>();
    private final BenchFixtures fixtures;

    CreateCeiling(String jdbcUrl, String user, String password, int clients, BenchFixtures fixtures)
            throws SQLException {
        this.fixtures = fixtures;
        for (int i = 0; i < clients; i++) {
            Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
            connection.setAutoCommit(false);
            connections.add(connection);
        }
    }

    void create(int worker) throws SQLException {
        Connection c = connections.get(worker);
        BenchFixtures.Type type = fixtures.anyType();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        try {
            try (PreparedStatement lock = c.prepareStatement(
                    "UPDATE ticket_key_counters SET last_number = last_number + 1 WHERE department_id = ?")) {
                lock.setLong(1, type.departmentId());
                lock.executeUpdate();
            }
            long number;
            try (PreparedStatement read = c.prepareStatement(
                    "SELECT last_number FROM ticket_key_counters WHERE department_id = ?")) {
                read.setLong(1, type.departmentId());
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    number = rs.getLong(1);
                }
            }
            long ticketId;
            try (PreparedStatement insert = c.prepareStatement(INSERT_TICKET, Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, fixtures.codeById.get(type.departmentId()) + "-" + number);
                insert.setLong(2, type.id());
                insert.setString(3, "Benchmark ceiling " + ThreadLocalRandom.current().nextInt(1000));
                insert.setString(4, "Created by the bare JDBC loop of the benchmark.");
                insert.setLong(5, fixtures.anyClient());
                insert.setLong(6, fixtures.requesterId);
                insert.setLong(7, fixtures.requestingDepartmentId);
                insert.setLong(8, type.departmentId());
                insert.setObject(9, now.plusHours(4));
                insert.setObject(10, now.plusDays(2));
                insert.setObject(11, now.plusHours(3));
                insert.setObject(12, now.plusHours(36));
                insert.setObject(13, now);
                insert.setObject(14, now);
                insert.setObject(15, withMail ? now.plusHours(3) : null);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ticketId = keys.getLong(1);
                }
            }
            try (PreparedStatement event = c.prepareStatement(INSERT_EVENT)) {
                event.setLong(1, ticketId);
                event.setObject(2, now);
                event.setLong(3, fixtures.requesterId);
                event.executeUpdate();
            }
            if (withMail) {
                writeMail(c, type.departmentId(), ticketId, number, now);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    /** Baton's outbox rows for a new request: the department's address and members, not the requester. */
    private void writeMail(Connection c, long departmentId, long ticketId, long number, LocalDateTime now)
            throws SQLException {
        List<BenchFixtures.MailTo> recipients = fixtures.newRequestMailByDepartment.getOrDefault(departmentId, List.of());
        if (recipients.isEmpty()) {
            return;
        }
        String subject = "[" + fixtures.codeById.get(departmentId) + "-" + number + "] New request: Benchmark ceiling";
        try (PreparedStatement mail = c.prepareStatement(INSERT_MAIL)) {
            for (BenchFixtures.MailTo to : recipients) {
                if (to.userId() != null && to.userId() == fixtures.requesterId) {
                    continue;
                }
                if (to.userId() == null) {
                    mail.setNull(1, java.sql.Types.BIGINT);
                } else {
                    mail.setLong(1, to.userId());
                }
                mail.setString(2, to.email());
                mail.setString(3, subject);
                mail.setString(4, MAIL_TEXT);
                mail.setString(5, MAIL_HTML);
                mail.setLong(6, ticketId);
                mail.setObject(7, now);
                mail.setObject(8, now);
                mail.addBatch();
            }
            mail.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : connections) {
            connection.close();
        }
    }
}

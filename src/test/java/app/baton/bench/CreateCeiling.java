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
 * counter row lock (UPDATE, then read the number back), insert the ticket (all its indexes),
 * insert its CREATED event, commit. No HTTP, no ORM, no validation, no authentication.
 */
final class CreateCeiling implements AutoCloseable {

    private static final String INSERT_TICKET = "INSERT INTO tickets (ticket_key, version, type_id, title, description,"
            + " client_id, contact_id, priority, status, requester_id, requesting_department_id,"
            + " receiving_department_id, assignee_id, ack_due_at, resolve_due_at, ack_warn_at, resolve_warn_at,"
            + " created_at, updated_at) VALUES (?, 0, ?, ?, ?, ?, NULL, 'NORMAL', 'NEW', ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO ticket_events (ticket_id, at, actor_id, kind, from_status,"
            + " to_status, note) VALUES (?, ?, ?, 'CREATED', NULL, 'NEW', NULL)";

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
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : connections) {
            connection.close();
        }
    }
}

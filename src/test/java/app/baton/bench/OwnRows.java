package app.baton.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Takes the requests the benchmark's create scenarios wrote (Baton's and the bare-JDBC ceiling's:
 * every ticket above the highest generated id) out of the company again, with what hangs off
 * them, so that the read scenarios and the escalation timing that follow read the company the
 * generator made, not one with tens of thousands of extra open requests (55,012 in run 30).
 * The generated requests the acknowledge scenario took keep their new state: they were real
 * calls on the company's own rows.
 */
final class OwnRows {

    /** The rows that hang off requests, deleted before the requests themselves. */
    private static final List<String> CHILDREN = List.of(
            "DELETE FROM notification_digests WHERE outbox_id IN (SELECT id FROM outbox WHERE ticket_id BETWEEN ? AND ?)",
            "DELETE FROM outbox WHERE ticket_id BETWEEN ? AND ?",
            "DELETE FROM notification_digest_items WHERE ticket_id BETWEEN ? AND ?",
            "DELETE FROM escalations WHERE ticket_id BETWEEN ? AND ?",
            "DELETE FROM promise_history WHERE promise_id IN (SELECT id FROM promises WHERE ticket_id BETWEEN ? AND ?)",
            // a renegotiated promise points at its successor: clear the links before the rows go
            "UPDATE promises SET renegotiated_from_id = NULL, renegotiated_to_id = NULL WHERE ticket_id BETWEEN ? AND ?",
            "DELETE FROM promises WHERE ticket_id BETWEEN ? AND ?",
            "DELETE FROM ticket_attachments WHERE ticket_id BETWEEN ? AND ?",
            "DELETE FROM ticket_comments WHERE ticket_id BETWEEN ? AND ?",
            "DELETE FROM ticket_watchers WHERE ticket_id BETWEEN ? AND ?",
            "DELETE FROM ticket_events WHERE ticket_id BETWEEN ? AND ?");
    /** Last: a table added later with a key to tickets and missing above makes it fail loudly. */
    private static final String TICKETS = "DELETE FROM tickets WHERE id BETWEEN ? AND ?";
    /** Requests a transaction: with ~10 outbox rows each, small enough for the redo log, few enough round trips. */
    private static final long CHUNK = 2_000;
    /** Undo logs left to purge that count as done: the idle application's own transactions leave a few. */
    private static final long PURGED = 1_000;

    private OwnRows() {
    }

    /** The highest request id before the run: what the benchmark adds lies above it. */
    static long highestTicketId(String jdbcUrl, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            return highestTicketId(c);
        }
    }

    private static long highestTicketId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM tickets")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Deletes every request above {@code highestGenerated} and its rows, and waits for the purge;
     * answers how many requests went.
     */
    static long delete(String jdbcUrl, String user, String password, long highestGenerated) throws SQLException {
        long deleted = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            long last = highestTicketId(c);
            c.setAutoCommit(false);
            for (long from = highestGenerated + 1; from <= last; from += CHUNK) {
                long to = Math.min(last, from + CHUNK - 1);
                for (String sql : CHILDREN) {
                    deleteRange(c, sql, from, to);
                }
                deleted += deleteRange(c, TICKETS, from, to);
                c.commit();
            }
            awaitPurge(c);
        }
        return deleted;
    }

    private static int deleteRange(Connection c, String sql, long from, long to) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, from);
            statement.setLong(2, to);
            return statement.executeUpdate();
        }
    }

    /**
     * Waits until InnoDB's purge threads have removed the deleted rows for good (the history list
     * is short again): until then they take a core from the read scenarios that follow.
     */
    private static void awaitPurge(Connection c) throws SQLException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        try (Statement s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_history_list_length'")) {
                    if (!rs.next() || rs.getLong(2) < PURGED) {
                        return;
                    }
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}

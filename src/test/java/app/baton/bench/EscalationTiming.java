package app.baton.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times one escalation pass with a given share of the open requests due. The generated company
 * has a backlog of overdue requests that no pass has seen (a running Baton never lets one grow):
 * before the application starts it is parked far in the future, its real moments kept in
 * {@code bench_next_escalation}; for each measurement that share of them is made due again and
 * the application's own pass (every second in the benchmark) takes their steps and logs its time.
 */
final class EscalationTiming {

    static final String PARKED = "2100-01-01 00:00:00";
    private static final Pattern PASS = Pattern.compile("Escalation pass: (\\d+) steps on (\\d+) tickets in (\\d+) ms");

    record Measured(int percent, int due, int tickets, int steps, long passMs) {
    }

    private final String url;
    private final String user;
    private final String password;

    EscalationTiming(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Before the application starts: no ticket is due. */
    void park() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_next_escalation (id BIGINT PRIMARY KEY,"
                    + " next_escalation_at DATETIME(6) NOT NULL)");
            s.execute("INSERT IGNORE INTO bench_next_escalation SELECT id, next_escalation_at FROM tickets"
                    + " WHERE next_escalation_at IS NOT NULL AND next_escalation_at <> '" + PARKED + "'");
            s.execute("UPDATE tickets SET next_escalation_at = '" + PARKED + "' WHERE next_escalation_at IS NOT NULL"
                    + " AND next_escalation_at <= UTC_TIMESTAMP(6)");
        }
    }

    /** Makes {@code percent} of the open requests due and waits for the pass that takes them. */
    Measured measure(int percent, Path log) throws SQLException, IOException, InterruptedException {
        int due;
        long logFrom = Files.size(log);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            long open = single(s, "SELECT COUNT(*) FROM tickets WHERE is_open = 1");
            due = (int) Math.max(1, open * percent / 100);
            // the parked ones whose own moment has passed: each has a real step to take
            due = s.executeUpdate("UPDATE tickets t JOIN (SELECT b.id, b.next_escalation_at FROM bench_next_escalation b"
                    + " JOIN tickets x ON x.id = b.id WHERE x.next_escalation_at = '" + PARKED + "'"
                    + " AND b.next_escalation_at <= UTC_TIMESTAMP(6) ORDER BY b.id LIMIT " + due + ") d ON d.id = t.id"
                    + " SET t.next_escalation_at = d.next_escalation_at");
        }
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            String added = Files.readString(log).substring((int) Math.min(logFrom, Files.size(log)));
            Matcher m = PASS.matcher(added);
            int tickets = 0;
            int steps = 0;
            long ms = 0;
            while (m.find()) {
                steps += Integer.parseInt(m.group(1));
                tickets += Integer.parseInt(m.group(2));
                ms += Long.parseLong(m.group(3));
            }
            if (tickets >= due) {
                return new Measured(percent, due, tickets, steps, ms);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No escalation pass took the " + due + " due requests within 10 minutes");
    }

    /** After the run: the backlog gets its own moments back, as generated. */
    void restore() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("UPDATE tickets t JOIN bench_next_escalation b ON b.id = t.id"
                    + " SET t.next_escalation_at = b.next_escalation_at WHERE t.next_escalation_at = '" + PARKED + "'");
            s.execute("DROP TABLE bench_next_escalation");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}

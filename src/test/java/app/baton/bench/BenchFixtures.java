package app.baton.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the benchmark's calls are about, read from the generated database before the load: request
 * types and their departments, a member of each department, the clients' id range, former names,
 * ticket keys, and tickets still NEW for acknowledging (the created ones join them).
 */
final class BenchFixtures {

    record Type(long id, long departmentId) {
    }

    final List<Type> types = new ArrayList<>();
    final List<String> departmentCodes = new ArrayList<>();
    final Map<String, Long> memberByCode = new HashMap<>();
    final Map<Long, String> codeById = new HashMap<>();
    final List<String> formerNames = new ArrayList<>();
    final List<String> ticketKeys = new ArrayList<>();
    final ConcurrentLinkedQueue<String> newTickets = new ConcurrentLinkedQueue<>();
    /** The highest request id before the benchmark's own creates: {@link OwnRows} deletes what lies above. */
    long lastGeneratedTicket;
    long firstClient;
    long lastClient;
    long requesterId;
    long requestingDepartmentId;
    /**
     * Who Baton mails of a new request in each department (its address, then its active members):
     * the outbox rows of the create's transaction, which the ceiling writes too.
     */
    final Map<Long, List<MailTo>> newRequestMailByDepartment = new HashMap<>();

    /** One outbox row's addressee; {@code userId} null for the department's own address. */
    record MailTo(Long userId, String email) {
    }

    static BenchFixtures read(String jdbcUrl, String user, String password, String requesterEmail) throws SQLException {
        BenchFixtures f = new BenchFixtures();
        Random random = new Random(6);
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            query(c, "SELECT id, department_id FROM request_types WHERE active ORDER BY id",
                    rs -> f.types.add(new Type(rs.getLong(1), rs.getLong(2))));
            query(c, "SELECT d.id, d.code, MIN(ud.user_id) FROM departments d JOIN user_departments ud"
                    + " ON ud.department_id = d.id GROUP BY d.id, d.code ORDER BY d.code", rs -> {
                        f.departmentCodes.add(rs.getString(2));
                        f.codeById.put(rs.getLong(1), rs.getString(2));
                        f.memberByCode.put(rs.getString(2), rs.getLong(3));
                    });
            query(c, "SELECT id, email FROM departments WHERE email IS NOT NULL AND email <> ''", rs -> f
                    .newRequestMailByDepartment.computeIfAbsent(rs.getLong(1), d -> new ArrayList<>())
                    .add(new MailTo(null, rs.getString(2))));
            query(c, "SELECT ud.department_id, u.id, u.email FROM user_departments ud JOIN users u ON u.id = ud.user_id"
                    + " WHERE u.active ORDER BY ud.department_id, u.id", rs -> f.newRequestMailByDepartment
                            .computeIfAbsent(rs.getLong(1), d -> new ArrayList<>())
                            .add(new MailTo(rs.getLong(2), rs.getString(3))));
            query(c, "SELECT MIN(id), MAX(id) FROM clients", rs -> {
                f.firstClient = rs.getLong(1);
                f.lastClient = rs.getLong(2);
            });
            query(c, "SELECT u.id, MIN(ud.department_id) FROM users u JOIN user_departments ud ON ud.user_id = u.id"
                    + " WHERE u.email = '" + requesterEmail.replace("'", "") + "' GROUP BY u.id", rs -> {
                        f.requesterId = rs.getLong(1);
                        f.requestingDepartmentId = rs.getLong(2);
                    });
            query(c, "SELECT name FROM client_aliases WHERE kind = 'FORMER' ORDER BY RAND(6) LIMIT 1000",
                    rs -> f.formerNames.add(rs.getString(1)));
            long[] ids = new long[2];
            query(c, "SELECT MIN(id), MAX(id) FROM tickets", rs -> {
                ids[0] = rs.getLong(1);
                ids[1] = rs.getLong(2);
            });
            f.lastGeneratedTicket = ids[1];
            try (PreparedStatement s = c.prepareStatement("SELECT ticket_key FROM tickets WHERE id = ?")) {
                for (int i = 0; i < 2000 && ids[1] > 0; i++) {
                    s.setLong(1, ids[0] + (long) (random.nextDouble() * (ids[1] - ids[0] + 1)));
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            f.ticketKeys.add(rs.getString(1));
                        }
                    }
                }
            }
            query(c, "SELECT ticket_key FROM tickets WHERE status = 'NEW' ORDER BY created_at DESC LIMIT 100000",
                    rs -> f.newTickets.add(rs.getString(1)));
        }
        if (f.types.isEmpty() || f.formerNames.isEmpty() || f.ticketKeys.isEmpty() || f.requesterId == 0) {
            throw new IllegalStateException("The database holds no benchmark company: run the generator first");
        }
        return f;
    }

    Type anyType() {
        return types.get(ThreadLocalRandom.current().nextInt(types.size()));
    }

    /** A client as often as it has requests: the generator gives few clients many of them. */
    long activeClient() {
        double r = ThreadLocalRandom.current().nextDouble();
        return firstClient + (long) (r * r * (lastClient - firstClient + 1));
    }

    long anyClient() {
        return firstClient + ThreadLocalRandom.current().nextLong(lastClient - firstClient + 1);
    }

    <T> T any(List<T> items) {
        return items.get(ThreadLocalRandom.current().nextInt(items.size()));
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, Row row) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                row.accept(rs);
            }
        }
    }
}

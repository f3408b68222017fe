package app.baton.demo;

import app.baton.user.PasswordHasher;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Fills an empty database with the benchmark company ({@link BenchCompany}) through JDBC batches,
 * committing every few thousand requests. Run by {@code java -jar quarkus-run.jar generate}
 * (see {@link GenerateCommand}) and by the benchmark's smoke test.
 */
@ApplicationScoped
public class BenchData {

    /** Every generated member of staff signs in with this password; staff0@bench.baton is an administrator. */
    public static final String PASSWORD = BenchCompany.PASSWORD;
    public static final int DEFAULT_REQUESTS = 1_000_000;

    private static final Logger LOG = Logger.getLogger(BenchData.class);
    private static final int BATCH_SIZE = 2_000;

    public record Outcome(Map<String, Long> rows, Duration took) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PasswordHasher passwords;

    @Inject
    Clock clock;

    /** The email of the n-th generated member of staff. */
    public static String staffEmail(int n) {
        return BenchCompany.email(n);
    }

    /** Loads a company with this many requests into a database without departments or clients. */
    public Outcome load(long requests) {
        if (requests < 100 || requests > 20_000_000) {
            throw new IllegalArgumentException("requests must be between 100 and 20,000,000");
        }
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            if (hasBusinessData(connection)) {
                throw new IllegalStateException("The database already has departments or clients: generate into an"
                        + " empty one (drop and create it, the application migrates it at start)");
            }
            connection.setAutoCommit(false);
            try (Statement session = connection.createStatement()) {
                // The generator's rows are consistent by construction; checking each costs a third of the time.
                session.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            }
            BatchInserter inserter = new BatchInserter(connection, BATCH_SIZE);
            long[] lastReport = {System.nanoTime()};
            Runnable checkpoint = () -> {
                try {
                    inserter.flush();
                    connection.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not write the benchmark data", e);
                }
                if (System.nanoTime() - lastReport[0] > 10_000_000_000L) {
                    lastReport[0] = System.nanoTime();
                    LOG.infof("... %s", inserter.written());
                }
            };
            try {
                DemoCompany.FirstIds ids = new DemoCompany.FirstIds(nextId(connection, "users"),
                        nextId(connection, "departments"), nextId(connection, "request_types"),
                        nextId(connection, "clients"), nextId(connection, "contacts"), nextId(connection, "tickets"));
                BenchCompany company = new BenchCompany(BenchCompany.Size.of(requests), ids, clock.instant(),
                        passwords.hash(PASSWORD), inserter, checkpoint);
                company.write();
                checkpoint.run();
                app.baton.escalation.EscalationSchedule.scheduleWrittenTickets(connection);
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                inserter.close();
                try (Statement session = connection.createStatement()) {
                    session.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
                }
                connection.setAutoCommit(true);
            }
            try (Statement statement = connection.createStatement()) {
                // fresh statistics, so the plans measured are the ones a long-running database would have
                statement.execute("ANALYZE TABLE tickets, ticket_events, clients, client_aliases, contacts,"
                        + " client_search_tokens");
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            inserter.written().forEach((table, count) -> rows.put(table.table, count));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            LOG.infof("Generated the benchmark company in %d s: %s; sign in as %s with password %s",
                    took.toSeconds(), rows, staffEmail(0), PASSWORD);
            return new Outcome(rows, took);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the benchmark data", e);
        }
    }

    private static boolean hasBusinessData(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT (SELECT COUNT(*) FROM departments)"
                        + " + (SELECT COUNT(*) FROM clients)")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private static long nextId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

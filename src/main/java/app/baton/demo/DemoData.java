package app.baton.demo;

import app.baton.user.PasswordHasher;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo company (BATON_DEMO_DATA=true) into a database without business data, so a
 * newcomer has something to click through. Runs after the first administrator is created.
 */
@ApplicationScoped
public class DemoData {

    /** Shown on the login page while demo data is on. */
    public static final String PASSWORD = DemoCompany.PASSWORD;
    public static final String EMAIL_DOMAIN = DemoCompany.EMAIL_DOMAIN;


    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final int BATCH_SIZE = 1000;
    /** Serialises instances that start at the same time against one database. */
    private static final String LOCK = "baton.demo-data";

    /**
     * What one call did: loaded rows per table, or nothing because there was business data; how
     * long it took on the clock and in CPU time of the loading thread (which, unlike the clock,
     * does not grow when other processes share the machine).
     */
    public record Outcome(boolean loaded, Map<String, Long> rows, Duration took, Duration cpu) {
    }

    private static Duration cpuTime() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? Duration.ofNanos(threads.getCurrentThreadCpuTime())
                : Duration.ZERO;
    }

    @ConfigProperty(name = "baton.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PasswordHasher passwords;

    @Inject
    Clock clock;

    /** Promise history and reminder times for the promises written here. */
    @Inject
    app.baton.promise.PromiseBackfill promiseBackfill;

    private volatile Outcome lastLoad;

    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (!enabled) {
            return;
        }
        try {
            loadIfEmpty();
        } catch (RuntimeException e) {
            // The application is usable without demo data; say why it is missing and go on.
            LOG.error("Could not load the demo data", e);
        }
    }

    /** Loads the demo company unless departments or clients exist; all or nothing. */
    public Outcome loadIfEmpty() {
        long started = System.nanoTime();
        Duration cpuStarted = cpuTime();
        try (Connection connection = dataSource.getConnection()) {
            if (!lock(connection)) {
                return new Outcome(false, Map.of(), Duration.ofNanos(System.nanoTime() - started),
                        cpuTime().minus(cpuStarted));
            }
            try {
                connection.setAutoCommit(false);
                if (hasBusinessData(connection)) {
                    connection.rollback();
                    LOG.debug("Demo data not loaded: there are departments or clients already");
                    return new Outcome(false, Map.of(), Duration.ofNanos(System.nanoTime() - started),
                        cpuTime().minus(cpuStarted));
                }
                BatchInserter inserter = new BatchInserter(connection, BATCH_SIZE);
                try {
                    long hashing = System.nanoTime();
                    String passwordHash = passwords.hash(DemoCompany.PASSWORD);
                    long generating = System.nanoTime();
                    new DemoCompany(firstIds(connection), clock.instant(), passwordHash, inserter).write();
                    long flushing = System.nanoTime();
                    inserter.flush();
                    promiseBackfill.complete(connection, clock.instant());
                    // written by JDBC, past the ticket service: put their clocks on the ladder
                    app.baton.escalation.EscalationSchedule.scheduleWrittenTickets(connection);
                    long committing = System.nanoTime();
                    connection.commit();
                    LOG.debugf("Demo data: hash %d ms, generate %d ms, flush %d ms, commit %d ms",
                            (generating - hashing) / 1_000_000, (flushing - generating) / 1_000_000,
                            (committing - flushing) / 1_000_000, (System.nanoTime() - committing) / 1_000_000);
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    inserter.close();
                    connection.setAutoCommit(true);
                }
                Map<String, Long> rows = new java.util.LinkedHashMap<>();
                inserter.written().forEach((table, count) -> rows.put(table.table, count));
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                Duration cpu = cpuTime().minus(cpuStarted);
                LOG.infof("Loaded the demo company in %d ms (%d ms CPU): %s; log in as rasa@%s with password %s",
                        took.toMillis(), cpu.toMillis(), rows, DemoCompany.EMAIL_DOMAIN, DemoCompany.PASSWORD);
                lastLoad = new Outcome(true, rows, took, cpu);
                return lastLoad;
            } finally {
                unlock(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the demo data", e);
        }
    }

    /** The last load that wrote rows, for tests and diagnostics; null if none did. */
    public Outcome lastLoad() {
        return lastLoad;
    }

    private static boolean hasBusinessData(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT (SELECT COUNT(*) FROM departments)"
                        + " + (SELECT COUNT(*) FROM clients)")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /** Ids continue after whatever rows exist (the first administrator, deleted rows). */
    private static DemoCompany.FirstIds firstIds(Connection connection) throws SQLException {
        return new DemoCompany.FirstIds(nextId(connection, "users"), nextId(connection, "departments"),
                nextId(connection, "request_types"), nextId(connection, "clients"),
                nextId(connection, "contacts"), nextId(connection, "tickets"));
    }

    private static long nextId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean lock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, 30)")) {
            statement.setString(1, LOCK);
            try (ResultSet rs = statement.executeQuery()) {
                boolean locked = rs.next() && rs.getInt(1) == 1;
                if (!locked) {
                    LOG.warn("Demo data not loaded: another instance held the lock for 30 s");
                }
                return locked;
            }
        }
    }

    private static void unlock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, LOCK);
            statement.execute();
        }
    }
}

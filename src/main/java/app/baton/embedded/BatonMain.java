package app.baton.embedded;

import app.baton.demo.GenerateCommand;
import io.quarkus.runtime.Application;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import org.jboss.logging.Logger;

/**
 * Baton's entry point: when no database is configured it first starts the embedded MariaDB
 * (see {@link EmbeddedDatabase}) and points the datasource at it, then runs Quarkus. The
 * datasource and Flyway are created during Quarkus's boot, so this cannot be a startup bean.
 * Tests ({@code @QuarkusTest}) do not go through here.
 */
@QuarkusMain
public class BatonMain {

    private static final Logger LOG = Logger.getLogger(BatonMain.class);

    public static void main(String... args) {
        // the build's AppCDS run (quarkus.package.jar.appcds) only loads classes: no database wanted
        if (EmbeddedDatabase.wanted() && !Boolean.getBoolean("quarkus.appcds.generate")) {
            EmbeddedDatabase database;
            try {
                database = EmbeddedDatabase.start();
            } catch (Exception e) {
                // before Quarkus starts its log manager a logged error may go nowhere: say it on stderr too
                System.err.println("Baton: could not start the embedded MariaDB: " + e.getMessage());
                LOG.error("Could not start the embedded MariaDB. If an earlier Baton was killed, its mariadbd may "
                        + "still hold the data directory (see pgrep -af mariadbd). Set QUARKUS_DATASOURCE_JDBC_URL "
                        + "to use an existing server, or BATON_EMBEDDED_DB_DATA_DIR for another data directory.", e);
                System.exit(1);
                return;
            }
            database.configureDatasource();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterQuarkus(database), "baton-embedded-db-stop"));
        }
        if (args.length > 0 && args[0].equals("generate")) {
            // Benchmark data (docs/performance.md): no HTTP port of its own, so it runs beside a live Baton.
            System.setProperty("quarkus.http.port", "0");
            Quarkus.run(GenerateCommand.class, BatonMain::exit, args);
            return;
        }
        if (args.length > 0 && args[0].equals("train-start")) {
            // deploy/baton-start-archive.sh: a start whose only product is the class-data archive
            try {
                TrainingStart.settings().forEach(System::setProperty);
            } catch (IOException e) {
                System.err.println("Baton: no free loopback port for the training start: " + e.getMessage());
                System.exit(1);
                return;
            }
            Quarkus.run(TrainingStart.class, BatonMain::exit, args);
            return;
        }
        Quarkus.run(args);
    }

    /**
     * The end of a command (generate, train-start). A start that failed (no database, say) hands
     * its failure here instead of logging it, so it is printed before the exit.
     */
    private static void exit(int code, Throwable failure) {
        if (failure != null) {
            System.err.println("Baton: the start failed:");
            failure.printStackTrace();
        }
        System.exit(code);
    }

    /** Quarkus closes its connections in its own shutdown hook; the server goes after that. */
    private static void stopAfterQuarkus(EmbeddedDatabase database) {
        Application application = Application.currentApplication();
        if (application != null) {
            Thread waiter = new Thread(application::awaitShutdown, "baton-await-quarkus-stop");
            waiter.setDaemon(true);
            waiter.start();
            try {
                waiter.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        database.stop();
    }
}

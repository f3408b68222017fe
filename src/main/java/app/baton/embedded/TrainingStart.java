package app.baton.embedded;

import app.baton.ticket.ListQueryWarmup;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code java -XX:ArchiveClassesAtExit=start.jsa -jar quarkus-run.jar train-start}: a start of
 * Baton made only so that the JVM records every class a start loads in a class-data archive, which
 * the real start then maps instead of loading and verifying those classes one by one
 * (deploy/baton-start-archive.sh runs it before a start whose jars changed; docs/performance.md,
 * "A trained class-data archive"). Quarkus's own archive (app-cds.jsa, made by the build) holds
 * only the classes of its static initialisation, because the build has no database; this one also
 * holds those of Flyway, Hibernate's boot, the first request and the list queries' parse.
 *
 * <p>It starts as a real start does, against the configured database (so it migrates the schema,
 * as the start after it would), but with the scheduled passes off, so that it sends no mail and
 * escalates nothing, and with HTTP on a free loopback port, so that it can run beside anything. It
 * asks itself for the readiness check and the sign-in page, waits for the list queries' background
 * parse ({@link ListQueryWarmup}), and ends; the JVM writes the archive as it exits.
 */
public class TrainingStart implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(TrainingStart.class);

    /** What a first visitor asks for: the load balancer's check, then the sign-in page. */
    private static final List<String> FIRST_REQUESTS = List.of("/q/health/ready", "/login");

    @Inject
    ListQueryWarmup warmup;

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    /**
     * Settings for the training start, to be set as system properties, which outrank the
     * environment: an installation's BATON_MAIL_EVERY and the like cannot switch the passes back on.
     */
    static Map<String, String> settings() throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("quarkus.http.host", "127.0.0.1");
        settings.put("quarkus.http.port", String.valueOf(freeLoopbackPort()));
        for (String pass : List.of("baton.escalation.every", "baton.promises.every", "baton.mail.every",
                "baton.mail.retention.every", "baton.digest.cron")) {
            settings.put(pass, "off");
        }
        return settings;
    }

    /** Port 0 would do for the server, but then this class could not tell which port it got. */
    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public int run(String... args) throws InterruptedException {
        for (String path : FIRST_REQUESTS) {
            try {
                int status = get(path);
                if (status != 200) {
                    LOG.errorf("Training start: %s answered %d instead of 200", path, status);
                    return 1;
                }
            } catch (IOException e) {
                LOG.errorf(e, "Training start: could not ask for %s", path);
                return 1;
            }
        }
        try {
            int texts = warmup.finished().get(5, TimeUnit.MINUTES);
            LOG.infof("Training start done: %d list queries parsed; the JVM writes its class-data archive as it exits",
                    texts);
            return 0;
        } catch (ExecutionException | TimeoutException e) {
            LOG.errorf(e, "Training start: the list queries' parse did not finish");
            return 1;
        }
    }

    private int get(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL()
                .openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(60_000);
        connection.setInstanceFollowRedirects(false);
        try {
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            return status;
        } finally {
            connection.disconnect();
        }
    }
}

package app.baton.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.baton.ticket.ListQueryWarmup;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The training start (deploy/baton-start-archive.sh) is a start of Baton whose product is a
 * class-data archive: it must touch what a first visitor touches and end well, fail loudly when it
 * cannot, and do nothing an installation's users would notice (no mail, no escalation, no port
 * anyone else can reach).
 */
@QuarkusTest
class TrainingStartTest {

    @Inject
    ListQueryWarmup warmup;

    @TestHTTPResource("/")
    URL running;

    @Test
    void asksForTheReadinessCheckAndTheSignInPageAndEndsWell() throws Exception {
        assertEquals(0, trainingStartOn(running.getPort()).run("train-start"));
    }

    @Test
    void failsWhenItCannotReachItself() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        // a non-zero exit: the script then throws the archive away and keeps the build's
        assertEquals(1, trainingStartOn(closed).run("train-start"));
    }

    @Test
    void sendsNoMailEscalatesNothingAndListensOnlyOnLoopback() throws Exception {
        Map<String, String> settings = TrainingStart.settings();
        assertEquals("off", settings.get("baton.mail.every"));
        assertEquals("off", settings.get("baton.mail.retention.every"));
        assertEquals("off", settings.get("baton.escalation.every"));
        assertEquals("off", settings.get("baton.promises.every"));
        assertEquals("off", settings.get("baton.digest.cron"));
        assertEquals("127.0.0.1", settings.get("quarkus.http.host"));
        // a port nobody holds, so that it can run beside a live Baton
        int port = Integer.parseInt(settings.get("quarkus.http.port"));
        try (ServerSocket free = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, free.getLocalPort());
        }
    }

    private TrainingStart trainingStartOn(int port) {
        TrainingStart training = new TrainingStart();
        training.warmup = warmup;
        training.port = port;
        return training;
    }
}

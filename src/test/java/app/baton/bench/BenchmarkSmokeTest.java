package app.baton.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.bench.LoadDriver.Result;
import app.baton.demo.BenchData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's own code, tiny and quick, so it keeps working between real runs: the generator
 * fills an empty database with a small company, and every scenario and the bare-JDBC ceiling run
 * for a moment at two concurrency levels without a single failed call.
 */
@QuarkusTest
@TestProfile(BenchmarkSmokeTest.EmptyDatabase.class)
class BenchmarkSmokeTest {

    /** Its own application start, so Flyway hands it an empty database (other tests leave rows behind). */
    public static class EmptyDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("baton.demo-data", "false");
        }
    }

    @Inject
    BenchData data;

    @TestHTTPResource("/")
    URL baton;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Test
    void generatedCompanyIsServedAndEveryScenarioRunsWithoutErrors() throws Exception {
        String dbPassword = password.orElse("");
        BenchData.Outcome outcome = data.load(400);
        assertEquals(400L, outcome.rows().get("tickets"));
        assertTrue(outcome.rows().get("ticket_events") >= 600, "about two events a request: " + outcome.rows());
        assertEquals(100L, outcome.rows().get("client_aliases"), "two aliases for each of the 50 clients");

        BatonHttp http = new BatonHttp(baton.toString());
        http.login(BenchData.staffEmail(0), BenchData.PASSWORD);
        BenchFixtures fixtures = BenchFixtures.read(jdbcUrl, dbUser, dbPassword, BenchData.staffEmail(0));
        // a client is found by its former name, as the search scenario asks
        String former = fixtures.formerNames.get(0);
        assertTrue(http.get("/api/clients?q=" + BatonHttp.urlEncoded(former)).contains("\"total\":1"),
                "one client has the former name " + former);

        int[] levels = {1, 2};
        LoadDriver driver = new LoadDriver(Duration.ofMillis(100), Duration.ofMillis(400));
        BenchmarkScenarios scenarios = new BenchmarkScenarios(http, fixtures, driver, jdbcUrl, dbUser, dbPassword);
        List<Result> results = scenarios.run(levels, r -> { });
        assertEquals(16, results.size(), "8 scenarios at 2 levels");
        for (Result result : results) {
            assertEquals(0, result.errors(), result.name() + " at " + result.clients() + ": " + result.firstError());
            assertTrue(result.calls() > 0, result.name() + " at " + result.clients() + " made no call");
            assertTrue(result.p50Ms() <= result.p99Ms());
        }
        // the read scenarios and the escalation timing read the company as generated: the creates are gone again
        assertTrue(scenarios.ownRowsDeleted() > 0, "the create scenarios wrote requests");
        assertEquals(fixtures.lastGeneratedTicket, OwnRows.highestTicketId(jdbcUrl, dbUser, dbPassword));
        try (var c = java.sql.DriverManager.getConnection(jdbcUrl, dbUser, dbPassword); var s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*), (SELECT COUNT(*) FROM outbox o WHERE o.ticket_id > "
                        + fixtures.lastGeneratedTicket + ") FROM tickets")) {
            rs.next();
            assertEquals(400L, rs.getLong(1), "the generated requests, and only those");
            assertEquals(0L, rs.getLong(2), "no mail of a deleted request is left to send");
        }
        String report = new BenchReport().results(results).ratios(results, levels).toString();
        assertTrue(report.contains("| 2 |"), report);
        // the start's figures the report gives, read from /proc for a process that has run for a while
        ProcessHandle self = ProcessHandle.current();
        assertTrue(BenchmarkCommand.cpuMs(self) > 0, "CPU used by this JVM so far");
        assertTrue(BenchmarkCommand.rssMb(self.pid()) > 0, "resident memory of this JVM");
    }
}

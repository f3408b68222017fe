package app.baton.bench;

import app.baton.bench.LoadDriver.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measured calls, each at every concurrency level: creating a request through the API beside
 * the bare-JDBC ceiling of the same transaction, acknowledging, a department's overdue queue, client
 * search by a former name, a client's timeline and one request. Used by the benchmark command and,
 * tiny, by its smoke test.
 */
final class BenchmarkScenarios {

    static final String CREATE = "create request (POST /api/tickets)";
    static final String CEILING = "create request, bare JDBC ceiling";
    /** The HTML overdue queue of a department ({code}); the requests page filtered alike is /tickets?overdue=true&department={code}. */
    static final String QUEUE_PAGE = "/queues/{code}?view=overdue";
    static final List<String> ALL = List.of("create", "acknowledge", "queue", "queue-page", "search", "timeline",
            "request");
    /** The scenarios that add requests (acknowledge makes one when it runs out of NEW requests). */
    private static final List<String> WRITING = List.of("create", "acknowledge");
    private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");

    private final BatonHttp http;
    private final BenchFixtures fixtures;
    private final LoadDriver driver;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private List<String> only = ALL;
    private String queuePage = QUEUE_PAGE;
    private boolean keepOwnRows;
    private long ownRowsDeleted = -1;
    private long ownRowsDeleteMs;

    BenchmarkScenarios(BatonHttp http, BenchFixtures fixtures, LoadDriver driver, String jdbcUrl, String dbUser,
            String dbPassword) {
        this.http = http;
        this.fixtures = fixtures;
        this.driver = driver;
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
    }

    /** A comma-separated choice of {@link #ALL}; blank for all of them. */
    BenchmarkScenarios only(String scenarios) {
        if (scenarios != null && !scenarios.isBlank()) {
            only = List.of(scenarios.split("\\s*,\\s*"));
            only.stream().filter(s -> !ALL.contains(s)).findAny().ifPresent(s -> {
                throw new IllegalArgumentException("no scenario " + s + "; known: " + ALL);
            });
        }
        return this;
    }

    BenchmarkScenarios queuePage(String pathWithCode) {
        queuePage = pathWithCode;
        return this;
    }

    /**
     * Leaves the requests the create scenarios (and the warm-up's creates) wrote in the company;
     * by default they are deleted before the first read scenario (see {@link OwnRows}).
     */
    BenchmarkScenarios keepOwnRows(boolean keep) {
        keepOwnRows = keep;
        return this;
    }

    /** How many of its own requests the run deleted, -1 if it kept them; and how long that took. */
    long ownRowsDeleted() {
        return ownRowsDeleted;
    }

    long ownRowsDeleteMs() {
        return ownRowsDeleteMs;
    }

    /** Each measured operation by its scenario name (create's ceiling is run beside it). */
    private java.util.Map<String, java.util.Map.Entry<String, LoadDriver.Operation>> operations() {
        java.util.Map<String, java.util.Map.Entry<String, LoadDriver.Operation>> all = new java.util.LinkedHashMap<>();
        all.put("create", java.util.Map.entry(CREATE, w -> create()));
        all.put("acknowledge", java.util.Map.entry("acknowledge (POST /api/tickets/{key}/acknowledge)", w -> acknowledge()));
        all.put("queue", java.util.Map.entry("overdue queue (GET /api/queues/{dept}?view=overdue)",
                w -> http.get("/api/queues/" + fixtures.any(fixtures.departmentCodes) + "?view=overdue")));
        all.put("queue-page", java.util.Map.entry("overdue queue, HTML page (GET " + queuePage + ")",
                w -> http.page(queuePage.replace("{code}", fixtures.any(fixtures.departmentCodes)))));
        all.put("search", java.util.Map.entry("client search by former name (GET /api/clients?q=)",
                w -> http.get("/api/clients?q=" + BatonHttp.urlEncoded(fixtures.any(fixtures.formerNames)))));
        all.put("timeline", java.util.Map.entry("client timeline (GET /api/clients/{id}/timeline)",
                w -> http.get("/api/clients/" + fixtures.activeClient() + "/timeline")));
        all.put("request", java.util.Map.entry("one request (GET /api/tickets/{key})",
                w -> http.get("/api/tickets/" + fixtures.any(fixtures.ticketKeys))));
        all.keySet().retainAll(only);
        return all;
    }

    /**
     * Runs every chosen operation for {@code seconds} at 4 clients, results dropped, before any
     * level is measured: the JIT compiles the whole application's hot code first, so that the
     * first scenario (create) is not measured on a half-compiled JVM while the later ones are not.
     */
    BenchmarkScenarios warmAll(long seconds) throws Exception {
        if (seconds > 0) {
            LoadDriver warm = new LoadDriver(java.time.Duration.ofSeconds(seconds), java.time.Duration.ofMillis(1));
            for (var operation : operations().values()) {
                warm.run(operation.getKey(), 4, operation.getValue());
            }
        }
        return this;
    }

    List<Result> run(int[] levels, Consumer<Result> progress) throws Exception {
        List<Result> results = new ArrayList<>();
        Consumer<Result> add = r -> {
            results.add(r);
            progress.accept(r);
        };
        for (var scenario : operations().entrySet()) {
            if (!WRITING.contains(scenario.getKey())) {
                deleteOwnRows();
            }
            for (int clients : levels) {
                add.accept(driver.run(scenario.getValue().getKey(), clients, scenario.getValue().getValue()));
                if (scenario.getKey().equals("create")) {
                    // Baton and its ceiling side by side at each level, so both see the same machine.
                    try (CreateCeiling ceiling = new CreateCeiling(jdbcUrl, dbUser, dbPassword, clients, fixtures)) {
                        add.accept(driver.run(CEILING, clients, ceiling::create));
                    }
                }
            }
        }
        deleteOwnRows();
        return results;
    }

    /** Once, after the scenarios that add requests: the company as generated for what follows. */
    private void deleteOwnRows() throws java.sql.SQLException {
        if (keepOwnRows || ownRowsDeleted >= 0) {
            return;
        }
        long started = System.nanoTime();
        ownRowsDeleted = OwnRows.delete(jdbcUrl, dbUser, dbPassword, fixtures.lastGeneratedTicket);
        ownRowsDeleteMs = (System.nanoTime() - started) / 1_000_000;
    }

    private void create() throws Exception {
        BenchFixtures.Type type = fixtures.anyType();
        String answer = http.post("/api/tickets", "{\"type\":" + type.id() + ",\"title\":"
                + BatonHttp.json("Benchmark request " + ThreadLocalRandom.current().nextInt(1000))
                + ",\"description\":\"Created by the benchmark through the API.\",\"client\":" + fixtures.anyClient()
                + "}", 201);
        Matcher key = KEY.matcher(answer);
        if (key.find()) {
            fixtures.newTickets.add(key.group(1));
        }
    }

    private void acknowledge() throws Exception {
        String key = fixtures.newTickets.poll();
        while (key == null) {
            // Out of NEW requests: make one, untimed (it lowers this row's calls per second, not its latency).
            create();
            key = fixtures.newTickets.poll();
        }
        LoadDriver.restartClock();
        String code = key.substring(0, key.lastIndexOf('-'));
        http.post("/api/tickets/" + key + "/acknowledge", "{\"assignee\":" + fixtures.memberByCode.get(code) + "}", 200);
    }
}

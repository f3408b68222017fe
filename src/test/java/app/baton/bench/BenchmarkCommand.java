package app.baton.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.baton.bench.LoadDriver.Result;
import app.baton.demo.BenchData;
import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark, one run (docs/performance.md says how to call it): starts the packaged
 * application against a generated database, times it to ready, drives it over loopback at 1, 4,
 * 16 and 64 concurrent clients beside the bare-JDBC ceiling, reads its resident memory and
 * writes target/bench/report.md. It is a JUnit class only so that Maven runs it with the test
 * classpath offline; without -Dbench.db it is skipped, so the normal test run never starts it.
 *
 * <pre>
 * ./mvnw -B -DskipTests package
 * ./mvnw -B test -Dtest=BenchmarkCommand -Dbench.db=jdbc:mariadb://127.0.0.1:3307/baton_bench
 * </pre>
 * Options: -Dbench.levels=1,4,16,64 -Dbench.warmup=3 -Dbench.seconds=10 (per level)
 * -Dbench.scenarios=create,acknowledge,queue,queue-page,search,timeline,request (default: all)
 * -Dbench.queue-page=/tickets?overdue=true&amp;department={code} (default: /queues/{code}?view=overdue)
 * -Dbench.keep-own-rows=true (keep the requests the create scenarios wrote; deleted before the read
 * scenarios by default since the seventeenth session, kept in runs 1-30)
 * -Dbench.skip-escalation=true -Dbench.escalation-percents=1,10
 * -Dbench.jar=target/quarkus-app/quarkus-run.jar -Dbench.java-options="-Xmx512m" -Dbench.db-user=root
 * -Dbench.archive=trained (default, as deploy/baton.service: the class-data archive of a whole
 * start that deploy/baton-start-archive.sh makes under target/bench/cds once per jar), =build (the
 * build's app-cds.jsa beside the jar) or =none
 * -Dbench.db-password=
 */
class BenchmarkCommand {

    @Test
    void run() throws Exception {
        String db = System.getProperty("bench.db");
        assumeTrue(db != null && !db.isBlank(), "the benchmark runs only when -Dbench.db is given");
        String dbUser = System.getProperty("bench.db-user", "root");
        String dbPassword = System.getProperty("bench.db-password", "");
        int[] levels = ints("bench.levels", "1,4,16,64");
        LoadDriver driver = new LoadDriver(Duration.ofSeconds(Long.getLong("bench.warmup", 3)),
                Duration.ofSeconds(Long.getLong("bench.seconds", 10)));
        File jar = new File(System.getProperty("bench.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!jar.isFile()) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -B -DskipTests package first");
        }
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // the test's own java: the training start and Baton must run on the same Java build
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(javaCommand));
        String javaOptions = System.getProperty("bench.java-options", "");
        if (!javaOptions.isBlank()) {
            command.addAll(Arrays.asList(javaOptions.trim().split("\\s+")));
        }
        // as deploy/baton.service runs it: from its directory (the JVM accepts a class-data archive only
        // with the same relative class path), with the archive its ExecStartPre makes
        File appDirectory = jar.getAbsoluteFile().getParentFile();
        String archive = System.getProperty("bench.archive", "trained");
        if (archive.equals("trained")) {
            command.add("-XX:SharedArchiveFile=" + trainedArchive(appDirectory, javaCommand, javaOptions, db, dbUser, dbPassword));
        } else if (archive.equals("build") && new File(appDirectory, "app-cds.jsa").isFile()) {
            command.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        command.addAll(List.of("-jar", jar.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(appDirectory).redirectErrorStream(true)
                .redirectOutput(out.resolve("baton.log").toAbsolutePath().toFile());
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", db);
        builder.environment().put("BATON_DB_USER", dbUser);
        builder.environment().put("BATON_DB_PASSWORD", dbPassword);
        builder.environment().put("BATON_EMBEDDED_DB", "false");
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        // the pass looks every second, so that its timing below waits little; nothing is due during the load
        builder.environment().put("BATON_ESCALATION_EVERY", "1s");
        // no SMTP server here: a sender retrying the mails the load writes would only add noise
        builder.environment().put("BATON_MAIL_EVERY", "off");
        // e.g. -Dbench.env=MALLOC_ARENA_MAX=2 to try the C library's allocator settings on the application
        for (String assignment : System.getProperty("bench.env", "").split(",")) {
            int equals = assignment.indexOf('=');
            if (equals > 0) {
                builder.environment().put(assignment.substring(0, equals).trim(), assignment.substring(equals + 1).trim());
            }
        }
        EscalationTiming escalation = new EscalationTiming(db, dbUser, dbPassword);
        escalation.park();

        BenchReport report = new BenchReport();
        report.line("# Benchmark run " + Instant.now()).line("")
                .line("- database: `" + db + "`, application: `" + String.join(" ", command) + "`")
                .line("- load average before: " + Files.readString(Path.of("/proc/loadavg")).trim());
        BatonHttp http = new BatonHttp("http://127.0.0.1:" + port);
        long started = System.nanoTime();
        Process baton = builder.start();
        try {
            while (http.status("/q/health/ready") != 200) {
                if (!baton.isAlive()) {
                    throw new IllegalStateException("Baton exited with " + baton.exitValue() + ": see " + out
                            .resolve("baton.log"));
                }
                if (System.nanoTime() - started > 120_000_000_000L) {
                    throw new IllegalStateException("Baton not ready after 120 s: see " + out.resolve("baton.log"));
                }
                Thread.sleep(10);
            }
            long readyMs = (System.nanoTime() - started) / 1_000_000;
            report.line("- `java -jar` to ready (/q/health/ready answers 200): " + readyMs + " ms, "
                    + cpuMs(baton.toHandle()) + " ms of CPU (the figure a busy machine cannot stretch)")
                    .line("- resident memory when ready: " + rssMb(baton.pid()) + " MB");

            http.login(BenchData.staffEmail(0), BenchData.PASSWORD);
            BenchFixtures fixtures = BenchFixtures.read(db, dbUser, dbPassword, BenchData.staffEmail(0));
            report.line("- fixtures: " + fixtures.types.size() + " request types, " + fixtures.departmentCodes.size()
                    + " departments, clients " + fixtures.firstClient + ".." + fixtures.lastClient + ", "
                    + fixtures.newTickets.size() + " NEW requests to acknowledge before the creates add theirs")
                    .line("- the ceiling writes " + ("false".equals(System.getProperty("bench.ceiling-mail"))
                            ? "the ticket and its event only (`-Dbench.ceiling-mail=false`, the ceiling of runs 1-15)"
                            : "the ticket with its next escalation moment, its event and the new-request mail's outbox"
                                    + " rows, as Baton's create does"));
            BenchmarkScenarios scenarios = new BenchmarkScenarios(http, fixtures, driver, db, dbUser, dbPassword);
            List<Result> results = scenarios
                    .only(System.getProperty("bench.scenarios", ""))
                    .keepOwnRows(Boolean.getBoolean("bench.keep-own-rows"))
                    .queuePage(System.getProperty("bench.queue-page", BenchmarkScenarios.QUEUE_PAGE))
                    .warmAll(Long.getLong("bench.jit-warmup", 5))
                    .run(levels, r -> System.out.printf("%-55s %3d clients: %8.1f/s p50 %7.1f p95 %7.1f p99 %7.1f ms,"
                            + " %d errors, load %s%n", r.name(), r.clients(), r.perSecond(), r.p50Ms(), r.p95Ms(),
                            r.p99Ms(), r.errors(), r.load()));
            report.line(scenarios.ownRowsDeleted() < 0
                    ? "- the requests the create scenarios wrote stay in the company (`-Dbench.keep-own-rows=true`): the read"
                            + " scenarios and the escalation timing read them too"
                    : "- the requests the create scenarios wrote (" + scenarios.ownRowsDeleted() + ", Baton's and the"
                            + " ceiling's) were deleted before the read scenarios, InnoDB's purge of them awaited, in "
                            + scenarios.ownRowsDeleteMs() + " ms: those read the company as generated");
            report.line("- resident memory after the load: " + rssMb(baton.pid()) + " MB")
                    .line("- load average after the load: " + Files.readString(Path.of("/proc/loadavg")).trim());
            if (javaOptions.contains("NativeMemoryTracking")) {
                // where the resident memory went (heap, metaspace, threads, code cache, ...), per the JVM
                Path nmt = out.resolve("native-memory.txt");
                new ProcessBuilder("jcmd", String.valueOf(baton.pid()), "VM.native_memory", "summary")
                        .redirectErrorStream(true).redirectOutput(nmt.toFile()).start().waitFor();
                report.line("- the JVM's own account of its memory after the load: `" + nmt + "`");
                // and the kernel's, per mapping: what the JVM does not count (malloc arenas, libraries, jars)
                Files.copy(Path.of("/proc", String.valueOf(baton.pid()), "smaps"), out.resolve("smaps.txt"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (!Boolean.getBoolean("bench.skip-escalation")) {
                for (int percent : ints("bench.escalation-percents", "1,10")) {
                    EscalationTiming.Measured m = escalation.measure(percent, out.resolve("baton.log"));
                    String line = "- escalation pass with " + percent + "% of the open requests due (" + m.due()
                            + " requests): " + m.passMs() + " ms for " + m.steps() + " steps on " + m.tickets()
                            + " requests; load " + Files.readString(Path.of("/proc/loadavg")).trim();
                    System.out.println(line);
                    report.line(line);
                }
            }
            report.line("").line("## Throughput and latency (first every scenario " + Long.getLong("bench.jit-warmup", 5)
                    + " s at 4 clients, unmeasured; then per level warm-up " + driver
                    + "; closed loop, each client calls again at once)").line("")
                    .results(results).line("## Create request against the bare-JDBC ceiling").line("")
                    .ratios(results, levels);
        } finally {
            baton.destroy();
            if (!baton.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                baton.destroyForcibly();
            }
            escalation.restore();
        }
        Files.writeString(out.resolve("report.md"), report.toString());
        System.out.println(report);
    }

    /**
     * Has deploy/baton-start-archive.sh make (once per jar and JVM options: it keeps a stamp) the
     * class-data archive of a whole start that the unit's ExecStartPre makes, and answers its path.
     */
    private static String trainedArchive(File appDirectory, String javaCommand, String javaOptions, String db, String dbUser,
            String dbPassword) throws java.io.IOException, InterruptedException {
        Path archives = Path.of("target", "bench", "cds").toAbsolutePath();
        Files.createDirectories(archives);
        Path said = archives.resolve("script.log");
        // into a file, not inherited: Surefire takes a forked test's own stdout for its channel
        ProcessBuilder script = new ProcessBuilder(Path.of("deploy", "baton-start-archive.sh").toAbsolutePath().toString(),
                javaCommand)
                .directory(appDirectory).redirectErrorStream(true).redirectOutput(said.toFile());
        script.environment().put("BATON_ARCHIVE_DIR", archives.toString());
        script.environment().put("BATON_JAVA_OPTS", javaOptions.trim());
        script.environment().put("QUARKUS_DATASOURCE_JDBC_URL", db);
        script.environment().put("BATON_DB_USER", dbUser);
        script.environment().put("BATON_DB_PASSWORD", dbPassword);
        script.environment().put("BATON_EMBEDDED_DB", "false");
        script.start().waitFor();
        Files.readAllLines(said).forEach(System.out::println);
        return archives.resolve("current.jsa").toString();
    }

    /** A comma-separated list of numbers from a system property. */
    private static int[] ints(String property, String defaults) {
        return Arrays.stream(System.getProperty(property, defaults).split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    }

    /** User and system CPU the process has used so far (the JDK reads it from /proc); -1 if unknown. */
    static long cpuMs(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    /** VmRSS of the process, from /proc. */
    static long rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }
}

package app.baton.bench;

import app.baton.bench.LoadDriver.Result;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The benchmark's figures as Markdown tables, the form docs/performance.md keeps them in. */
final class BenchReport {

    private final StringBuilder text = new StringBuilder();

    BenchReport line(String line) {
        text.append(line).append('\n');
        return this;
    }

    BenchReport results(List<Result> results) {
        line("| operation | clients | calls | errors | per second | p50 ms | p95 ms | p99 ms | max ms | load avg |");
        line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Result r : results) {
            line(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |", r.name(),
                    r.clients(), r.calls(), r.errors(), r.perSecond(), r.p50Ms(), r.p95Ms(), r.p99Ms(), r.maxMs(),
                    r.load()));
        }
        results.stream().filter(r -> r.firstError() != null).forEach(
                r -> line("- first error of " + r.name() + " at " + r.clients() + ": `" + r.firstError() + "`"));
        line("");
        return this;
    }

    /** Baton's create throughput as a share of the bare-JDBC ceiling, per concurrency level. */
    BenchReport ratios(List<Result> results, int[] levels) {
        line("| clients | Baton creates/s | bare JDBC creates/s | Baton / ceiling |");
        line("| ---: | ---: | ---: | ---: |");
        for (int clients : levels) {
            Optional<Result> baton = find(results, BenchmarkScenarios.CREATE, clients);
            Optional<Result> ceiling = find(results, BenchmarkScenarios.CEILING, clients);
            if (baton.isPresent() && ceiling.isPresent()) {
                line(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.0f%% |", clients, baton.get().perSecond(),
                        ceiling.get().perSecond(), 100 * ratio(baton.get(), ceiling.get())));
            }
        }
        line("");
        return this;
    }

    static double ratio(Result baton, Result ceiling) {
        return ceiling.perSecond() == 0 ? 0 : baton.perSecond() / ceiling.perSecond();
    }

    static Optional<Result> find(List<Result> results, String name, int clients) {
        return results.stream().filter(r -> r.name().equals(name) && r.clients() == clients).findFirst();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

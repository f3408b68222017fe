package app.baton.demo;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;

/**
 * {@code java -jar quarkus-run.jar generate [--requests=N]}: starts Baton (which migrates the
 * schema), fills the empty database with the benchmark company of N requests (default
 * 1,000,000) and exits. See docs/performance.md.
 */
public class GenerateCommand implements QuarkusApplication {

    @Inject
    BenchData data;

    @Override
    public int run(String... args) {
        long requests = BenchData.DEFAULT_REQUESTS;
        for (String arg : args) {
            if (arg.startsWith("--requests=")) {
                requests = Long.parseLong(arg.substring("--requests=".length()).replace("_", ""));
            } else if (!arg.equals("generate")) {
                System.err.println("usage: generate [--requests=N]   (N from 100 to 20000000, default 1000000)");
                return 2;
            }
        }
        try {
            data.load(requests);
            return 0;
        } catch (RuntimeException e) {
            System.err.println("Could not generate: " + e.getMessage());
            e.printStackTrace();
            return 1;
        }
    }
}

package app.baton.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A closed-loop load: N workers each call the operation again as soon as it returns, first for a
 * warm-up whose results are dropped, then for the measured time. Latencies go into an HdrHistogram
 * (microseconds); a failed call counts as an error and not as a latency.
 */
final class LoadDriver {

    /** One call of the measured operation; worker is 0..clients-1. */
    @FunctionalInterface
    interface Operation {
        void call(int worker) throws Exception;
    }

    record Result(String name, int clients, long calls, long errors, double perSecond, double p50Ms, double p95Ms,
            double p99Ms, double maxMs, String firstError, String load) {
    }

    /** Where the current call's measured part began, when it prepared something first. */
    private static final ThreadLocal<Long> MEASURED_FROM = new ThreadLocal<>();

    /** Called by an operation after untimed preparation: its latency counts from here. */
    static void restartClock() {
        MEASURED_FROM.set(System.nanoTime());
    }

    private static final long GRACE_NANOS = 60_000_000_000L;

    private final Duration warmup;
    private final Duration measure;

    LoadDriver(Duration warmup, Duration measure) {
        this.warmup = warmup;
        this.measure = measure;
    }

    Result run(String name, int clients, Operation operation) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        AtomicLong lastFinish = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long warmupEnd = System.nanoTime() + warmup.toNanos();
        long end = warmupEnd + measure.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < clients; w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                boolean measured = false;
                while (true) {
                    long started = System.nanoTime();
                    // Past the end a worker finishes only once it has one measured call, so that a
                    // slow first call (a cold JVM, a busy machine) still gives a figure.
                    if (started >= end && (measured || started >= end + GRACE_NANOS)) {
                        lastFinish.accumulateAndGet(started, Math::max);
                        return;
                    }
                    try {
                        MEASURED_FROM.remove();
                        operation.call(worker);
                        if (started >= warmupEnd) {
                            Long from = MEASURED_FROM.get();
                            long begin = from == null ? started : from;
                            recorder.recordValue(Math.max(1, (System.nanoTime() - begin) / 1_000));
                            measured = true;
                        }
                    } catch (Exception e) {
                        if (started >= warmupEnd) {
                            measured = true;
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e.toString());
                        }
                    }
                }
            }, "bench-" + name + "-" + w);
            thread.setDaemon(true);
            workers.add(thread);
        }
        // Calls that start in the warm-up are never recorded, so no reset is needed (a reset by
        // this thread after sleeping could come late on a busy machine and drop measured calls).
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        Histogram histogram = recorder.getIntervalHistogram();
        double seconds = Math.max(measure.toNanos(), lastFinish.get() - warmupEnd) / 1e9;
        return new Result(name, clients, histogram.getTotalCount(), errors.get(), histogram.getTotalCount() / seconds,
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0,
                histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0, firstError.get(),
                loadAverage());
    }

    @Override
    public String toString() {
        return warmup.toMillis() + " ms, then " + measure.toMillis() + " ms measured per level";
    }

    /** The 1-minute load average, to judge how much the machine's other work weighed on a figure. */
    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}

package nl.koers.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Times one measure: warm-up calls first, then samples until there are enough or the time for the measure is spent,
 * and gives the median time of one call. A sample is at least {@value #SAMPLE_MILLIS} ms of work: a call that takes
 * less is repeated within it, so that a sub-millisecond walk is not measured by the clock's grain, a collection
 * that happens to fall in one call, or a JIT that has not finished. A call that takes seconds is its own warm-up:
 * waiting for more would only make the whole benchmark last longer than anyone waits for it. Samples count the
 * processor's time ({@link ProcessCpu}); the warm-up and the time budget go by the wall clock.
 */
final class Sampler {
    private static final long WARM_UP_NANOS = 1_000_000_000L;
    private static final long BUDGET_NANOS = 10_000_000_000L;
    private static final long SLOW_NANOS = 2_000_000_000L;
    private static final int RUNS = 7;
    static final long SAMPLE_MILLIS = 50;

    private final boolean quick;

    Sampler(boolean quick) {
        this.quick = quick;
    }

    /** The median of the runs in milliseconds. */
    double medianMillis(Callable<Object> call) throws Exception {
        if (!quick) {
            // the garbage of the measure before (every pair of a thousand partners is hundreds of megabytes) is
            // collected before this one counts, not during it
            sink = null;
            System.gc();
        }
        long cpu = ProcessCpu.nanos();
        long first = timed(call);
        if (quick || first > SLOW_NANOS) {
            return (ProcessCpu.nanos() - cpu) / 1e6;
        }
        // each size runs in a fresh JVM: a second of calls, so that the small ones are compiled before they count
        long warm = first;
        int warmCalls = 1;
        for (; warmCalls < 100_000 && warm < WARM_UP_NANOS; warmCalls++) {
            warm += timed(call);
        }
        int perSample = repeats(warm / warmCalls);
        List<Long> runs = new ArrayList<>();
        long spent = 0;
        while (runs.size() < RUNS && (runs.isEmpty() || spent < BUDGET_NANOS)) {
            // the processor's time of the whole sample (ProcessCpu), read once: a reading costs microseconds
            long start = ProcessCpu.nanos();
            long t = 0;
            for (int i = 0; i < perSample; i++) {
                t += timed(call);
            }
            runs.add((ProcessCpu.nanos() - start) / perSample);
            spent += t;
        }
        return median(runs) / 1e6;
    }

    /** How many calls of this length make one sample of at least {@value #SAMPLE_MILLIS} ms. */
    static int repeats(long nanosPerCall) {
        long sample = SAMPLE_MILLIS * 1_000_000L;
        return (int) Math.max(1, Math.min(1_000_000, (sample + nanosPerCall - 1) / Math.max(1, nanosPerCall)));
    }

    static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** Keeps what a call returns, so the JIT cannot drop the work. */
    static volatile Object sink;

    private static long timed(Callable<Object> call) throws Exception {
        // the result before is let go first: holding it would double what a collection in this call has to copy
        sink = null;
        long start = System.nanoTime();
        sink = call.call();
        return System.nanoTime() - start;
    }
}

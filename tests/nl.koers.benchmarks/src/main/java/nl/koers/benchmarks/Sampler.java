package nl.koers.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Times one measure: warm-up calls first, then runs until there are enough or the time for the measure is spent,
 * and gives the median. A call that takes seconds is its own warm-up: waiting for more would only make the whole
 * benchmark last longer than anyone waits for it.
 */
final class Sampler {
    private static final long WARM_UP_NANOS = 1_000_000_000L;
    private static final long BUDGET_NANOS = 10_000_000_000L;
    private static final long SLOW_NANOS = 2_000_000_000L;
    private static final int RUNS = 7;

    private final boolean quick;

    Sampler(boolean quick) {
        this.quick = quick;
    }

    /** The median of the runs in milliseconds. */
    double medianMillis(Callable<Object> call) throws Exception {
        long first = timed(call);
        if (quick || first > SLOW_NANOS) {
            return first / 1e6;
        }
        // each size runs in a fresh JVM: a second of calls, so that the small ones are compiled before they count
        long warm = first;
        for (int i = 0; i < 10_000 && warm < WARM_UP_NANOS; i++) {
            warm += timed(call);
        }
        List<Long> runs = new ArrayList<>();
        long spent = 0;
        while (runs.size() < RUNS && (runs.isEmpty() || spent < BUDGET_NANOS)) {
            long t = timed(call);
            runs.add(t);
            spent += t;
        }
        return median(runs) / 1e6;
    }

    static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** Keeps what a call returns, so the JIT cannot drop the work. */
    static volatile Object sink;

    private static long timed(Callable<Object> call) throws Exception {
        long start = System.nanoTime();
        sink = call.call();
        return System.nanoTime() - start;
    }
}

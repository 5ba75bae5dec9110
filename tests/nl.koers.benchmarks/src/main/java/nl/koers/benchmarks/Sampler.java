package nl.koers.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Times one measure on dossiers of several sizes in one JVM, taking turns: a first call of each size, warm-up calls
 * of each in turn, then samples of each in turn (the order reversed every round), and gives the median time of one
 * call per size. Taking turns lets every size see the same load of the machine and the same compiled code, so that
 * the growth from one size to the next is read from one run instead of from two JVMs that each saw their own
 * moment. A sample is at least {@value #SAMPLE_MILLIS} ms of work: a call that takes less is repeated within it, so
 * that a sub-millisecond walk is not measured by the clock's grain, a collection that happens to fall in one call,
 * or a JIT that has not finished. A call that takes seconds is its own warm-up: waiting for more would only make the
 * whole benchmark last longer than anyone waits for it. Samples and the warm-up count the processor's time
 * ({@link ProcessCpu}), so that a loaded machine does not cut the warm-up short; the time budget goes by the wall
 * clock.
 */
final class Sampler {
    /**
     * The warm-up per measure, in processor time. One second by the wall clock left the matching code of the first
     * ranking half compiled on a loaded 2-core machine: its first row read 8-9 ms per call where the compiled code
     * takes 3.7; two seconds by the wall clock still left it 15-25% above the next row, which runs the same code.
     */
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    /** However loaded the machine, the warm-up ends after this long by the wall clock. */
    private static final long WARM_UP_LIMIT_NANOS = 20_000_000_000L;
    private static final long BUDGET_NANOS = 10_000_000_000L;
    private static final long SLOW_NANOS = 2_000_000_000L;
    private static final int RUNS = 7;
    static final long SAMPLE_MILLIS = 50;

    /**
     * The first call of a measure on one dossier.
     *
     * @param nanos its time by the wall clock
     * @param millis its processor time, with what the collector did after the measure before
     * @param result what it returned
     */
    record First(long nanos, double millis, Object result) {
    }

    private final boolean quick;

    Sampler(boolean quick) {
        this.quick = quick;
    }

    /** Makes the first call, from a collected heap: the garbage of the measure before is not counted in it. */
    First first(Callable<Object> call) throws Exception {
        if (!quick) {
            // the garbage of the measure before (every pair of a thousand partners is hundreds of megabytes) is
            // collected before this one counts, not during it
            sink = null;
            System.gc();
        }
        long cpu = ProcessCpu.nanos();
        long nanos = timed(call);
        Object result = sink;
        sink = null;
        return new First(nanos, (ProcessCpu.nanos() - cpu) / 1e6, result);
    }

    /** Whether the first call is the measure: in a quick run, or when it took seconds. */
    boolean enough(First first) {
        return quick || first.nanos() > SLOW_NANOS;
    }

    /**
     * The median of the samples of each call in milliseconds, the calls taking turns.
     *
     * @param calls the same measure on each dossier
     * @param firsts the wall-clock time of each one's first call
     */
    double[] medianMillis(List<Callable<Object>> calls, long[] firsts) throws Exception {
        int n = calls.size();
        // one JIT for all sizes: two seconds of calls in turn, so that the small ones are compiled before they count
        long[] warm = firsts.clone();
        int[] warmCalls = new int[n];
        Arrays.fill(warmCalls, 1);
        long cpu = ProcessCpu.nanos() - Arrays.stream(firsts).sum(); // first calls that took seconds count
        long wall = System.nanoTime();
        for (int round = 1; round < 100_000 && ProcessCpu.nanos() - cpu < WARM_UP_NANOS
                && System.nanoTime() - wall < WARM_UP_LIMIT_NANOS; round++) {
            for (int i = 0; i < n; i++) {
                warm[i] += timed(calls.get(i));
                warmCalls[i]++;
            }
        }
        int[] perSample = new int[n];
        List<List<Long>> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            perSample[i] = repeats(warm[i] / warmCalls[i]);
            runs.add(new ArrayList<>());
        }
        long spent = 0;
        for (int round = 0; round < RUNS && (round == 0 || spent < BUDGET_NANOS * n); round++) {
            for (int turn = 0; turn < n; turn++) {
                int i = round % 2 == 0 ? turn : n - 1 - turn;
                // the processor's time of the whole sample (ProcessCpu), read once: a reading costs microseconds
                long start = ProcessCpu.nanos();
                long t = 0;
                for (int k = 0; k < perSample[i]; k++) {
                    t += timed(calls.get(i));
                }
                runs.get(i).add((ProcessCpu.nanos() - start) / perSample[i]);
                spent += t;
            }
        }
        double[] millis = new double[n];
        for (int i = 0; i < n; i++) {
            millis[i] = median(runs.get(i)) / 1e6;
        }
        return millis;
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

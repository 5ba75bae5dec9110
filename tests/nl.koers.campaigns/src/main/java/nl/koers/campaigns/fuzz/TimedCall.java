package nl.koers.campaigns.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one call in a worker thread and gives up on it after a time limit, so that a read that hangs is counted
 * instead of hanging the campaign. A worker that hung is abandoned (it is a daemon) and a fresh one takes over.
 */
final class TimedCall implements AutoCloseable {
    /**
     * What a call did: its value, or what it threw, or that it did not finish; how long it took on the clock, and
     * how much processor time its thread used (what the call costs, whatever else the machine is doing).
     */
    record Result<T>(T value, Throwable thrown, boolean hung, long nanos, long cpuNanos) {
        double millis() {
            return nanos / 1e6;
        }

        double cpuMillis() {
            return cpuNanos / 1e6;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Duration hangAfter;
    private ExecutorService worker = newWorker();

    TimedCall(Duration hangAfter) {
        this.hangAfter = hangAfter;
    }

    <T> Result<T> call(Callable<T> work) {
        long submitted = System.nanoTime();
        Future<Result<T>> running = worker.submit(() -> {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            try {
                T value = work.call();
                return new Result<>(value, null, false, System.nanoTime() - start,
                        THREADS.getCurrentThreadCpuTime() - cpu);
            } catch (Throwable t) {
                // every kind of failure is a finding, errors (stack overflow, out of memory) most of all
                return new Result<>(null, t, false, System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu);
            }
        });
        try {
            return running.get(hangAfter.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Result<>(null, null, true, System.nanoTime() - submitted, hangAfter.toNanos());
        } catch (ExecutionException e) {
            throw new IllegalStateException("the worker itself failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-read");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}

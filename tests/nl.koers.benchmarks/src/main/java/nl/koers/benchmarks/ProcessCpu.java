package nl.koers.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The processor time of a measure: that of the thread that measures, and that of the JVM's "VM Thread", where the
 * serial collector collects; not the time either waited while other programs had the processor, and not the
 * compiler's threads, which finish a warm JVM's work at moments of their own. On a machine that others share (a
 * build beside the benchmark, two cores) the clock on the wall measured the load as much as the code: the same
 * parse took 3 ms or 8 ms a minute apart. Linux tells a thread's time in {@code /proc/self/task/<id>/schedstat};
 * where it does not, or the thread is not found, this is the clock on the wall.
 */
final class ProcessCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Path COLLECTOR = collector();

    private ProcessCpu() {
    }

    /** Whether this is processor time; false where the system does not tell it and the wall clock stands in. */
    static boolean available() {
        return COLLECTOR != null;
    }

    /** Nanoseconds since an arbitrary moment, for the calling thread: only the difference of two readings counts. */
    static long nanos() {
        if (COLLECTOR == null) {
            return System.nanoTime();
        }
        try {
            String s = Files.readString(COLLECTOR);
            return THREADS.getCurrentThreadCpuTime() + Long.parseLong(s.substring(0, s.indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + COLLECTOR, e);
        }
    }

    /** The schedstat file of the thread that collects, or null. */
    private static Path collector() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks) || !THREADS.isCurrentThreadCpuTimeSupported()) {
            return null;
        }
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                if (Files.readString(thread.resolve("comm")).strip().equals("VM Thread")
                        && Files.isReadable(thread.resolve("schedstat"))) {
                    return thread.resolve("schedstat");
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}

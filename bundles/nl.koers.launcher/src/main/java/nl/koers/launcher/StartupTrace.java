package nl.koers.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceEvent;

/**
 * With {@code -Dkoers.startup.trace=true}: a timeline of the start on stderr, in milliseconds since the JVM
 * began, so that a slow start can be taken apart. The bundles print their own steps
 * with the same origin, which the framework property {@value #ORIGIN} hands them.
 */
final class StartupTrace {
    private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");
    /** System property that switches the timeline on. */
    static final String PROPERTY = "koers.startup.trace";
    /** Framework property: when the JVM began, in epoch milliseconds; set only while tracing. */
    static final String ORIGIN = "koers.startup.origin";

    private final PrintStream err;
    private final long origin;

    private StartupTrace(PrintStream err, long origin) {
        this.err = err;
        this.origin = origin;
    }

    /** A trace when the system property asks for one; otherwise one that says nothing and costs nothing. */
    static StartupTrace of(PrintStream err) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return new StartupTrace(null, 0);
        }
        // the JVM's own start, to the millisecond (the process's start time is only as exact as the boot time's second)
        return new StartupTrace(err, ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    boolean on() {
        return err != null;
    }

    long origin() {
        return origin;
    }

    void step(String what) {
        if (on()) {
            err.println("koers.startup " + (System.currentTimeMillis() - origin) + " ms " + what + threadTimes());
        }
    }

    /**
     * Where the kernel tells it (Linux): this thread's processor time and its time waiting for a processor, so that a
     * slow step on a busy machine can be told from a step with much work.
     */
    private static String threadTimes() {
        try {
            return threadTimes(Thread.currentThread().getName(), Files.readString(SCHEDSTAT));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** {@code schedstat}: nanoseconds on a processor, nanoseconds waiting for one, time slices. */
    static String threadTimes(String thread, String schedstat) {
        String[] nanos = schedstat.trim().split(" ");
        return " [" + thread + " cpu " + Long.parseLong(nanos[0]) / 1_000_000 + " waited "
                + Long.parseLong(nanos[1]) / 1_000_000 + "]";
    }

    /** Each bundle's start and each service as it is registered (the components' activation). */
    void follow(BundleContext context) {
        if (!on()) {
            return;
        }
        context.addBundleListener(event -> {
            if (event.getType() == BundleEvent.STARTED) {
                step("started " + event.getBundle().getSymbolicName());
            }
        });
        context.addServiceListener(event -> {
            if (event.getType() == ServiceEvent.REGISTERED) {
                Bundle bundle = event.getServiceReference().getBundle();
                Object classes = event.getServiceReference().getProperty("objectClass");
                step("service " + (bundle == null ? "?" : bundle.getSymbolicName()) + " "
                        + String.join(",", (String[]) classes));
            }
        });
    }
}

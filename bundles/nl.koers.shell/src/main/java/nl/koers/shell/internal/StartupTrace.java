package nl.koers.shell.internal;

import org.osgi.framework.BundleContext;

/**
 * The window's steps in the start-up timeline that the launcher prints with {@code -Dkoers.startup.trace=true}:
 * milliseconds since the JVM began, on stderr. Says nothing unless the launcher set the origin.
 */
final class StartupTrace {
    /** Framework property from the launcher: when the JVM began, in epoch milliseconds. */
    static final String ORIGIN = "koers.startup.origin";

    private final long origin;

    private StartupTrace(long origin) {
        this.origin = origin;
    }

    static StartupTrace of(BundleContext context) {
        String origin = context.getProperty(ORIGIN);
        try {
            return new StartupTrace(origin == null ? -1 : Long.parseLong(origin));
        } catch (NumberFormatException e) {
            return new StartupTrace(-1);
        }
    }

    static StartupTrace none() {
        return new StartupTrace(-1);
    }

    void step(String what) {
        if (origin >= 0) {
            System.err.println("koers.startup " + (System.currentTimeMillis() - origin) + " ms " + what);
        }
    }
}

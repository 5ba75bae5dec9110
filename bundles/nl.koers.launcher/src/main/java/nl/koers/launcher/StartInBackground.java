package nl.koers.launcher;

import java.time.Duration;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Starts the bundles on a thread of its own, so that the window can open while the rest of Koers starts: the
 * features list what the window needs first, the window face is found as soon as its bundle runs, and the bundles
 * after it start once the window is shown ({@link WindowFirst}). Once every
 * bundle has started and the plugin manager has brought the consultant's plugins back (or a bounded time has
 * passed), it registers the marker service {@value #COMPLETE}: until then the window does not count as shown, so a
 * plugin that ends the process while starting still sends the next start into safe mode.
 */
final class StartInBackground {
    /** The marker service of a complete start; the window looks for it by this filter. */
    static final String COMPLETE = "(koers.start=complete)";
    private static final String PLUGIN_MANAGER = FaceTracker.PLUGIN_MANAGER;
    /** How long the bundles after the window's wait for it to be shown. */
    private static final Duration WINDOW_TIMEOUT = Duration.ofSeconds(5);

    private StartInBackground() {
    }

    static void start(BundleInstaller installer, BundleContext context, Duration restoreTimeout, StartupTrace trace) {
        Thread starter = new Thread(() -> {
            try {
                installer.resolve(bundle -> true);
                installer.start(new WindowFirst(context, WINDOW_TIMEOUT, trace)::afterStart);
                trace.step("framework: every bundle started");
                awaitRestoredPlugins(context, restoreTimeout);
                trace.step("framework: plugins restored");
                context.registerService(Object.class, new Object(),
                        FrameworkUtil.asDictionary(Map.of("koers.start", "complete")));
            } catch (IllegalStateException stopped) {
                // the framework stopped while starting: the window closed early, nobody waits any more
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "koers-start");
        starter.setDaemon(true);
        starter.start();
    }

    private static void awaitRestoredPlugins(BundleContext context, Duration timeout) throws InterruptedException {
        if (!pluginManagerRunning(context)) {
            return;
        }
        ServiceTracker<Object, Object> restored;
        try {
            restored = new ServiceTracker<>(context, context.createFilter(FaceTracker.PLUGINS_RESTORED), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // the filter is a constant
        }
        restored.open(true);
        try {
            restored.waitForService(timeout.toMillis());
        } finally {
            restored.close();
        }
    }

    private static boolean pluginManagerRunning(BundleContext context) {
        for (Bundle bundle : context.getBundles()) {
            if (PLUGIN_MANAGER.equals(bundle.getSymbolicName()) && bundle.getState() == Bundle.ACTIVE) {
                return true;
            }
        }
        return false;
    }
}

package nl.koers.launcher;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Waits for a face's service and holds on to it while it runs: releasing it early could let Declarative
 * Services deactivate the component underneath the running face. When the plugin manager is there, it also waits
 * (a bounded time) until the manager says the consultant's plugins are back, so that a command or the catalogue
 * sees them.
 */
final class FaceTracker implements AutoCloseable {
    /** The plugin manager's bundle, and the marker service it registers once it has restored the plugins. */
    static final String PLUGIN_MANAGER = "nl.koers.plugins";
    static final String PLUGINS_RESTORED = "(koers.plugins=restored)";

    private final BundleContext context;
    private final ServiceTracker<Object, Object> tracker;
    private final ServiceTracker<Object, Object> restored;

    FaceTracker(BundleContext context, Face face) {
        this.context = context;
        tracker = open(context, face.serviceFilter());
        restored = open(context, PLUGINS_RESTORED);
    }

    private static ServiceTracker<Object, Object> open(BundleContext context, String filter) {
        ServiceTracker<Object, Object> t;
        try {
            t = new ServiceTracker<>(context, context.createFilter(filter), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // the filters are constants
        }
        // all services, not only those whose class the launcher sees: java.util.function is the same for all
        t.open(true);
        return t;
    }

    /** The face, or empty when it did not come within {@code timeout}. */
    Optional<Function<String[], Integer>> await(Duration timeout) throws InterruptedException {
        return await(timeout, timeout);
    }

    /**
     * The face, or empty when it did not come within {@code timeout}; before it is handed out, the plugins are
     * restored, or {@code restoreTimeout} has passed (a slow plugin delays a start, it does not stop it). A zero
     * {@code restoreTimeout} does not wait for them: the window, whose bundles start in the background, hears of
     * them as they come.
     */
    @SuppressWarnings("unchecked")
    Optional<Function<String[], Integer>> await(Duration timeout, Duration restoreTimeout) throws InterruptedException {
        Object service = tracker.waitForService(timeout.toMillis());
        if (service instanceof Function<?, ?> && !restoreTimeout.isZero() && pluginManagerRunning()) {
            restored.waitForService(restoreTimeout.toMillis());
        }
        return service instanceof Function<?, ?> face
                ? Optional.of((Function<String[], Integer>) face)
                : Optional.empty();
    }

    private boolean pluginManagerRunning() {
        for (Bundle bundle : context.getBundles()) {
            if (PLUGIN_MANAGER.equals(bundle.getSymbolicName())
                    && (bundle.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        tracker.close();
        restored.close();
    }
}

package nl.koers.launcher;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Waits for a face's service and holds on to it while it runs: releasing it early could let Declarative
 * Services deactivate the component underneath the running face.
 */
final class FaceTracker implements AutoCloseable {
    private final ServiceTracker<Object, Object> tracker;

    FaceTracker(BundleContext context, Face face) {
        try {
            tracker = new ServiceTracker<>(context, context.createFilter(face.serviceFilter()), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // the filter is a constant
        }
        // all services, not only those whose class the launcher sees: java.util.function is the same for all
        tracker.open(true);
    }

    /** The face, or empty when it did not come within {@code timeout}. */
    @SuppressWarnings("unchecked")
    Optional<Function<String[], Integer>> await(Duration timeout) throws InterruptedException {
        Object service = tracker.waitForService(timeout.toMillis());
        return service instanceof Function<?, ?> face
                ? Optional.of((Function<String[], Integer>) face)
                : Optional.empty();
    }

    @Override
    public void close() {
        tracker.close();
    }
}

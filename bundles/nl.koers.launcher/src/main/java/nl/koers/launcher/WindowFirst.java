package nl.koers.launcher;

import java.time.Duration;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Holds back the bundles after the window's own until the window is on screen: on two cores the plugin manager,
 * PDFBox, the console, the renderer, the commands and the instruments would otherwise take the processor from the
 * window while it opens. The window says it is shown with the service {@value #SHOWN}; one that never says so holds
 * the rest back for a bounded time only, and the start still ends with every bundle running.
 */
final class WindowFirst {
    /** The window's service once it shows its dossier (or the welcome page). */
    static final String SHOWN = "(koers.window=shown)";

    private final BundleContext context;
    private final Duration timeout;
    private final StartupTrace trace;
    private boolean passed;

    WindowFirst(BundleContext context, Duration timeout, StartupTrace trace) {
        this.context = context;
        this.timeout = timeout;
        this.trace = trace;
    }

    /** After each bundle's start: once the window's face is there, waits (once) until the window is shown. */
    void afterStart(Bundle started) {
        if (passed || !registered(Face.GUI.serviceFilter())) {
            return;
        }
        passed = true;
        trace.step("framework: the window's bundles started, the rest waits for the window");
        ServiceTracker<Object, Object> shown = tracker(SHOWN);
        shown.open(true);
        try {
            shown.waitForService(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            shown.close();
        }
        trace.step("framework: window shown, the rest starts");
    }

    private boolean registered(String filter) {
        try {
            return context.getServiceReferences((String) null, filter) != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // the filters are constants
        }
    }

    private ServiceTracker<Object, Object> tracker(String filter) {
        try {
            return new ServiceTracker<>(context, context.createFilter(filter), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // the filter is a constant
        }
    }
}

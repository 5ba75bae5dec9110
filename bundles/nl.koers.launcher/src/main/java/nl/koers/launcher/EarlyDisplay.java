package nl.koers.launcher;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Makes SWT's display on the JVM's main thread while the framework resolves and starts the bundles on another: loading
 * SWT's native library and connecting to the screen then no longer wait for the window's bundles, nor they for it. The
 * window's face, called on this same thread, uses the display it finds there ({@code Display.getCurrent()}). The
 * launcher knows SWT only by its bundle's name; a display that cannot be made is left to the face, which says why.
 */
final class EarlyDisplay {
    /** SWT's host bundle; its fragments (one per system) start with the same name. */
    private static final String SWT = "org.eclipse.swt";

    private EarlyDisplay() {
    }

    /** SWT's host and its native fragments: what the framework resolves first when the window is to open. */
    static boolean isToolkit(Bundle bundle) {
        String name = bundle.getSymbolicName();
        return name != null && (name.equals(SWT) || name.startsWith(SWT + "."));
    }

    /** Makes the display on the calling thread, when SWT is resolved. */
    static void open(BundleContext context, StartupTrace trace) {
        for (Bundle bundle : context.getBundles()) {
            if (SWT.equals(bundle.getSymbolicName()) && (bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0) {
                try {
                    bundle.loadClass("org.eclipse.swt.widgets.Display").getConstructor().newInstance();
                    trace.step("launcher: display open");
                } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                    // no GTK, no screen: the face tries again and tells the person what is missing
                }
                return;
            }
        }
    }
}

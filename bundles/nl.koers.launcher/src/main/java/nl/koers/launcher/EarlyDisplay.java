package nl.koers.launcher;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

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
    static final String SWT = "org.eclipse.swt";
    private static final String DISPLAY = "org.eclipse.swt.widgets.Display";

    private EarlyDisplay() {
    }

    /** SWT's host and its native fragments: what the framework resolves first when the window is to open. */
    static boolean isToolkit(Bundle bundle) {
        String name = bundle.getSymbolicName();
        return name != null && (name.equals(SWT) || name.startsWith(SWT + "."));
    }

    /**
     * Makes the display on the calling thread, when SWT is resolved. {@return why it could not, if it could not}: the
     * first-hand error, which says what is missing (a second try would only meet a class whose native set-up failed)
     */
    static Optional<Throwable> open(BundleContext context, StartupTrace trace) {
        int usable = Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE;
        for (Bundle bundle : context.getBundles()) {
            if (SWT.equals(bundle.getSymbolicName()) && (bundle.getState() & usable) != 0) {
                try {
                    bundle.loadClass(DISPLAY).getConstructor().newInstance();
                    trace.step("launcher: display open");
                } catch (InvocationTargetException e) {
                    return Optional.of(e.getCause());
                } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                    return Optional.of(e);
                }
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Makes the display on the calling thread from SWT on the JVM's class path ({@link ClassPathToolkit}), at once:
     * the framework may still be booting. {@return why it could not, if it could not}
     */
    static Optional<Throwable> openFromClassPath(StartupTrace trace) {
        try {
            Class.forName(DISPLAY, true, ClassLoader.getSystemClassLoader()).getConstructor().newInstance();
            trace.step("launcher: display open (SWT on the class path)");
            return Optional.empty();
        } catch (InvocationTargetException e) {
            return Optional.of(e.getCause());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return Optional.of(e);
        }
    }
}

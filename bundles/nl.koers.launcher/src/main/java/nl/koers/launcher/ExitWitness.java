package nl.koers.launcher;

import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Who ended the process, seen from a shutdown hook: the thread that called {@code System.exit} waits in
 * {@code Shutdown.exit} while the hooks run, so its stack is still there to read. A frame whose class a plugin bundle
 * holds names the plugin; a signal (Ctrl+C, a kill) is a person's decision.
 */
final class ExitWitness {
    private ExitWitness() {
    }

    /** The plugin whose code called {@code System.exit}, if one did. */
    static Optional<String> pluginThatExited(BundleContext context, String pluginsFolderUri) {
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            StackTraceElement[] frames = thread.getValue();
            if (!exiting(frames)) {
                continue;
            }
            for (StackTraceElement frame : frames) {
                Optional<String> plugin = pluginHolding(context, frame.getClassName(), pluginsFolderUri);
                if (plugin.isPresent()) {
                    return plugin;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a signal (Ctrl+C, {@code kill}) ended the process rather than a call of {@code System.exit}. */
    static boolean bySignal() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> exiting(thread.getValue()))
                .anyMatch(thread -> thread.getKey().getName().startsWith("SIG"));
    }

    private static boolean exiting(StackTraceElement[] frames) {
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().equals("java.lang.Shutdown") && frame.getMethodName().equals("exit")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> pluginHolding(BundleContext context, String className, String pluginsFolderUri) {
        String entry = className.replace('.', '/') + ".class";
        try {
            for (Bundle bundle : context.getBundles()) {
                if (isPlugin(bundle, pluginsFolderUri) && bundle.getEntry(entry) != null) {
                    return Optional.of(bundle.getSymbolicName());
                }
            }
        } catch (IllegalStateException stopped) {
            // the framework stops meanwhile: nobody to blame
        }
        return Optional.empty();
    }

    /** The plugin manager's bundles, and those in the distribution's {@code plugins/} folder. */
    private static boolean isPlugin(Bundle bundle, String pluginsFolderUri) {
        String location = bundle.getLocation();
        return location.startsWith("koers-plugin:") || location.startsWith("reference:" + pluginsFolderUri);
    }
}

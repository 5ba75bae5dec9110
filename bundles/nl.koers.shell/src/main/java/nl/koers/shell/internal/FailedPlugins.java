package nl.koers.shell.internal;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import nl.koers.plugins.Plugin;
import nl.koers.plugins.Plugins;

/**
 * Keeps the catalogue told which plugins the plugin manager lists as failed, so that a plugin whose instrument never
 * came (its component threw while activating) is seen where the facilitator looks. Read in the background: when the
 * window opens, after every change the manager reports, and whenever the catalogue is looked at, as a component may
 * fail a moment after its bundle started, which the manager does not report as a change.
 */
final class FailedPlugins implements AutoCloseable {
    private final Workbench window;
    private Plugins watched;
    private AutoCloseable subscription;

    FailedPlugins(Workbench window) {
        this.window = window;
    }

    /** Reads the failed plugins of {@code manager} (none when it is not there) and follows its changes. */
    synchronized void read(Plugins manager) {
        if (manager != watched) {
            close();
            watched = manager;
            subscription = manager == null ? null : manager.onChange(() -> read(manager));
        }
        if (manager == null) {
            window.catalogue().failedPlugins(List.of());
            return;
        }
        try {
            window.background().run(() -> manager.installed().stream().filter(p -> p.state() == Plugin.State.FAILED)
                    .toList(), (failed, error) -> {
                        if (error != null) {
                            window.failures().log("the plugin manager could not list the plugins", error);
                        } else {
                            window.catalogue().failedPlugins(failed);
                        }
                    });
        } catch (RejectedExecutionException closing) {
            // the manager changed while the window closed: nobody looks any more
        }
    }

    @Override
    public synchronized void close() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                // the manager is gone already, and its listeners with it
            }
            subscription = null;
        }
        watched = null;
    }
}

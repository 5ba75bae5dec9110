package nl.koers.plugins.internal;

import java.io.IOException;
import java.util.List;

import org.osgi.framework.BundleException;

import nl.koers.plugins.PluginException;
import nl.koers.plugins.PluginProblem;
import nl.koers.plugins.PluginProblem.Kind;
import nl.koers.plugins.internal.Snapshot.Entry;

/**
 * The plugin folder's generations as the plugins service changes them: the current one, and a new set of plugins
 * applied to the running framework and then written as a generation. When applying fails, the framework gets the old
 * set back. In safe mode a change is only written, for the next normal start.
 */
final class Generations {
    private final PluginFolder folder;
    private final FrameworkSync sync;
    private final boolean safeMode;
    /** Tells the service's listeners after every change, applied or not. */
    private final Runnable changed;

    Generations(PluginFolder folder, FrameworkSync sync, boolean safeMode, Runnable changed) {
        this.folder = folder;
        this.sync = sync;
        this.safeMode = safeMode;
        this.changed = changed;
    }

    /** Applies a new set of plugins and keeps it as a generation; when applying fails, the old set is restored. */
    void change(String description, int restores, List<Entry> entries) throws PluginException {
        try {
            List<Entry> before = folder.current().entries();
            try {
                if (!safeMode) {
                    sync.apply(entries);
                }
            } catch (BundleException | RuntimeException e) {
                sync.apply(before);
                throw new PluginException(List.of(PluginProblem.of(Kind.FAILED, Failures.describe(e))), e);
            }
            folder.write(description, restores, entries);
        } catch (IOException | BundleException e) {
            throw new PluginException(List.of(PluginProblem.of(Kind.FAILED, Failures.describe(e))), e);
        } finally {
            changed.run();
        }
    }

    Snapshot current() throws PluginException {
        try {
            return folder.current();
        } catch (IOException e) {
            throw new PluginException(List.of(PluginProblem.of(Kind.FAILED, e.getMessage())), e);
        }
    }
}

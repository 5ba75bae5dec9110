package nl.koers.plugins.internal;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/** Koers's own folder: the framework property {@code koers.data}, else {@code $XDG_DATA_HOME/koers}, else the usual. */
final class DataFolder {
    private DataFolder() {
    }

    static Path of(BundleContext context) {
        String set = context.getProperty("koers.data");
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "koers")
                : Path.of(System.getProperty("user.home"), ".local", "share", "koers");
    }
}

package nl.koers.store.internal;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;

import nl.koers.store.LocalHistory;

/** Where Koers keeps its own files: {@code koers.data}, else {@code $XDG_DATA_HOME/koers}, else the usual place. */
final class DataFolder {
    static final String PROPERTY = "koers.data";

    private DataFolder() {
    }

    static Path of(BundleContext context) {
        String set = context.getProperty(PROPERTY);
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "koers");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "koers");
    }

    /** How many versions the local history keeps per dossier; a value that is not a positive number is ignored. */
    static int historyKeep(BundleContext context) {
        String set = context.getProperty(LocalHistory.KEEP_PROPERTY);
        try {
            int keep = set == null ? LocalHistory.DEFAULT_KEEP : Integer.parseInt(set.trim());
            return keep > 0 ? keep : LocalHistory.DEFAULT_KEEP;
        } catch (NumberFormatException e) {
            return LocalHistory.DEFAULT_KEEP;
        }
    }
}

package nl.koers.store.internal;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;

import nl.koers.folders.UserFolders;
import nl.koers.store.LocalHistory;

/** Where Koers keeps its own files: {@code koers.data}, else the user's data folder by the system's rules ({@link UserFolders}). */
final class DataFolder {
    static final String PROPERTY = UserFolders.DATA;

    private DataFolder() {
    }

    static Path of(BundleContext context) {
        return UserFolders.ofThisUser().movedBy(context::getProperty).data();
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

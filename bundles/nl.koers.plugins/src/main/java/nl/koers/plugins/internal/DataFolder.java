package nl.koers.plugins.internal;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;

import nl.koers.folders.UserFolders;

/** Koers's own folder: the framework property {@code koers.data}, else the data folder by the system's rules. */
final class DataFolder {
    private DataFolder() {
    }

    static Path of(BundleContext context) {
        return UserFolders.ofThisUser().movedBy(context::getProperty).data();
    }
}

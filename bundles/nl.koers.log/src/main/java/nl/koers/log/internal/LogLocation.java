package nl.koers.log.internal;

import java.nio.file.Path;

import nl.koers.folders.UserFolders;

/**
 * Where the log is: the framework property {@code koers.log.file}, else {@code koers.log} in the user's cache folder
 * ({@link UserFolders}: {@code $XDG_CACHE_HOME/koers}, by default {@code ~/.cache/koers}, on Linux). The launcher follows the same rule and passes the file it chose in
 * {@code koers.log.file}, so that its own start-up failures and this log are one file.
 */
final class LogLocation {
    static final String PROPERTY = "koers.log.file";

    private LogLocation() {
    }

    static Path of(String configured, UserFolders folders) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        return folders.cache().resolve("koers.log");
    }
}

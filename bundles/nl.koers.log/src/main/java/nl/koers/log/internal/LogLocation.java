package nl.koers.log.internal;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the log is: the framework property {@code koers.log.file}, else {@code $XDG_CACHE_HOME/koers/koers.log},
 * else {@code ~/.cache/koers/koers.log}. The launcher follows the same rule and passes the file it chose in
 * {@code koers.log.file}, so that its own start-up failures and this log are one file.
 */
final class LogLocation {
    static final String PROPERTY = "koers.log.file";

    private LogLocation() {
    }

    static Path of(String configured, Map<String, String> environment, String userHome) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        String cacheHome = environment.get("XDG_CACHE_HOME");
        Path cache = cacheHome == null || cacheHome.isBlank() ? Path.of(userHome, ".cache") : Path.of(cacheHome);
        return cache.resolve("koers").resolve("koers.log");
    }
}

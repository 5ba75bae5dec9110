package nl.koers.shell.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The firm's catalogue the consultant read last (a URL or a folder), remembered in the user's configuration
 * folder so that it is typed once. Callers keep disk work off the UI thread.
 */
final class CatalogueLocation {
    private final Path file;

    CatalogueLocation(Path file) {
        this.file = file;
    }

    /** The usual place, beside the recent files: {@code ~/.config/koers/plugin-catalogue}. */
    static CatalogueLocation inUserConfig() {
        return new CatalogueLocation(RecentFiles.defaultFile().resolveSibling("plugin-catalogue"));
    }

    String load() {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            return ""; // a convenience: without it the consultant types the address again
        }
    }

    void save(String location) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, location + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // as above: forgetting the address loses nothing
        }
    }

    /** What the consultant typed as a URI: http(s) and file URLs as they are, anything else as a folder or file. */
    static Optional<URI> toUri(String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:")) {
                return Optional.of(URI.create(typed));
            }
            return Optional.of(Path.of(typed).toAbsolutePath().toUri());
        } catch (IllegalArgumentException e) { // a bad URI or an impossible path
            return Optional.empty();
        }
    }
}

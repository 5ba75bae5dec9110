package nl.koers.shell.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The launcher's marker of a start that has not reached a working window (the framework property
 * {@value #PROPERTY} names the file). The window removes it once it is shown; when a plugin holds the window for
 * good, the watchdog writes it again naming that plugin, so that the next start (after the window was killed) runs
 * without plugins and offers to switch it off.
 */
final class StartMarker {
    static final String PROPERTY = "koers.start.marker";

    private final Path file;

    /** @param file the marker, or null when Koers was not started by the launcher (tests, tools) */
    StartMarker(Path file) {
        this.file = file;
    }

    static StartMarker named(String file) {
        return new StartMarker(file == null || file.isBlank() ? null : Path.of(file));
    }

    /** The window is there: this start worked. */
    void windowShown() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // at worst the next start offers safe mode once too often
            }
        }
    }

    /** This plugin holds the window: when Koers is killed now, the next start names it. */
    void blame(String plugin) {
        if (file == null) {
            return;
        }
        Properties properties = new Properties();
        properties.setProperty("plugin", plugin);
        try {
            Path temp = Files.createTempFile(file.getParent(), "starting", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                properties.store(out, "Koers's window is held by a plugin");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // the log says which plugin it was; the next start is then a normal one
        }
    }
}

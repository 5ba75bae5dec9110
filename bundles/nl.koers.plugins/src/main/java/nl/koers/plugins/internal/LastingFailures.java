package nl.koers.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Properties;

/**
 * What made each plugin fail, with when, kept in the plugin folder ({@code failures.properties}) so that it is
 * still shown after a restart and by the commands, which never run the plugin's screens. A plugin's entry goes
 * when it is updated, enabled again or removed. Written to a temporary name and moved into place.
 */
final class LastingFailures {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Path file;

    LastingFailures(Path file) {
        this.file = file;
    }

    /** Keeps the reason unless the same one is kept already (its first time stays). */
    synchronized void record(String symbolicName, String reason) throws IOException {
        Properties all = read();
        if (reason.equals(all.getProperty(symbolicName + ".reason"))) {
            return;
        }
        all.setProperty(symbolicName + ".reason", reason);
        all.setProperty(symbolicName + ".at", Instant.now().toString());
        write(all);
    }

    synchronized void forget(String symbolicName) throws IOException {
        Properties all = read();
        if (all.remove(symbolicName + ".reason") != null | all.remove(symbolicName + ".at") != null) {
            write(all);
        }
    }

    /** The reason with its time, as a person reads it: {@code "2025-03-01 14:02: scherm: ..."}. */
    synchronized Optional<String> of(String symbolicName) throws IOException {
        Properties all = read();
        String reason = all.getProperty(symbolicName + ".reason");
        if (reason == null) {
            return Optional.empty();
        }
        String at;
        try {
            at = SHOWN.format(Instant.parse(all.getProperty(symbolicName + ".at", "")));
        } catch (RuntimeException unreadable) {
            at = "?";
        }
        return Optional.of(at + ": " + reason);
    }

    private Properties read() throws IOException {
        Properties all = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            all.load(in);
        } catch (NoSuchFileException none) {
            // no plugin has failed yet
        }
        return all;
    }

    private void write(Properties all) throws IOException {
        Path folder = Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(folder, "failures", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            all.store(out, "Koers plugins: why each failed, and when");
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}

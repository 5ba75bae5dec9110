package nl.koers.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * A start of Koers that has not yet reached a working window (or, for a command, its end): a file per process,
 * {@code starting-<pid>.properties} in Koers's cache folder, written before the framework boots. The window face
 * deletes it once the window is shown, the launcher when the face returns. A file whose process is gone is a start
 * that ended without either: a plugin called {@code System.exit}, the JVM crashed, or the window hung and was
 * killed. It may name the plugin ({@value #PLUGIN}) that the exit's stack or the window's watchdog pointed at.
 */
final class StartMarker {
    /** Framework property: this start's marker file, for the window face and its watchdog. */
    static final String PROPERTY = "koers.start.marker";
    /** In the file: the symbolic name of the plugin to blame, when known. */
    static final String PLUGIN = "plugin";
    private static final String PREFIX = "starting-";
    private static final String SUFFIX = ".properties";
    private static final String COMMENT = "Koers is starting; this file goes when the window is shown";

    /** What an earlier start left behind. @param plugin the plugin to blame, empty when none is known */
    record LeftBehind(String plugin) {
    }

    private final Path folder;
    private final Path file;

    StartMarker(Path folder, long pid) {
        this.folder = folder;
        this.file = folder.resolve(PREFIX + pid + SUFFIX);
    }

    Path file() {
        return file;
    }

    /** The starts that ended without reaching their window; their files are removed, as they are answered now. */
    Optional<LeftBehind> leftBehind() {
        Optional<LeftBehind> found = Optional.empty();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> markers = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path marker : markers) {
                if (marker.equals(file) || isRunning(marker)) {
                    continue;
                }
                String plugin = read(marker).getProperty(PLUGIN, "");
                if (found.isEmpty() || found.get().plugin().isEmpty()) {
                    found = Optional.of(new LeftBehind(plugin));
                }
                Files.deleteIfExists(marker);
            }
        } catch (IOException | RuntimeException unreadable) {
            // a marker that cannot be read changes nothing: Koers starts as usual
        }
        return found;
    }

    void write() {
        // not Properties.store: its date line costs a fresh JVM the time zone's set-up, on every start
        write(out -> out.write("#" + COMMENT + System.lineSeparator()));
    }

    /** Names the plugin to blame, when this start still has its marker (it did not reach its window). */
    void blame(String plugin) {
        if (Files.exists(file)) {
            Properties properties = read(file);
            properties.setProperty(PLUGIN, plugin);
            write(out -> properties.store(out, COMMENT));
        }
    }

    boolean exists() {
        return Files.exists(file);
    }

    boolean blamesSomeone() {
        return !read(file).getProperty(PLUGIN, "").isEmpty();
    }

    void remove() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // at worst the next start is offered safe mode once too often
        }
    }

    /** What goes into the file. */
    private interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private void write(Content content) {
        try {
            Files.createDirectories(folder);
            // the file is this process's own, so is its temporary twin: no random name (whose generator costs a start)
            Path temp = folder.resolve(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // without the marker Koers starts as it always did; safe mode is then only by hand
        }
    }

    private static Properties read(Path marker) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | RuntimeException e) {
            // gone or unreadable: nobody to blame
        }
        return properties;
    }

    private static boolean isRunning(Path marker) {
        String name = marker.getFileName().toString();
        try {
            long pid = Long.parseLong(name.substring(PREFIX.length(), name.length() - SUFFIX.length()));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

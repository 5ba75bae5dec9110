package nl.koers.shell.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import nl.koers.instrument.api.settings.PluginSettings;

/**
 * A plugin's settings in a properties file of its own, {@code <config>/koers/plugins/<instrument id>.properties},
 * written whole through a temporary file so a crash never leaves half of it. The id is made a safe file name, so
 * no plugin reaches another's file or leaves the folder.
 */
final class PropertiesSettings implements PluginSettings {
    private final Path file;

    PropertiesSettings(Path folder, String instrumentId) {
        this.file = folder.resolve(fileName(instrumentId));
    }

    /** The usual folder, beside the recent files: {@code ~/.config/koers/plugins}. */
    static Path inUserConfig() {
        return RecentFiles.defaultFile().resolveSibling("plugins");
    }

    /** Letters, digits, '-' and '_' as they are; every other character as {@code %XXXX}. */
    static String fileName(String instrumentId) {
        StringBuilder out = new StringBuilder();
        instrumentId.chars().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%04X", c));
            }
        });
        return out + ".properties";
    }

    Path file() {
        return file;
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(load().getProperty(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        Properties p = load();
        if (value == null) {
            p.remove(key);
        } else {
            p.setProperty(key, value);
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try {
                try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    p.store(w, null);
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp); // gone already when the move went through
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the settings in " + file, e);
        }
    }

    @Override
    public synchronized Set<String> keys() {
        return new TreeSet<>(load().stringPropertyNames());
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new UncheckedIOException("cannot read the settings in " + file,
                        e instanceof IOException io ? io : new IOException(e));
            }
        }
        return p;
    }
}

package nl.koers.shell.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The dossiers opened last, newest first, kept in a small text file (one path a line) in the user's
 * configuration folder. Callers keep disk work off the UI thread.
 */
final class RecentFiles {
    static final int MAX = 8;

    private final Path file;
    private final List<Path> paths = new ArrayList<>();

    RecentFiles(Path file) {
        this.file = file;
    }

    /** The usual place: {@code $XDG_CONFIG_HOME/koers/recent-files}, or {@code ~/.config/koers/recent-files}. */
    static Path defaultFile() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".config") : Path.of(xdg);
        return config.resolve("koers").resolve("recent-files");
    }

    synchronized List<Path> load() {
        paths.clear();
        try {
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && paths.size() < MAX) {
                        paths.add(Path.of(line.strip()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable list is an empty list: it is a convenience, never a reason not to start
        }
        return List.copyOf(paths);
    }

    synchronized List<Path> list() {
        return List.copyOf(paths);
    }

    /** Puts {@code path} on top and saves the list. */
    synchronized List<Path> opened(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        paths.remove(absolute);
        paths.add(0, absolute);
        while (paths.size() > MAX) {
            paths.remove(paths.size() - 1);
        }
        save();
        return List.copyOf(paths);
    }

    synchronized List<Path> forget(Path path) {
        paths.remove(path.toAbsolutePath().normalize());
        save();
        return List.copyOf(paths);
    }

    synchronized List<Path> clear() {
        paths.clear();
        save();
        return List.of();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            List<String> lines = paths.stream().map(Path::toString).toList();
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // not being able to remember recent files must not disturb the user's work
        }
    }
}

package nl.koers.shell.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.koers.folders.UserFolders;

/**
 * The dossiers opened last, newest first, kept in a small text file (one a line: the path, and after a tab the
 * dossier's title when it was last opened or saved) in the user's configuration folder. Callers keep disk work
 * off the UI thread.
 */
final class RecentFiles {
    static final int MAX = 8;

    private final Path file;
    private final List<Path> paths = new ArrayList<>();
    /** The dossier's title by path: a list of file names alone does not say which workshop is which. */
    private final Map<Path, String> titles = new HashMap<>();

    RecentFiles(Path file) {
        this.file = file;
    }

    /**
     * The usual place, in the user's settings folder by the system's rules ({@link UserFolders}): on Linux
     * {@code $XDG_CONFIG_HOME/koers/recent-files}, or {@code ~/.config/koers/recent-files}.
     */
    static Path defaultFile() {
        return UserFolders.ofThisUser().config().resolve("recent-files");
    }

    /** The file the list is kept in; what else the window remembers for the user lives beside it. */
    Path file() {
        return file;
    }

    synchronized List<Path> load() {
        paths.clear();
        titles.clear();
        try {
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && paths.size() < MAX) {
                        String[] pathAndTitle = line.split("\t", 2);
                        Path path = Path.of(pathAndTitle[0].strip());
                        paths.add(path);
                        if (pathAndTitle.length == 2 && !pathAndTitle[1].isBlank()) {
                            titles.put(path, pathAndTitle[1].strip());
                        }
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
        return opened(path, "");
    }

    /** Puts {@code path} on top, with the title its dossier has now, and saves the list. */
    synchronized List<Path> opened(Path path, String title) {
        Path absolute = path.toAbsolutePath().normalize();
        paths.remove(absolute);
        paths.add(0, absolute);
        String oneLine = title == null ? "" : title.replaceAll("\\s+", " ").strip();
        if (oneLine.isEmpty()) {
            titles.remove(absolute);
        } else {
            titles.put(absolute, oneLine);
        }
        while (paths.size() > MAX) {
            titles.remove(paths.remove(paths.size() - 1));
        }
        save();
        return List.copyOf(paths);
    }

    /** "Title — folder/file.koers", or the folder and file alone when the title is not known. */
    synchronized String label(Path path) {
        Path parent = path.getParent();
        String where = (parent == null || parent.getFileName() == null ? "" : parent.getFileName() + "/")
                + path.getFileName();
        String title = titles.get(path);
        return title == null ? where : title + " \u2014 " + where;
    }

    synchronized List<Path> forget(Path path) {
        paths.remove(path.toAbsolutePath().normalize());
        titles.remove(path.toAbsolutePath().normalize());
        save();
        return List.copyOf(paths);
    }

    synchronized List<Path> clear() {
        paths.clear();
        titles.clear();
        save();
        return List.of();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            List<String> lines = paths.stream()
                    .map(p -> titles.containsKey(p) ? p + "\t" + titles.get(p) : p.toString()).toList();
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // not being able to remember recent files must not disturb the user's work
        }
    }
}

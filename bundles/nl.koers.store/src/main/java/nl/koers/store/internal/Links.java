package nl.koers.store.internal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A dossier reached through a symbolic link (a shortcut to a file in a shared folder) is the file the link leads
 * to: it is locked there and its history is kept for it, whichever way the user came to it.
 */
final class Links {
    private Links() {
    }

    /** The file a path leads to, links followed; the absolute path itself when nothing is there (yet). */
    static Path resolve(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            return absolute;
        }
    }
}

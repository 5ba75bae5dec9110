package nl.koers.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * What Koers keeps about a dossier in its data folder (history, recovery copies) is as private as the dossier: a
 * copy gets the dossier's own permissions, and the folders are the owner's only, so that a dossier the user keeps
 * to herself does not become readable by everyone there. Where the file system has no POSIX permissions, files and
 * folders get what the system gives.
 */
final class OwnerOnly {
    /** For a copy of a dossier that has no file (yet) to take permissions from. */
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /**
     * Makes the folder, and what is missing above it, for the owner only; a folder that is there already with wider
     * rights (an earlier Koers made it) is tightened.
     */
    static Path folder(Path folder) throws IOException {
        if (!posix(folder)) {
            return Files.createDirectories(folder);
        }
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        try {
            if (!Files.getPosixFilePermissions(folder).equals(FOLDER)) {
                Files.setPosixFilePermissions(folder, FOLDER);
            }
        } catch (IOException e) {
            // not ours to change: what is written in it still gets its own narrow permissions
        }
        return folder;
    }

    /** A file's permissions; empty where the file system has none, or there is no such file. */
    static Optional<Set<PosixFilePermission>> of(Path file) {
        try {
            return Optional.of(Files.getPosixFilePermissions(file));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes a new file that nobody else can read while it is written, then gives it {@code permissions}. A file of
     * that name is replaced.
     */
    static void write(Path file, byte[] bytes, Set<PosixFilePermission> permissions) throws IOException {
        Files.deleteIfExists(file);
        if (posix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        }
        Files.write(file, bytes);
        set(file, permissions);
    }

    /** Gives a file these permissions where it can; where it cannot, it keeps the narrow ones it was made with. */
    static void set(Path file, Set<PosixFilePermission> permissions) {
        try {
            Files.setPosixFilePermissions(file, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            // no POSIX permissions here, or not ours to change
        }
    }

    /** The attribute that makes a new file private from its first byte, where the file system has permissions. */
    static FileAttribute<?>[] privateFile(Path file) {
        return posix(file) ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(FILE) }
                : new FileAttribute<?>[0];
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}

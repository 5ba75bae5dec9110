package nl.koers.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import nl.koers.store.Problem;
import nl.koers.store.Problem.Kind;
import nl.koers.store.SaveFailedException;

/**
 * Puts bytes in a file so that the file is either complete and new, or exactly as it was: a temp file in the
 * same folder, flushed to disk, then renamed over the target. A failure says why in words a user can act on.
 */
final class AtomicWrite {
    /** Called after the new content is safely on disk, just before it replaces the old file. */
    interface BeforeReplace {
        void run(Path target);
    }

    private static final String SAVING = ".saving";
    /** A temp file this old is no save in progress but one that a crash or a kill cut short. */
    private static final Duration LEFTOVER = Duration.ofMinutes(10);

    private AtomicWrite() {
    }

    /** Temp files of earlier saves of this file that were cut short: they hold nothing the user needs. */
    private static void removeLeftovers(Path target) {
        String prefix = "." + target.getFileName() + ".";
        Instant before = Instant.now().minus(LEFTOVER);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(target.getParent(),
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(SAVING))) {
            for (Path temp : temps) {
                if (Files.getLastModifiedTime(temp).toInstant().isBefore(before)) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            // tidying up is a courtesy; the save itself decides success
        }
    }

    /** A new file gets the user's usual permissions; one that replaces a file gets that file's. */
    static void write(byte[] bytes, Path file, BeforeReplace beforeReplace) throws SaveFailedException {
        write(bytes, file, null, beforeReplace);
    }

    /**
     * Like {@link #write(byte[], Path, Set, BeforeReplace)}, with the rename on this system: tried again for a while
     * on Windows, where another program may hold the old file for a moment ({@link WindowsSafeRename}).
     */
    static void write(byte[] bytes, Path file, Set<PosixFilePermission> permissions, BeforeReplace beforeReplace)
            throws SaveFailedException {
        write(bytes, file, permissions, beforeReplace, WindowsSafeRename.forThisSystem());
    }

    /**
     * Like {@link #write(byte[], Path, BeforeReplace)}, but the new file gets {@code permissions} (where the file
     * system has them), and nobody else can read it while it is written; {@code rename} puts it in place.
     */
    static void write(byte[] bytes, Path file, Set<PosixFilePermission> permissions, BeforeReplace beforeReplace,
            WindowsSafeRename rename) throws SaveFailedException {
        Path target = linkedFile(file.toAbsolutePath());
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw failed(target, Files.exists(folder) ? Kind.NOT_WRITABLE : Kind.FOLDER_MISSING, null,
                    Files.exists(folder) ? "save.notAFolder" : folder.toString());
        }
        if (Files.isDirectory(target)) {
            throw failed(target, Kind.NOT_WRITABLE, null, "save.targetIsFolder");
        }
        // a plain new file (not createTempFile, which is private to its owner): it gets the user's usual
        // permissions, or those of the file it replaces
        Path temp = folder.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + SAVING);
        removeLeftovers(target);
        try {
            try (FileChannel out = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    permissions == null ? new FileAttribute<?>[0] : OwnerOnly.privateFile(temp))) {
                if (permissions == null) {
                    keepPermissions(target, temp);
                } else {
                    OwnerOnly.set(temp, permissions);
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            beforeReplace.run(target);
            rename.replace(temp, target);
            syncFolder(folder);
        } catch (IOException e) {
            throw translate(e, target);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * The file to replace: for a symbolic link, the file it leads to, with the temp file beside that file. A rename
     * over the link itself would turn the link into a plain file and leave the real file as it was.
     */
    private static Path linkedFile(Path target) throws SaveFailedException {
        if (!Files.isSymbolicLink(target)) {
            return target;
        }
        try {
            return target.toRealPath();
        } catch (IOException e) {
            // a link to a file that was moved or deleted: making a file there would surprise more than it helps
            throw failed(target, Kind.NOT_WRITABLE, e, "save.danglingLink");
        }
    }

    private static SaveFailedException translate(IOException e, Path target) {
        Path folder = target.getParent();
        String reason = String.valueOf(e.getMessage());
        String os = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : reason;
        if (!Files.isDirectory(folder)) {
            return failed(target, Kind.FOLDER_MISSING, e, folder.toString());
        }
        if (os.contains("No space left") || os.contains("Disk quota")) {
            return failed(target, Kind.DISK_FULL, e);
        }
        if (e instanceof AccessDeniedException || os.contains("Permission denied")
                || os.contains("Operation not permitted")) {
            return failed(target, Kind.NO_PERMISSION, e, folder.toString());
        }
        if (os.contains("Read-only file system")) {
            return failed(target, Kind.NOT_WRITABLE, e, "save.readOnlyMedium");
        }
        if (e instanceof NoSuchFileException) {
            return failed(target, Kind.FOLDER_MISSING, e, folder.toString());
        }
        return failed(target, Kind.NOT_WRITABLE, e, os);
    }

    private static SaveFailedException failed(Path target, Kind kind, Throwable cause, String... details) {
        return new SaveFailedException(Problem.at(target.toString(), kind, "", details), cause);
    }

    private static void keepPermissions(Path original, Path temp) {
        try {
            if (Files.exists(original)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(original));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system, or not ours to change: the new file keeps the default permissions
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, and then the OS decides. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; the rename is still atomic there
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the folder went away or became unwritable: there is nothing left to clean, or nothing we may
        }
    }
}

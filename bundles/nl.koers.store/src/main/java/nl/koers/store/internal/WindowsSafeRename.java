package nl.koers.store.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Renames a finished temp file over the file it replaces, in one step, on every system.
 *
 * <p>{@code ATOMIC_MOVE} with {@code REPLACE_EXISTING} is {@code rename(2)} on Linux and macOS, and {@code MoveFileEx}
 * with {@code MOVEFILE_REPLACE_EXISTING} on Windows: either way a reader sees the old file or the new one, never half
 * of one. On Linux and macOS the rename works while others have the old file open. Windows refuses it while another
 * program holds the old file open without sharing its deletion: a virus scanner or the search indexer looking at the
 * file that was just saved, OneDrive or Dropbox syncing it, a backup tool. Java reports that as {@link
 * AccessDeniedException} ({@code ERROR_ACCESS_DENIED}) or as a plain {@link FileSystemException} (a sharing
 * violation). Such a hold lasts milliseconds, so on Windows the rename is tried again for about two seconds before the
 * save fails with its usual message. Koers itself never holds the dossier like that: it reads it through java.nio,
 * which opens files with {@code FILE_SHARE_DELETE}, and its lock is a file of its own beside the dossier.
 */
final class WindowsSafeRename {
    /** One rename: {@link Files#move} in the real store, something that fails like Windows in a test. */
    interface Rename {
        void move(Path temp, Path target) throws IOException;
    }

    /** The waits between tries on Windows: about two seconds in all, short first since most holds are short. */
    static final List<Duration> WINDOWS_WAITS = List.of(Duration.ofMillis(10), Duration.ofMillis(20),
            Duration.ofMillis(40), Duration.ofMillis(80), Duration.ofMillis(150), Duration.ofMillis(250),
            Duration.ofMillis(400), Duration.ofMillis(500), Duration.ofMillis(500));

    private final Rename rename;
    private final List<Duration> waits;

    WindowsSafeRename(Rename rename, List<Duration> waits) {
        this.rename = rename;
        this.waits = waits;
    }

    /** Files.move on this system: tried again on Windows only; elsewhere a refused rename is a lasting refusal. */
    static WindowsSafeRename forThisSystem() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return new WindowsSafeRename(WindowsSafeRename::atomicMove, windows ? WINDOWS_WAITS : List.of());
    }

    void replace(Path temp, Path target) throws IOException {
        for (int attempt = 0;; attempt++) {
            try {
                rename.move(temp, target);
                return;
            } catch (FileSystemException refused) {
                if (attempt >= waits.size() || !heldByAnother(refused)) {
                    throw refused;
                }
                pause(waits.get(attempt), refused);
            }
        }
    }

    /** What Windows says while another program holds the file; subclasses such as NoSuchFileException are other causes. */
    private static boolean heldByAnother(FileSystemException refused) {
        return refused instanceof AccessDeniedException || refused.getClass() == FileSystemException.class;
    }

    private static void pause(Duration wait, FileSystemException refused) throws FileSystemException {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused; // the save is being cancelled: the old file stays as it was
        }
    }

    private static void atomicMove(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // a file system without atomic rename (some network shares): the best that remains
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

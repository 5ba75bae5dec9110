package nl.koers.store.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import nl.koers.store.DossierLock;
import nl.koers.store.DossierLockedException;
import nl.koers.store.DossierLocks;
import nl.koers.store.LockHolder;

/**
 * Locks as small files next to the dossier. A lock file appears complete or not at all (it is written aside and
 * then linked into place), so whoever finds one can always read who holds it. A lock whose process is gone is taken
 * over by first moving it aside and checking that what was moved is the very lock found stale (and putting it back
 * when it is not), so that two processes that find the same stale lock do not both believe they hold the dossier.
 * (A third process that creates a lock in the microseconds between such a move and its undo could still race; the
 * lock is a courtesy between windows, the atomic save is what keeps the file whole.)
 */
@Component(service = DossierLocks.class)
public final class FileDossierLocks implements DossierLocks {
    /** A lock file that cannot be read and is older than this was left half-made by a crash. */
    private static final Duration UNREADABLE_GRACE = Duration.ofSeconds(10);
    private static final int ATTEMPTS = 5;

    @Override
    public DossierLock lock(Path dossier) throws DossierLockedException {
        Path target = dossier.toAbsolutePath().normalize();
        Path lockFile = LockFile.next(target);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            byte[] mine = new LockFile(ProcessIdentity.current(), Instant.now()).bytes();
            if (create(lockFile, mine)) {
                return new HeldLock(target, lockFile, mine);
            }
            byte[] found = read(lockFile);
            if (found == null) {
                continue; // released in between: try again
            }
            Optional<LockFile> held = LockFile.parse(found);
            if (held.isPresent() && held.get().holder().isRunning()) {
                throw locked(target, held.get());
            }
            if (held.isEmpty() && !olderThanGrace(lockFile)) {
                throw new DossierLockedException(target, new LockHolder("", "", 0, Instant.now(), false));
            }
            takeOver(lockFile, found);
        }
        byte[] found = read(lockFile);
        throw locked(target, found == null ? null : LockFile.parse(found).orElse(null));
    }

    private static DossierLockedException locked(Path target, LockFile lock) {
        if (lock == null) {
            return new DossierLockedException(target, new LockHolder("", "", 0, Instant.now(), false));
        }
        ProcessIdentity h = lock.holder();
        return new DossierLockedException(target,
                new LockHolder(h.user(), h.host(), h.pid(), lock.since(), h.isThisProcess()));
    }

    /** Creates the lock file with its full content, or returns false when one exists. */
    private static boolean create(Path lockFile, byte[] content) throws DossierLockedException {
        Path aside = lockFile.resolveSibling(lockFile.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Long.toHexString(System.nanoTime()));
        try {
            Files.write(aside, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
            try {
                Files.createLink(lockFile, aside);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | IOException e) {
                if (Files.exists(lockFile)) {
                    return false;
                }
                // no hard links here (some shares): an exclusive create, then the content
                return createNew(lockFile, content);
            }
        } catch (IOException e) {
            // a folder where no lock can be made (read-only medium): nobody else can lock it either
            return true;
        } finally {
            try {
                Files.deleteIfExists(aside);
            } catch (IOException e) {
                // an unwritable folder: nothing was made there
            }
        }
    }

    private static boolean createNew(Path lockFile, byte[] content) throws IOException {
        try {
            Files.write(lockFile, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    /** Moves the stale lock aside; if what was moved is not what was found stale, it goes back where it was. */
    private static void takeOver(Path lockFile, byte[] stale) {
        Path aside = lockFile.resolveSibling(lockFile.getFileName() + ".stale." + ProcessHandle.current().pid() + "."
                + Long.toHexString(System.nanoTime()));
        try {
            // still the stale one? (another process may have taken it over since it was read)
            if (!Arrays.equals(stale, Files.readAllBytes(lockFile))) {
                return;
            }
            Files.move(lockFile, aside);
        } catch (IOException e) {
            return; // someone else took it over first
        }
        try {
            if (!Arrays.equals(stale, Files.readAllBytes(aside))) {
                Files.createLink(lockFile, aside);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // it was put back by someone or cannot be: the next attempt reads the lock as it is now
        } finally {
            try {
                Files.deleteIfExists(aside);
            } catch (IOException e) {
                // left aside: it holds nothing anyone waits for
            }
        }
    }

    private static byte[] read(Path lockFile) {
        try {
            return Files.readAllBytes(lockFile);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean olderThanGrace(Path lockFile) {
        try {
            Instant modified = Files.getLastModifiedTime(lockFile).toInstant();
            return modified.plus(UNREADABLE_GRACE).isBefore(Instant.now());
        } catch (IOException e) {
            return false;
        }
    }

    /** A lock this process holds; closing removes the file, but only while it is still this lock. */
    private static final class HeldLock implements DossierLock {
        private final Path dossier;
        private final Path lockFile;
        private final byte[] content;
        private boolean closed;

        HeldLock(Path dossier, Path lockFile, byte[] content) {
            this.dossier = dossier;
            this.lockFile = lockFile;
            this.content = content;
        }

        @Override
        public Path dossier() {
            return dossier;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            byte[] now = read(lockFile);
            if (now != null && Arrays.equals(now, content)) {
                try {
                    Files.deleteIfExists(lockFile);
                } catch (IOException e) {
                    // left behind: the next Koers finds it stale, since this process will be gone
                }
            }
        }
    }
}

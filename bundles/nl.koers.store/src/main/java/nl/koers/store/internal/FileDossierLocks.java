package nl.koers.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import nl.koers.store.DossierLock;
import nl.koers.store.DossierLockedException;
import nl.koers.store.DossierLocks;
import nl.koers.store.LockHolder;

/**
 * Locks as a small file next to the dossier ({@code .name.koers.lock}) that says who holds it, and an operating
 * system lock on that file that the holder keeps while the dossier is open. The system drops that lock when the
 * process ends, however it ends, so a lock file that nobody holds is stale and is simply taken: no clocks to
 * compare, and no window between finding a lock stale and taking it in which a third process could slip in (the
 * kill campaign's racing threads found one in the earlier, file-moving take-over).
 *
 * <p>What the file says still counts where the system lock cannot be trusted: a lock made on another computer
 * (a network share) is never taken over, nor one that names a process of this computer that still runs.
 */
@Component(service = DossierLocks.class)
public final class FileDossierLocks implements DossierLocks {
    private static final int ATTEMPTS = 5;

    @Override
    public DossierLock lock(Path dossier) throws DossierLockedException {
        Path target = dossier.toAbsolutePath().normalize();
        Path lockFile = LockFile.next(target);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            FileChannel channel;
            try {
                // never through a link: one planted as the lock file would have Koers overwrite the file it names
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                refuseStrange(target, lockFile); // the open refused a link or a folder
                // a folder where no lock can be made (a read-only medium): nobody else can lock it either
                return new HeldLock(target, lockFile, null, null, new byte[0]);
            }
            try {
                // what did open (a pipe, a second name of another file) is looked at before anything is written
                refuseStrange(target, lockFile);
            } catch (DossierLockedException strange) {
                close(channel);
                throw strange;
            }
            FileLock system;
            try {
                system = channel.tryLock();
            } catch (OverlappingFileLockException thisProcess) {
                close(channel);
                throw locked(target, read(lockFile));
            } catch (IOException unsupported) {
                close(channel);
                return new HeldLock(target, lockFile, null, null, new byte[0]);
            }
            if (system == null) {
                close(channel);
                throw locked(target, read(lockFile));
            }
            Optional<DossierLock> held = take(target, lockFile, channel, system);
            if (held.isPresent()) {
                return held.get();
            }
        }
        throw locked(target, read(lockFile));
    }

    /**
     * With the system lock in hand: refuses a lock file that names a live holder the system cannot vouch for,
     * else writes this process into it. Empty when the file was removed by its releasing holder in the meantime
     * (this process then holds a lock on a file that no longer has a name, and tries again).
     */
    private static Optional<DossierLock> take(Path target, Path lockFile, FileChannel channel, FileLock system)
            throws DossierLockedException {
        try {
            byte[] previous = contents(channel);
            Optional<LockFile> before = LockFile.parse(previous);
            if (before.isPresent() && !before.get().holder().isThisProcess() && before.get().holder().isRunning()) {
                release(system, channel);
                throw locked(target, previous);
            }
            // the nonce tells this attempt's file from another thread's written in the same instant
            byte[] mine = (new String(new LockFile(ProcessIdentity.current(), Instant.now()).bytes(),
                    StandardCharsets.UTF_8) + "nonce=" + Long.toHexString(Nonces.RANDOM.nextLong()) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(mine), 0);
            channel.force(true);
            if (!Arrays.equals(mine, read(lockFile))) {
                release(system, channel);
                return Optional.empty();
            }
            return Optional.of(new HeldLock(target, lockFile, channel, system, mine));
        } catch (IOException e) {
            release(system, channel);
            return Optional.empty();
        }
    }

    /**
     * Refuses a lock file that is no ordinary file with this one name (a link, a folder, a pipe, a hard link to
     * another file): what Koers writes in it would change something else, or never arrive.
     */
    private static void refuseStrange(Path target, Path lockFile) throws DossierLockedException {
        BasicFileAttributes found;
        try {
            found = Files.readAttributes(lockFile, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return; // not there (any more): nothing to refuse
        }
        if (!found.isRegularFile() || names(lockFile) > 1) {
            throw DossierLockedException.strangeLockFile(target, lockFile);
        }
    }

    private static int names(Path file) {
        try {
            return (Integer) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1; // a file system that does not count names
        }
    }

    private static DossierLockedException locked(Path target, byte[] found) {
        LockFile lock = found == null ? null : LockFile.parse(found).orElse(null);
        if (lock == null) {
            // being written right now by whoever holds it
            return new DossierLockedException(target, new LockHolder("", "", 0, Instant.now(), false));
        }
        ProcessIdentity h = lock.holder();
        return new DossierLockedException(target,
                new LockHolder(h.user(), h.host(), h.pid(), lock.since(), h.isThisProcess()));
    }

    private static byte[] contents(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 64 * 1024));
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // read on: a lock file is a few lines
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    /** What the lock file says; null when there is none. Only a plain file is opened: a pipe would never answer. */
    private static byte[] read(Path lockFile) {
        try {
            if (!Files.readAttributes(lockFile, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()) {
                return new byte[0];
            }
            try (FileChannel in = FileChannel.open(lockFile, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                return contents(in);
            }
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static void release(FileLock system, FileChannel channel) {
        try {
            system.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written through it that matters
        }
    }

    /**
     * A lock this process holds. Closing removes the file while it is still this lock (before the system lock goes,
     * so that nobody can take a file that is about to disappear), then lets go of the system lock.
     */
    private static final class HeldLock implements DossierLock {
        private final Path dossier;
        private final Path lockFile;
        private final FileChannel channel;
        private final FileLock system;
        private final byte[] content;
        private boolean closed;

        HeldLock(Path dossier, Path lockFile, FileChannel channel, FileLock system, byte[] content) {
            this.dossier = dossier;
            this.lockFile = lockFile;
            this.channel = channel;
            this.system = system;
            this.content = content;
        }

        @Override
        public Path dossier() {
            return dossier;
        }

        @Override
        public synchronized void close() {
            if (closed || channel == null) {
                closed = true;
                return;
            }
            closed = true;
            byte[] now = read(lockFile);
            if (now != null && Arrays.equals(now, content)) {
                try {
                    Files.deleteIfExists(lockFile);
                } catch (IOException e) {
                    // left behind: nobody holds its system lock, so the next Koers takes it
                }
            }
            release(system, channel);
        }
    }

    /**
     * Made with the first lock, not with the service: a secure generator costs about 9 ms of processor time to make,
     * which the window's start then does not wait for (the first dossier is read beside the window).
     */
    private static final class Nonces {
        static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    }
}

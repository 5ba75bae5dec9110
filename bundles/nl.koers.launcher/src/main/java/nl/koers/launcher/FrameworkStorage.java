package nl.koers.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the framework keeps its bundles. Without a cache folder: a fresh temporary folder, deleted at the end. With
 * one: a folder kept between starts, named by the installed set (every jar's path, size and time, and the Java), so
 * that the next start finds its bundles installed and skips installing them; a changed distribution or plugin folder
 * gets a folder of its own. A kept folder counts only once a start has installed everything into it ({@value
 * #COMPLETE}): one that a crashed or killed start left half-made is made again. A second Koers running at the same
 * time (the folder is locked) gets a fresh temporary folder, as before.
 */
final class FrameworkStorage implements AutoCloseable {
    /** The file that says a kept folder holds every bundle of its set. */
    static final String COMPLETE = "complete";
    private static final String LOCK_SUFFIX = ".lock";

    private final Path folder;
    private final boolean kept;
    private final boolean reused;
    private final FileChannel lockFile;
    private final FileLock lock;

    private FrameworkStorage(Path folder, boolean kept, boolean reused, FileChannel lockFile, FileLock lock) {
        this.folder = folder;
        this.kept = kept;
        this.reused = reused;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /** A fresh temporary folder, deleted by {@link #close()}. */
    static FrameworkStorage fresh() throws IOException {
        return new FrameworkStorage(Files.createTempDirectory("koers-felix-"), false, false, null, null);
    }

    /** The kept folder for the set {@code jars} under {@code cache}, or a fresh one when another Koers holds it. */
    static FrameworkStorage kept(Path cache, List<Path> jars) throws IOException {
        Files.createDirectories(cache);
        Path folder = cache.resolve(key(jars));
        FileChannel channel = FileChannel.open(cache.resolve(folder.getFileName() + LOCK_SUFFIX),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel);
        if (lock == null) {
            channel.close();
            return fresh();
        }
        boolean reused = Files.isRegularFile(folder.resolve(COMPLETE));
        if (!reused) {
            delete(folder);
        }
        removeOthers(cache, folder);
        return new FrameworkStorage(folder, true, reused, channel, lock);
    }

    Path folder() {
        return folder;
    }

    /** True when the bundles of this set are in the folder already, from an earlier start. */
    boolean reused() {
        return reused;
    }

    /** Every bundle of the set is installed: later starts may use the folder as it is. */
    void markComplete() {
        if (kept && !reused) {
            try {
                Files.writeString(folder.resolve(COMPLETE), "", StandardCharsets.UTF_8);
            } catch (IOException e) {
                // the next start installs everything again, as without a cache
            }
        }
    }

    /** A kept folder that did not work: the next start makes it anew. */
    void discard() {
        if (kept) {
            delete(folder);
        }
    }

    /** Deletes a temporary folder; lets go of a kept one. */
    @Override
    public void close() {
        if (!kept) {
            delete(folder);
            return;
        }
        try {
            lock.release();
            lockFile.close();
        } catch (IOException e) {
            // the process ends: the system lets go of the lock anyway
        }
    }

    /**
     * The installed set's name: the Java, and each jar's path, size and time, in order. A 64-bit FNV-1a hash, not a
     * message digest: naming a folder needs no security, and the digest's providers cost every start milliseconds.
     */
    static String key(List<Path> jars) throws IOException {
        StringBuilder set = new StringBuilder(System.getProperty("java.home")).append(' ')
                .append(System.getProperty("java.vm.version")).append('\n');
        for (Path jar : jars) {
            set.append(jar.toAbsolutePath()).append(' ').append(Files.size(jar)).append(' ')
                    .append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
        }
        long hash = 0xcbf29ce484222325L;
        for (byte b : set.toString().getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex;
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // this process holds it already (tests that start two frameworks)
        }
    }

    /** Folders of earlier sets that no running Koers holds: a cache keeps one set, not every one it saw. */
    private static void removeOthers(Path cache, Path current) throws IOException {
        try (Stream<Path> entries = Files.list(cache)) {
            for (Path other : entries.filter(Files::isDirectory).filter(p -> !p.equals(current)).toList()) {
                Path lockPath = cache.resolve(other.getFileName() + LOCK_SUFFIX);
                try (FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE)) {
                    FileLock lock = tryLock(channel);
                    if (lock != null) {
                        delete(other);
                        Files.deleteIfExists(lockPath);
                        lock.release();
                    }
                }
            }
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a leftover folder is untidy, not harmful: a kept one without its mark is made anew
        }
    }
}

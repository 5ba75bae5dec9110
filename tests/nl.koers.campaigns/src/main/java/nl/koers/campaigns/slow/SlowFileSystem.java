package nl.koers.campaigns.slow;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The default file system, except that every write goes in pieces of {@value SlowChannel#PIECE} bytes with a
 * pause before each. A campaign's child works through it so that a kill often lands in the middle of a write:
 * where a write that is not atomic (in place instead of a temp file and a rename) leaves half a file. Only the
 * campaigns use it; the store sees nothing but paths.
 */
public final class SlowFileSystem extends FileSystem {
    private final FileSystem real = FileSystems.getDefault();
    private final SlowProvider provider;

    private SlowFileSystem(long pauseMillis) {
        this.provider = new SlowProvider(this, pauseMillis);
    }

    /** {@code path} on a file system that pauses {@code pauseMillis} before every piece it writes. */
    public static Path of(Path path, long pauseMillis) {
        return new SlowFileSystem(pauseMillis).wrap(path);
    }

    Path wrap(Path path) {
        return path == null ? null : new SlowPath(this, path);
    }

    static Path unwrap(Path path) {
        return path instanceof SlowPath slow ? slow.real() : path;
    }

    @Override
    public SlowProvider provider() {
        return provider;
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("the default file system stays open");
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return real.isReadOnly();
    }

    @Override
    public String getSeparator() {
        return real.getSeparator();
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        return StreamSupport.stream(real.getRootDirectories().spliterator(), false).map(this::wrap).toList();
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        return real.getFileStores();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return real.supportedFileAttributeViews();
    }

    @Override
    public Path getPath(String first, String... more) {
        return wrap(real.getPath(first, more));
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        PathMatcher matcher = real.getPathMatcher(syntaxAndPattern);
        return path -> matcher.matches(unwrap(path));
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        return real.getUserPrincipalLookupService();
    }

    @Override
    public WatchService newWatchService() throws IOException {
        throw new UnsupportedOperationException("the campaigns watch no folders");
    }
}

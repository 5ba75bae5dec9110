package nl.koers.log.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A text file that never grows much past {@code maxBytes}: when the next text would not fit, {@code koers.log}
 * becomes {@code koers.log.1}, that one {@code koers.log.2}, and so on up to {@code keep} files in all; the oldest
 * goes. Only its user may read it (0600): a log holds file names and what went wrong with them.
 */
final class RotatingFile {
    static final long DEFAULT_MAX_BYTES = 1024 * 1024;
    static final int DEFAULT_KEEP = 3;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final long maxBytes;
    private final int keep;
    /** The permissions of a file that was there before were put right. */
    private boolean checked;

    RotatingFile(Path file, long maxBytes, int keep) {
        if (maxBytes < 1 || keep < 1) {
            throw new IllegalArgumentException("maxBytes " + maxBytes + " and keep " + keep + " must be positive");
        }
        this.file = file.toAbsolutePath();
        this.maxBytes = maxBytes;
        this.keep = keep;
    }

    Path file() {
        return file;
    }

    /** Appends the text, first rotating when the file holds something and the text would take it past the limit. */
    void append(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (Files.exists(file) && Files.size(file) > 0 && Files.size(file) + bytes.length > maxBytes) {
            rotate();
        }
        createOwnerOnly();
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
            out.write(bytes);
        }
    }

    /** {@code koers.log.N} for {@code n > 0}, {@code koers.log} for 0. */
    Path generation(int n) {
        return n == 0 ? file : file.resolveSibling(file.getFileName() + "." + n);
    }

    private void rotate() throws IOException {
        Files.deleteIfExists(generation(keep - 1));
        for (int n = keep - 2; n >= 0; n--) {
            if (Files.exists(generation(n))) {
                Files.move(generation(n), generation(n + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void createOwnerOnly() throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (Files.exists(file)) {
            if (!checked && posix) {
                // a file an older Koers made with the usual permissions is closed to others from now on
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } else {
            Files.createDirectories(file.getParent());
            try {
                Files.createFile(file, posix
                        ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY) }
                        : new FileAttribute<?>[0]);
            } catch (FileAlreadyExistsException e) {
                // another writer (the launcher after a crash) was first; appending is all that is needed
            }
        }
        checked = true;
    }
}

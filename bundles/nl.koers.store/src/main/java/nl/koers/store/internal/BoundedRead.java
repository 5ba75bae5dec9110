package nl.koers.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import nl.koers.store.DossierFileException;
import nl.koers.store.Problem;
import nl.koers.store.Problem.Kind;

/**
 * Reads a whole file into memory, but only an ordinary file and only up to a limit. A pipe waits for ever for a
 * writer and a device such as {@code /dev/zero} never ends, so they are refused before they are opened (links are
 * followed: a link to a dossier is a dossier). The limit is checked on the size the file system reports, and again
 * while reading, because a file can grow and {@code /proc} files report no size at all.
 */
final class BoundedRead {
    /** The framework property that sets the limit, in bytes. */
    static final String PROPERTY = "koers.store.maxBytes";
    /** Far above any real dossier (a large one is a few megabytes), far below what takes a desktop down. */
    static final long DEFAULT_LIMIT = 256L << 20;
    /** What one Java array can hold. */
    private static final long MAX_LIMIT = Integer.MAX_VALUE - 16;

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private final long limit;

    BoundedRead(long limit) {
        this.limit = Math.min(limit, MAX_LIMIT);
    }

    /** The limit a framework property sets; what is no positive number leaves the default. */
    static BoundedRead of(String property) {
        try {
            long set = property == null ? DEFAULT_LIMIT : Long.parseLong(property.trim());
            return new BoundedRead(set > 0 ? set : DEFAULT_LIMIT);
        } catch (NumberFormatException e) {
            return new BoundedRead(DEFAULT_LIMIT);
        }
    }

    long limit() {
        return limit;
    }

    byte[] bytes(Path file) throws DossierFileException {
        String name = file.toString();
        try {
            BasicFileAttributes found = Files.readAttributes(file, BasicFileAttributes.class);
            if (!found.isRegularFile()) {
                throw new DossierFileException(Problem.at(name, Kind.NOT_A_FILE, "", what(file, found)));
            }
            if (found.size() > limit) {
                throw tooLarge(name, size(found.size()));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return bytes(in, name);
            }
        } catch (NoSuchFileException e) {
            throw new DossierFileException(Problem.at(name, Kind.NOT_FOUND, ""), e);
        } catch (AccessDeniedException e) {
            throw new DossierFileException(Problem.at(name, Kind.NOT_READABLE, "", "read.accessDenied"), e);
        } catch (IOException e) {
            throw new DossierFileException(Problem.at(name, Kind.NOT_READABLE, "", String.valueOf(e.getMessage())), e);
        }
    }

    /** Everything a stream holds, when that is within the limit. */
    byte[] bytes(InputStream in, String name) throws IOException, DossierFileException {
        byte[] bytes = in.readNBytes((int) limit + 1);
        if (bytes.length > limit) {
            throw tooLarge(name, "size.growing");
        }
        return bytes;
    }

    private DossierFileException tooLarge(String name, String size) {
        return new DossierFileException(Problem.at(name, Kind.TOO_LARGE, "", size, size(limit)));
    }

    /** What a file that is no ordinary file is, as a message key; the Unix mode tells a pipe from a device. */
    private static String what(Path file, BasicFileAttributes found) {
        if (found.isDirectory()) {
            return "file.folder";
        }
        try {
            return switch ((Integer) Files.getAttribute(file, "unix:mode") & S_IFMT) {
                case S_IFIFO -> "file.fifo";
                case S_IFCHR -> "file.charDevice";
                case S_IFBLK -> "file.blockDevice";
                case S_IFSOCK -> "file.socket";
                default -> "file.other";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "file.other"; // a file system without Unix modes
        }
    }

    /** A size a person reads: whole units, rounded up, so a file just over the limit does not look equal to it. */
    private static String size(long bytes) {
        String[] units = { "kB", "MB", "GB", "TB" };
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        long unit = 1024;
        int i = 0;
        while (i < units.length - 1 && bytes >= unit * 1024) {
            unit *= 1024;
            i++;
        }
        return (bytes + unit - 1) / unit + " " + units[i];
    }
}

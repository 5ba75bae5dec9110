package nl.koers.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import nl.koers.folders.UserFolders;

/**
 * Where stack traces go instead of the terminal: Koers's log, {@code koers.log} in the user's cache folder ({@link
 * UserFolders}: {@code ~/.cache/koers} on Linux), or the file {@code koers.log.file} names. It is the same file the bundle
 * {@code nl.koers.log} writes while the framework runs; the launcher writes only when the framework has stopped,
 * in the same form (time, level, where, message, then the stack trace), so a person sends one file.
 */
final class CrashLog {
    /** Framework property (in {@code etc/koers.properties}, or a system property) that moves the log. */
    static final String FILE_PROPERTY = "koers.log.file";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS Z");

    private final Path file;

    CrashLog(Path file) {
        this.file = file.toAbsolutePath();
    }

    static CrashLog inUserCache(UserFolders folders) {
        return new CrashLog(folders.cache().resolve("koers.log"));
    }

    /** The log {@code koers.log.file} names, or this one when it names none. */
    CrashLog configured(String configuredFile) {
        return configuredFile == null || configuredFile.isBlank() ? this : new CrashLog(Path.of(configuredFile.trim()));
    }

    Path file() {
        return file;
    }

    /** Appends the failure as an error; the file written, or empty when even that failed. */
    Optional<Path> write(Throwable failure) {
        return write("ERROR", String.valueOf(failure), failure);
    }

    /** Appends one entry, with the failure's stack trace when there is one; the file, or empty when that failed. */
    Optional<Path> write(String level, String message, Throwable failure) {
        StringWriter entry = new StringWriter();
        entry.append(TIME.format(ZonedDateTime.now())).append(' ').append(level).append(" nl.koers.launcher ")
                .append(message.replaceAll("\\R\\s*", " | ")).append(System.lineSeparator());
        if (failure != null) {
            failure.printStackTrace(new PrintWriter(entry, true));
        }
        try {
            createOwnerOnly();
            Files.writeString(file, entry.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A log holds file names and what went wrong with them: only its user may read it. */
    private void createOwnerOnly() throws IOException {
        if (Files.exists(file)) {
            return;
        }
        Files.createDirectories(file.getParent());
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            // made in between: appending is all that is needed
        }
    }
}

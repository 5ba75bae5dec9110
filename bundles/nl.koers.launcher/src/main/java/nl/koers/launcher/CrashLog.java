package nl.koers.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * Where stack traces go instead of the terminal: {@code $XDG_CACHE_HOME/koers/koers.log}, by default
 * {@code ~/.cache/koers/koers.log}, so a person sees one clear line and support still gets the details.
 */
final class CrashLog {
    private final Path file;

    CrashLog(Path file) {
        this.file = file;
    }

    static CrashLog inUserCache(Map<String, String> environment, String userHome) {
        String cacheHome = environment.get("XDG_CACHE_HOME");
        Path cache = cacheHome == null || cacheHome.isBlank() ? Path.of(userHome, ".cache") : Path.of(cacheHome);
        return new CrashLog(cache.resolve("koers").resolve("koers.log"));
    }

    Path file() {
        return file;
    }

    /** Appends the failure with a time stamp; the file written, or empty when even that failed. */
    Optional<Path> write(Throwable failure) {
        StringWriter trace = new StringWriter();
        trace.append("=== ").append(OffsetDateTime.now().toString()).append(System.lineSeparator());
        failure.printStackTrace(new PrintWriter(trace, true));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

package nl.koers.instrument.api.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a command runs: the language to speak, the folder relative paths start from, and the two streams.
 */
public record CommandContext(Locale locale, Path workingDirectory, PrintStream out, PrintStream err) {
    public CommandContext {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** A path given on the command line, relative to the working directory. */
    public Path resolve(String path) {
        return workingDirectory.resolve(path);
    }
}

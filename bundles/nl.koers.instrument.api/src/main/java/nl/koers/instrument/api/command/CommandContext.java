package nl.koers.instrument.api.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a command runs: the language to speak, the folder relative paths start from, and the two streams.
 *
 * @param locale the language to write in: the person's, from the command line or the system
 * @param workingDirectory the folder the command was started in; relative paths start here
 * @param out what the command reports
 * @param err errors and usage
 */
public record CommandContext(Locale locale, Path workingDirectory, PrintStream out, PrintStream err) {
    /** Checks that none is null. */
    public CommandContext {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /**
     * {@return a path given on the command line, relative to the working directory}
     *
     * @param path as the person typed it; an absolute path stays as it is
     */
    public Path resolve(String path) {
        return workingDirectory.resolve(path);
    }
}

package nl.koers.instrument.api.command;

import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;

/** A headless command: {@code bin/koers <name> <arguments>}. It needs no display. */
@ConsumerType
public interface Command {
    /** Success. */
    int OK = 0;
    /** The command ran and found problems (an invalid file, a failed export). */
    int FAILED = 1;
    /** The command was called wrongly; it says how to call it. */
    int USAGE = 2;

    /** The word that calls the command, lower case, e.g. {@code validate}. */
    String name();

    /** One line for {@code --help}: the arguments and what the command does. */
    String summary(Locale locale);

    /**
     * Runs the command. What a person reads goes to {@link CommandContext#out()} and
     * {@link CommandContext#err()} in {@link CommandContext#locale()}.
     *
     * @return {@link #OK}, {@link #FAILED}, {@link #USAGE} or another documented exit code
     */
    int run(CommandContext context, List<String> arguments) throws Exception;
}

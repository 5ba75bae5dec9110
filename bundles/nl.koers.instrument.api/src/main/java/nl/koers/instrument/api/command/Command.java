package nl.koers.instrument.api.command;

import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A headless command: {@code bin/koers <name> <arguments>}. It needs no display. Register it as a service; the
 * launcher finds it by {@link #name()}, and {@code bin/koers --help} lists it with its {@link #summary}.
 *
 * <pre>{@code
 * @Component(service = Command.class)
 * public final class CountCommand implements Command {
 *     public String name() { return "energiekaart-count"; }
 *     public String summary(Locale locale) { return "energiekaart-count DOSSIER: how many themes"; }
 *     public int run(CommandContext context, List<String> arguments) {
 *         if (arguments.size() != 1) { context.err().println(summary(context.locale())); return USAGE; }
 *         Path file = context.resolve(arguments.get(0));
 *         ...
 *         return OK;
 *     }
 * }
 * }</pre>
 */
@ConsumerType
public interface Command {
    /** Success. */
    int OK = 0;
    /** The command ran and found problems (an invalid file, a failed export). */
    int FAILED = 1;
    /** The command was called wrongly; it says how to call it. */
    int USAGE = 2;

    /** {@return the word that calls the command, lower case, e.g. {@code validate}} */
    String name();

    /**
     * {@return one line for {@code --help}: the arguments and what the command does}
     *
     * @param locale the language of the person asking
     */
    String summary(Locale locale);

    /**
     * Runs the command. What a person reads goes to {@link CommandContext#out()} and
     * {@link CommandContext#err()} in {@link CommandContext#locale()}. Text from a file goes through
     * {@link TerminalText} first.
     *
     * @param context the language, working directory and streams of this run
     * @param arguments what followed the command's name on the command line
     * @return {@link #OK}, {@link #FAILED}, {@link #USAGE} or another documented exit code
     * @throws Exception anything the command does not handle itself: Koers prints it on one line, writes the
     *         trace to the log and exits with {@link #FAILED}
     */
    int run(CommandContext context, List<String> arguments) throws Exception;
}

package nl.koers.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.command.Command;
import nl.koers.instrument.api.command.CommandContext;
import nl.koers.instrument.api.command.TerminalText;

/**
 * The headless face: the launcher hands it the command line on the main thread. It knows {@code --help} and
 * {@code --version}; every other word is looked up among the {@link Command} services that bundles register.
 */
@Component(service = Function.class, property = { "main.thread=true", "koers.face=cli" })
public final class CommandLineFace implements Function<String[], Integer> {
    private final List<Command> commands = new CopyOnWriteArrayList<>();
    private final Locale locale;
    private final Version version;
    private final PrintStream out;
    private final PrintStream err;
    /** Hears what failed, with the stack trace the terminal does not show: the OSGi log. */
    private final BiConsumer<String, Throwable> failures;

    @Activate
    public CommandLineFace(BundleContext context, @Reference(service = LoggerFactory.class) Logger log) {
        this(Languages.of(context.getProperty("koers.lang")), context.getBundle().getVersion(), System.out,
                System.err, (what, error) -> log.error("{}", what, error));
    }

    CommandLineFace(Locale locale, Version version, PrintStream out, PrintStream err,
            BiConsumer<String, Throwable> failures) {
        this.locale = locale;
        this.version = version;
        this.out = out;
        this.err = err;
        this.failures = failures;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCommand(Command command) {
        commands.add(command);
    }

    void removeCommand(Command command) {
        commands.remove(command);
    }

    @Override
    public Integer apply(String[] args) {
        Texts texts = Texts.load("nl.koers.cli.internal.Messages", locale, getClass().getClassLoader());
        if (args.length == 0 || isOneOf(args[0], "--help", "-h", "help")) {
            help(texts);
            return Command.OK;
        }
        if (isOneOf(args[0], "--version", "-v", "version")) {
            out.println(texts.format("version", version.getMajor() + "." + version.getMinor() + "." + version.getMicro(),
                    Runtime.version().feature()));
            return Command.OK;
        }
        Optional<Command> command = find(args[0]);
        if (command.isEmpty()) {
            err.println(TerminalText.visible(texts.format("unknownCommand", args[0])));
            return Command.USAGE;
        }
        CommandContext context = new CommandContext(locale, Path.of("").toAbsolutePath(), out, err);
        try {
            return command.get().run(context, List.of(Arrays.copyOfRange(args, 1, args.length)));
        } catch (Exception | LinkageError e) {
            // a command from a plugin that fails must say so, not print a trace at the user: the trace goes to the log
            String message = texts.format("commandFailed", args[0], String.valueOf(e));
            err.println(TerminalText.visible(message));
            failures.accept(message, e);
            return Command.FAILED;
        }
    }

    private Optional<Command> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private void help(Texts texts) {
        out.println(texts.get("help.usage"));
        out.println();
        out.println(texts.get("help.commands"));
        List<Command> sorted = commands.stream().sorted(Comparator.comparing(Command::name)).toList();
        int width = sorted.stream().mapToInt(c -> c.name().length()).max().orElse(0) + 2;
        for (Command c : sorted) {
            String summary;
            try {
                summary = c.summary(locale);
            } catch (RuntimeException e) {
                summary = texts.format("commandFailed", c.name(), String.valueOf(e));
                failures.accept(summary, e);
            }
            // a plugin's command names and describes itself
            out.println(TerminalText.visible("  " + pad(c.name(), width) + summary));
        }
        out.println();
        out.println(texts.get("help.options"));
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(1, width - s.length()));
    }

    private static boolean isOneOf(String arg, String... options) {
        return Arrays.asList(options).contains(arg);
    }
}

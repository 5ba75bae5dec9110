package nl.koers.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
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
    private final List<Offered> commands = new CopyOnWriteArrayList<>();
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

    /** A command and the bundle that offers it; of two with one name, the bundle installed first owns the name. */
    record Offered(Command command, long bundleId, String bundle) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindCommand(Command command, ServiceReference<Command> reference) {
        addCommand(command, reference.getBundle().getBundleId(), reference.getBundle().getSymbolicName());
    }

    void unbindCommand(Command command) {
        commands.removeIf(c -> c.command() == command);
    }

    /** Koers's own bundles are installed before any plugin, so a plugin cannot take a name from Koers. */
    void addCommand(Command command, long bundleId, String bundle) {
        commands.add(new Offered(command, bundleId, bundle));
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
        return owners().stream().filter(c -> c.command().name().equals(name)).map(Offered::command).findFirst();
    }

    /** Per name the command of the bundle installed first (a plugin's duplicate is refused), sorted by name. */
    private List<Offered> owners() {
        Map<String, Offered> owners = new TreeMap<>();
        for (Offered offered : byAge()) {
            owners.putIfAbsent(offered.command().name(), offered);
        }
        return List.copyOf(owners.values());
    }

    private List<Offered> byAge() {
        return commands.stream().sorted(Comparator.comparingLong(Offered::bundleId)).toList();
    }

    private void help(Texts texts) {
        out.println(texts.get("help.usage"));
        out.println();
        out.println(texts.get("help.commands"));
        List<Offered> owners = owners();
        List<Command> sorted = owners.stream().map(Offered::command).toList();
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
        for (Offered refused : byAge()) {
            if (!owners.contains(refused)) {
                Offered owner = owners.stream().filter(o -> o.command().name().equals(refused.command().name())).findFirst().orElseThrow();
                out.println(TerminalText.visible("  " + pad(refused.command().name(), width)
                        + texts.format("commandRefused", refused.bundle(), owner.bundle())));
            }
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

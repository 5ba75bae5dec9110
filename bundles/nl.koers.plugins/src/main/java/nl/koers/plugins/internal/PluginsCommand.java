package nl.koers.plugins.internal;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.command.Command;
import nl.koers.instrument.api.command.CommandContext;
import nl.koers.instrument.api.command.TerminalText;
import nl.koers.plugins.CatalogueEntry;
import nl.koers.plugins.Generation;
import nl.koers.plugins.Plugin;
import nl.koers.plugins.PluginException;
import nl.koers.plugins.Plugins;
import nl.koers.plugins.Signer;

/**
 * {@code koers plugins list|install FILE|URL [--trust]|update NAME FILE [--trust]|remove NAME|enable NAME|
 * disable NAME|trust CERT.pem|trusted|generations|rollback|catalogue URL}. The same is {@code koers:plugins ...}
 * in the OSGi shell (Gogo finds the {@code plugins} methods through the service properties). Exit 0 when done,
 * 1 when refused or failed (with the reasons), 2 for wrong arguments.
 */
@Component(service = Command.class, property = { "osgi.command.scope=koers", "osgi.command.function=plugins" })
public final class PluginsCommand implements Command {
    private static final String TRUST = "--trust";

    private final Plugins plugins;
    private final Locale shellLocale;

    @Activate
    public PluginsCommand(@Reference Plugins plugins, BundleContext context) {
        this.plugins = plugins;
        String lang = context.getProperty("koers.lang");
        this.shellLocale = lang == null || lang.isBlank() ? Locale.of("nl") : Locale.of(lang);
    }

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    public String summary(Locale locale) {
        return texts(locale).get("summary");
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws Exception {
        Texts texts = texts(context.locale());
        boolean trustNow = arguments.contains(TRUST);
        List<String> words = new ArrayList<>(arguments);
        words.remove(TRUST);
        String action = words.isEmpty() ? "list" : words.get(0);
        List<String> rest = words.subList(Math.min(1, words.size()), words.size());
        try {
            switch (action + "/" + rest.size()) {
                case "list/0" -> list(context, texts);
                case "install/1" -> installed(context, texts, install(context, rest.get(0), trustNow));
                case "update/2" -> installed(context, texts, plugins.update(rest.get(0), context.resolve(rest.get(1)), trustNow));
                case "remove/1" -> done(context, texts, "removed", rest.get(0), () -> plugins.remove(rest.get(0)));
                case "enable/1" -> done(context, texts, "enabled", rest.get(0), () -> plugins.enable(rest.get(0)));
                case "disable/1" -> done(context, texts, "disabled", rest.get(0), () -> plugins.disable(rest.get(0)));
                case "trust/1" -> done(context, texts, "trusts", rest.get(0), () -> plugins.trust(context.resolve(rest.get(0))));
                case "trusted/0" -> trusted(context);
                case "generations/0" -> generations(context, texts);
                case "rollback/0" -> {
                    Generation generation = plugins.rollback();
                    say(context.out(), texts.format("rolledBack", generation.number(), String.join(", ", generation.plugins())));
                }
                case "catalogue/1" -> catalogue(context, texts, rest.get(0));
                default -> {
                    context.err().println(texts.get("usage"));
                    return USAGE;
                }
            }
            return OK;
        } catch (PluginException e) {
            // one line per problem: a name from a jar's manifest cannot start a line of its own
            e.problems().forEach(problem -> say(context.err(), problem.message(context.locale())));
            if (!trustNow && e.problems().stream().allMatch(p -> p.kind().name().startsWith("UN"))) {
                say(context.err(), texts.get("trustHint"));
            }
            return FAILED;
        }
    }

    /** {@code koers:plugins} in the OSGi shell: the list. */
    public void plugins() throws Exception {
        plugins(new String[0]);
    }

    public void plugins(String action) throws Exception {
        plugins(new String[] {action});
    }

    public void plugins(String action, String argument) throws Exception {
        plugins(new String[] {action, argument});
    }

    public void plugins(String action, String first, String second) throws Exception {
        plugins(new String[] {action, first, second});
    }

    public void plugins(String action, String first, String second, String third) throws Exception {
        plugins(new String[] {action, first, second, third});
    }

    private void plugins(String[] arguments) throws Exception {
        run(new CommandContext(shellLocale, Path.of("").toAbsolutePath(), System.out, System.err), List.of(arguments));
    }

    private static boolean isUrl(String where) {
        return where.startsWith("http:") || where.startsWith("https:") || where.startsWith("file:");
    }

    private Plugin install(CommandContext context, String where, boolean trustNow) throws PluginException {
        if (isUrl(where)) {
            URI uri = URI.create(where);
            String file = uri.getPath().substring(uri.getPath().lastIndexOf('/') + 1);
            return plugins.install(new CatalogueEntry(file, file, "", uri, "", List.of()), trustNow);
        }
        Path file = context.resolve(where);
        return plugins.install(file, trustNow);
    }

    private void list(CommandContext context, Texts texts) {
        List<Plugin> installed = plugins.installed();
        if (installed.isEmpty()) {
            say(context.out(), texts.get("none"));
        }
        for (Plugin p : installed) {
            say(context.out(), texts.format("line", p.symbolicName(), p.version(), state(texts, p),
                    p.vendor(), texts.get("signature." + p.signature().kind()), p.signature().signer()));
        }
    }

    private static void installed(CommandContext context, Texts texts, Plugin plugin) {
        say(context.out(), texts.format("installed", plugin.symbolicName(), plugin.version(), state(texts, plugin)));
    }

    /** "actief", "uitgeschakeld", or "mislukt: " with the reason and when. */
    private static String state(Texts texts, Plugin plugin) {
        return plugin.error().isEmpty() ? texts.get("state." + plugin.state())
                : texts.format("state.failedBecause", plugin.error());
    }

    private interface Change {
        void run() throws PluginException;
    }

    private static void done(CommandContext context, Texts texts, String key, String what, Change change)
            throws PluginException {
        change.run();
        say(context.out(), texts.format(key, what));
    }

    private void trusted(CommandContext context) {
        for (Signer signer : plugins.trusted()) {
            say(context.out(), signer.fingerprint() + "  " + signer.name() + "  " + signer.validUntil());
        }
    }

    private void generations(CommandContext context, Texts texts) {
        for (Generation g : plugins.generations()) {
            say(context.out(), texts.format("generation", g.number(), g.at().toString(), g.change(),
                    String.join(", ", g.plugins())));
        }
    }

    private void catalogue(CommandContext context, Texts texts, String where) throws PluginException {
        URI uri = isUrl(where) ? URI.create(where) : context.resolve(where).toUri();
        for (CatalogueEntry entry : plugins.catalogue(uri)) {
            say(context.out(), texts.format("entry", entry.symbolicName(), entry.version(),
                    String.join(", ", entry.instrumentIds()), entry.content().toString()));
        }
    }

    private static Texts texts(Locale locale) {
        return Texts.load("nl.koers.plugins.internal.Texts", locale, PluginsCommand.class.getClassLoader());
    }

    /** Prints one line whose parts may come from a file, its control characters shown, not obeyed. */
    private static void say(PrintStream to, String line) {
        to.println(TerminalText.visible(line));
    }
}

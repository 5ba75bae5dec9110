package nl.koers.cli.internal;

import static nl.koers.cli.internal.Commands.read;
import static nl.koers.cli.internal.Commands.say;
import static nl.koers.cli.internal.Commands.shown;
import static nl.koers.cli.internal.Commands.texts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import nl.koers.domain.Dossier;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.command.Command;
import nl.koers.instrument.api.command.CommandContext;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.print.Printable;
import nl.koers.render.Renderer;
import nl.koers.store.DossierStore;

/**
 * {@code koers export --list [DOSSIER]} lists what the installed instruments can print;
 * {@code koers export DOSSIER [ID...] [--out FOLDER]} writes those printables, all of them when no id is given,
 * one file each. It knows no instrument: the printables are whatever {@link Printable} services are registered.
 * It writes over no file: when one of the files exists it writes none and names them, unless {@code --force}.
 */
@Component(service = Command.class)
public final class ExportCommand implements Command {
    private final List<InstalledPrintables.Offered> printables = new CopyOnWriteArrayList<>();
    private final Renderer renderer;
    private final DossierStore store;

    @Activate
    public ExportCommand(@Reference Renderer renderer, @Reference DossierStore store) {
        this.renderer = renderer;
        this.store = store;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindPrintable(Printable printable, ServiceReference<Printable> reference) {
        addPrintable(printable, reference.getBundle().getBundleId(), reference.getBundle().getSymbolicName());
    }

    void unbindPrintable(Printable printable) {
        printables.removeIf(o -> o.printable() == printable);
    }

    /** Koers's own bundles are installed before any plugin, so a plugin cannot take an id from Koers. */
    void addPrintable(Printable printable, long bundleId, String bundle) {
        printables.add(new InstalledPrintables.Offered(printable, bundleId, bundle));
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary(Locale locale) {
        return texts(locale).get("export.summary");
    }

    @Override
    public int run(CommandContext context, List<String> arguments) {
        Texts texts = texts(context.locale());
        Optional<ExportArguments> parsed = ExportArguments.parse(arguments);
        if (parsed.isEmpty()) {
            context.err().println(texts.get("export.usage"));
            return USAGE;
        }
        ExportArguments args = parsed.get();
        InstalledPrintables installed = InstalledPrintables.of(printables);
        int code = args.list() ? list(context, texts, args, installed) : export(context, texts, args, installed);
        for (RuntimeException e : installed.broken()) {
            say(context.err(), texts.format("export.brokenPrintable", String.valueOf(e)));
        }
        return installed.broken().isEmpty() ? code : Math.max(code, FAILED);
    }

    private int list(CommandContext context, Texts texts, ExportArguments args, InstalledPrintables installed) {
        if (args.dossier() != null && read(store, context, args.dossier()).isEmpty()) {
            return FAILED;
        }
        say(context.out(), texts.get("export.list.header"));
        if (installed.entries().isEmpty()) {
            say(context.out(), "  " + texts.get("export.list.none"));
        }
        int idWidth = installed.entries().stream().mapToInt(e -> e.id().length()).max().orElse(0);
        int failed = 0;
        for (InstalledPrintables.Entry entry : installed.entries()) {
            String name;
            try {
                name = entry.printable().name(context.locale());
            } catch (RuntimeException e) {
                failed++;
                name = texts.format("export.list.noName", String.valueOf(e));
            }
            say(context.out(), "  " + pad(entry.id(), idWidth) + "  " + entry.format() + "  " + name);
        }
        for (InstalledPrintables.Refused refused : installed.refused()) {
            say(context.out(), "  " + pad(refused.entry().id(), idWidth) + "  "
                    + texts.format("export.refused", refused.entry().bundle(), refused.owner()));
        }
        return failed == 0 ? OK : FAILED;
    }

    private int export(CommandContext context, Texts texts, ExportArguments args, InstalledPrintables installed) {
        List<InstalledPrintables.Entry> chosen = new ArrayList<>();
        for (String id : args.ids()) {
            Optional<InstalledPrintables.Entry> entry = installed.find(id);
            if (entry.isEmpty()) {
                say(context.err(), installed.entries().isEmpty() ? texts.format("export.unknownId.noneInstalled", id)
                        : texts.format("export.unknownId", id, installed.ids()));
                return USAGE;
            }
            chosen.add(entry.get());
        }
        if (args.ids().isEmpty()) {
            chosen.addAll(installed.entries());
        }
        Optional<Dossier> dossier = read(store, context, args.dossier());
        if (dossier.isEmpty()) {
            return FAILED;
        }
        if (chosen.isEmpty()) {
            say(context.out(), texts.get("export.nothingInstalled"));
            return OK;
        }
        Path folder = args.out() != null ? context.resolve(args.out())
                : context.resolve(args.dossier()).toAbsolutePath().getParent();
        List<Path> existing = existing(chosen, folder);
        if (!existing.isEmpty() && !args.force()) {
            say(context.err(), texts.get("export.exist"));
            existing.forEach(f -> say(context.err(), texts.format("export.existing", shown(context, f))));
            say(context.err(), texts.get("export.force"));
            return FAILED;
        }
        int failed = 0;
        for (InstalledPrintables.Entry entry : chosen) {
            if (!exportOne(context, texts, entry, dossier.get(), folder)) {
                failed++;
            }
        }
        return failed == 0 ? OK : FAILED;
    }

    /** The files of {@code chosen} that are there already; a printable without a usable id fails when written. */
    private List<Path> existing(List<InstalledPrintables.Entry> chosen, Path folder) {
        List<Path> existing = new ArrayList<>();
        for (InstalledPrintables.Entry entry : chosen) {
            try {
                Path file = renderer.file(entry.id(), entry.format(), folder);
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    existing.add(file);
                }
            } catch (IllegalArgumentException e) {
                continue;
            }
        }
        return existing;
    }

    /** One printable into one file; a printable that fails is reported and the others still run. */
    private boolean exportOne(CommandContext context, Texts texts, InstalledPrintables.Entry entry, Dossier dossier,
            Path folder) {
        try {
            List<Page> pages = entry.printable().pages(dossier, context.locale());
            if (pages == null || pages.isEmpty()) {
                say(context.out(), texts.format("export.nothingToPrint", entry.id()));
                return true;
            }
            Path file = renderer.write(entry.printable().id(), entry.format(), pages, folder);
            // a PNG shows the first page only
            int written = entry.format() == Printable.Format.PNG ? 1 : pages.size();
            say(context.out(), texts.format("export.written", shown(context, file), written));
            return true;
        } catch (IOException | RuntimeException | LinkageError e) {
            say(context.err(), texts.format("export.failed", entry.id(), String.valueOf(e)));
            return false;
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}

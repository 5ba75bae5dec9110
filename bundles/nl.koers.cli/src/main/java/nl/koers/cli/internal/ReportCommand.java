package nl.koers.cli.internal;

import static nl.koers.cli.internal.Commands.read;
import static nl.koers.cli.internal.Commands.say;
import static nl.koers.cli.internal.Commands.shown;
import static nl.koers.cli.internal.Commands.texts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.koers.domain.Dossier;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.command.Command;
import nl.koers.instrument.api.command.CommandContext;
import nl.koers.instrument.api.report.Report;
import nl.koers.instrument.api.report.ReportWriter;
import nl.koers.report.OfferedChapter;
import nl.koers.report.ReportPlan;
import nl.koers.report.Reports;
import nl.koers.store.DossierStore;

/**
 * {@code koers report DOSSIER [--format pdf|docx] [--out FILE] [--chapters ID,ID] [--introduction FILE]
 * [--closing FILE] [--agreement] [--force]} writes the dossier report (or with {@code --agreement} the agreement note) as one file,
 * without a display;
 * {@code koers report --list DOSSIER} lists the chapters the dossier offers. It knows no instrument and no format:
 * the chapters and the writers are whatever the {@link Reports} service finds installed. The file is written
 * atomically and over no file that exists, unless {@code --force}.
 */
@Component(service = Command.class)
public final class ReportCommand implements Command {
    private final Reports reports;
    private final DossierStore store;

    @Activate
    public ReportCommand(@Reference Reports reports, @Reference DossierStore store) {
        this.reports = reports;
        this.store = store;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary(Locale locale) {
        return texts(locale).get("report.summary");
    }

    @Override
    public int run(CommandContext context, List<String> arguments) {
        Texts texts = texts(context.locale());
        Optional<ReportArguments> parsed = ReportArguments.parse(arguments);
        if (parsed.isEmpty()) {
            context.err().println(texts.get("report.usage"));
            return USAGE;
        }
        ReportArguments args = parsed.get();
        if (!args.list() && !ReportArguments.FORMATS.contains(args.format())) {
            say(context.err(), texts.format("report.unknownFormat", args.format(), String.join(", ",
                    ReportArguments.FORMATS)));
            return USAGE;
        }
        Optional<Dossier> dossier = read(store, context, args.dossier());
        if (dossier.isEmpty()) {
            return FAILED;
        }
        List<OfferedChapter> offered = args.agreement() ? List.of() : reports.offered(dossier.get(), context.locale());
        if (args.list()) {
            return list(context, texts, offered);
        }
        Optional<ReportWriter> writer = reports.writer(args.format());
        if (writer.isEmpty()) {
            say(context.err(), reports.formats().isEmpty() ? texts.format("report.noWriter.none", args.format())
                    : texts.format("report.noWriter", args.format(), String.join(", ", reports.formats())));
            return FAILED;
        }
        if (args.chapters() != null) {
            List<String> ids = offered.stream().map(OfferedChapter::id).toList();
            Optional<String> unknown = args.chapters().stream().filter(id -> !ids.contains(id)).findFirst();
            if (unknown.isPresent()) {
                say(context.err(), texts.format("report.unknownChapter", unknown.get(), String.join(", ", ids)));
                return USAGE;
            }
        }
        Path file = target(context, texts, args);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !args.force()) {
            say(context.err(), texts.format("report.exists", shown(context, file)));
            return FAILED;
        }
        Optional<String> introduction = text(context, texts, args.introduction());
        Optional<String> closing = text(context, texts, args.closing());
        if (introduction.isEmpty() || closing.isEmpty()) {
            return FAILED;
        }
        Report report = args.agreement() ? reports.agreementNote(dossier.get(), context.locale())
                : reports.dossierReport(dossier.get(), context.locale(), new ReportPlan(args.chapters(),
                        introduction.get(), closing.get()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicOutput.write(file, out -> writer.get().write(report, out, ReportWriter.Progress.NONE));
        } catch (IOException | RuntimeException | LinkageError e) {
            say(context.err(), texts.format("report.failed", shown(context, file), String.valueOf(e)));
            return FAILED;
        }
        say(context.out(), texts.format("report.written", shown(context, file), report.chapters().size()));
        return OK;
    }

    private int list(CommandContext context, Texts texts, List<OfferedChapter> offered) {
        say(context.out(), texts.get("report.list.header"));
        int width = offered.stream().mapToInt(c -> c.id().length()).max().orElse(0);
        for (OfferedChapter chapter : offered) {
            say(context.out(), "  " + chapter.id() + " ".repeat(width - chapter.id().length()) + "  "
                    + chapter.title());
        }
        return OK;
    }

    /** The facilitator's text from a file ("" for none), or empty when it cannot be read: then it says why. */
    private static Optional<String> text(CommandContext context, Texts texts, String file) {
        if (file == null) {
            return Optional.of("");
        }
        try {
            return Optional.of(Files.readString(context.resolve(file)));
        } catch (IOException e) {
            say(context.err(), texts.format("report.textUnreadable", file, String.valueOf(e)));
            return Optional.empty();
        }
    }

    /** The file asked for; a folder gets the default name in it; by default next to the dossier. */
    private static Path target(CommandContext context, Texts texts, ReportArguments args) {
        Path dossier = context.resolve(args.dossier()).toAbsolutePath();
        String stem = dossier.getFileName().toString().replaceFirst("\\.koers$", "");
        String name = texts.format(args.agreement() ? "report.fileName.agreement" : "report.fileName.report", stem)
                + "." + args.format();
        if (args.out() == null) {
            return dossier.resolveSibling(name);
        }
        Path out = context.resolve(args.out());
        return Files.isDirectory(out) ? out.resolve(name) : out;
    }
}

package nl.koers.instrument.brengenhalen.internal.homework;

import java.io.PrintStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.koers.domain.Dossier;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.command.Command;
import nl.koers.instrument.api.command.CommandContext;
import nl.koers.instrument.api.command.TerminalText;
import nl.koers.store.DossierFileException;
import nl.koers.store.DossierStore;

/**
 * {@code koers import-homework DOSSIER FORM.pdf... [--yes]}: reads filled homework forms into the dossier.
 *
 * <p>For each form it prints what would change and what it skipped. A form that cannot be imported (not a PDF,
 * another dossier's, changed after Koers made it, a second form of the same partner, ...) is reported and the
 * others go on. It asks nothing (there is no one to answer in a
 * script): when the forms only fill answers that were still empty, it saves; when they would overwrite answers
 * the dossier already holds, it saves only with {@code --yes}, and otherwise stops with exit 1 and nothing
 * written. It saves once, atomically, through the store. Exit 0 when every form was imported (or changed
 * nothing), 1 when a form was refused, the dossier could not be read or saved, or {@code --yes} was missing;
 * 2 for wrong arguments.
 */
@Component(service = Command.class)
public final class ImportHomeworkCommand implements Command {
    private static final int SHOWN = 100;

    private final DossierStore store;

    @Activate
    public ImportHomeworkCommand(@Reference DossierStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "import-homework";
    }

    @Override
    public String summary(Locale locale) {
        return HomeworkTexts.of(locale).get("import.summary");
    }

    @Override
    public int run(CommandContext context, List<String> arguments) {
        Locale locale = context.locale();
        Texts texts = HomeworkTexts.of(locale);
        boolean yes = false;
        List<String> files = new ArrayList<>();
        for (String a : arguments) {
            if (a.equals("--yes") || a.equals("-y")) {
                yes = true;
            } else if (a.startsWith("-") && a.length() > 1) {
                files.clear();
                break;
            } else {
                files.add(a);
            }
        }
        if (files.size() < 2) {
            context.err().println(texts.get("import.usage"));
            return USAGE;
        }
        String dossierName = files.get(0);
        Path dossierFile = context.resolve(dossierName);
        Dossier original;
        try {
            original = store.read(dossierFile);
        } catch (DossierFileException e) {
            say(context.err(), e.message(locale));
            return FAILED;
        }
        Dossier dossier = original;
        int refused = 0;
        boolean overwrites = false;
        OnePerPartner onePerPartner = new OnePerPartner();
        for (String form : files.subList(1, files.size())) {
            try {
                ImportedHomework h = HomeworkImport.read(context.resolve(form), form, dossier);
                onePerPartner.admit(h);
                List<HomeworkChange> changes = h.changes(locale);
                say(context.out(), texts.format("import.form", form, h.before().name(), changes.size()));
                for (HomeworkChange c : changes) {
                    say(context.out(), texts.format("import.change", c.label(), shown(texts, c.before()),
                            shown(texts, c.after())));
                }
                for (SkippedField s : h.skipped()) {
                    say(context.out(), texts.format("import.skipped", s.message(locale)));
                }
                overwrites |= h.overwrites();
                dossier = h.edit().applyTo(dossier);
            } catch (HomeworkRefusal r) {
                refused++;
                say(context.err(), texts.format("import.refused", r.message(locale)));
            }
        }
        int done = refused == 0 ? OK : FAILED;
        if (dossier.equals(original)) {
            say(context.out(), texts.format("import.nothingChanged", dossierName));
            return done;
        }
        if (overwrites && !yes) {
            say(context.err(), texts.get("import.confirm"));
            return FAILED;
        }
        try {
            store.write(dossier, dossierFile);
        } catch (IOException | RuntimeException e) {
            say(context.err(), texts.format("import.saveFailed", dossierName, String.valueOf(e.getMessage())));
            return FAILED;
        }
        say(context.out(), texts.format("import.saved", dossierName));
        return done;
    }

    /** An answer on one line, shortened when long; "(leeg)" for nothing. */
    private static String shown(Texts texts, String value) {
        if (value.isBlank()) {
            return texts.get("import.empty");
        }
        String line = value.replaceAll("\\s*\\R\\s*", " / ").strip();
        return line.length() <= SHOWN ? line : line.substring(0, SHOWN - 1).strip() + "\u2026";
    }

    /** Prints one line whose parts may come from a file, its control characters shown, not obeyed. */
    private static void say(PrintStream to, String line) {
        to.println(TerminalText.visible(line));
    }
}

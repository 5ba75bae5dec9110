package nl.koers.instrument.brengenhalen.internal.homework;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;

import org.osgi.framework.BundleContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.koers.document.Document;
import nl.koers.document.DocumentException;
import nl.koers.document.DossierDocuments;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.command.Command;
import nl.koers.instrument.api.command.CommandContext;
import nl.koers.instrument.api.command.TerminalText;

/**
 * {@code koers import-homework DOSSIER FORM.pdf... [--yes] [--remove-missing]}: reads filled homework forms into the
 * dossier.
 *
 * <p>For each form it prints what would change and what it skipped. A form that cannot be imported (not a PDF,
 * another dossier's, ...) is reported and the others go on. It asks nothing (there is no one to answer in a
 * script): when the forms only fill answers that were still empty, it saves; when they would overwrite answers
 * the dossier already holds, it saves only with {@code --yes}, and otherwise stops with exit 1 and nothing
 * written. A line filled from the dossier that the partner emptied is listed and stays in the dossier, unless
 * {@code --remove-missing} is given: a form cannot tell "this no longer holds" from a slip of the hand. It works on the dossier's document: it takes the dossier's lock (waiting up to ten seconds, or
 * {@code koers.lock.wait.seconds}, for another process that has it), and its save refuses to write over a file
 * that changed on disk since it was read, so two imports at once both land and none overwrites the other. Exit 0 when every form was imported (or changed
 * nothing), 1 when a form was refused, the dossier could not be read or saved, or {@code --yes} was missing;
 * 2 for wrong arguments.
 */
@Component(service = Command.class)
public final class ImportHomeworkCommand implements Command {
    /** The framework property with how long a command waits for a dossier that another process is saving. */
    static final String LOCK_WAIT_PROPERTY = "koers.lock.wait.seconds";
    private static final int SHOWN = 100;

    private final DossierDocuments documents;
    private final Duration lockWait;

    @Activate
    public ImportHomeworkCommand(BundleContext context, @Reference DossierDocuments documents) {
        this(documents, lockWait(context.getProperty(LOCK_WAIT_PROPERTY)));
    }

    ImportHomeworkCommand(DossierDocuments documents, Duration lockWait) {
        this.documents = documents;
        this.lockWait = lockWait;
    }

    /** Ten seconds unless the property says otherwise: long enough for another import's save, short for a window. */
    static Duration lockWait(String property) {
        try {
            return Duration.ofSeconds(property == null ? 10 : Math.max(0, Long.parseLong(property.strip())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(10);
        }
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
        Texts texts = HomeworkTexts.of(context.locale());
        boolean yes = false;
        boolean removeMissing = false;
        List<String> files = new ArrayList<>();
        for (String a : arguments) {
            if (a.equals("--yes") || a.equals("-y")) {
                yes = true;
            } else if (a.equals("--remove-missing")) {
                removeMissing = true;
            } else if (a.startsWith("-") && a.length() > 1) {
                files.clear();
                break;
            } else {
                files.add(a);
            }
        }
        if (files.size() < 2) {
            say(context.err(), texts.get("import.usage"));
            return USAGE;
        }
        String dossierName = files.get(0);
        Document document;
        try {
            // the lock first: a window or another import that has the dossier finishes before this one reads it
            document = documents.open(context.resolve(dossierName), lockWait);
        } catch (DocumentException e) {
            say(context.err(), e.message(context.locale()));
            return FAILED;
        }
        try {
            return importInto(document, dossierName, files.subList(1, files.size()), yes, removeMissing, context);
        } finally {
            document.close();
        }
    }

    /** Reads every form against the dossier as the forms before it left it, and saves once when all is well. */
    private int importInto(Document document, String dossierName, List<String> forms, boolean yes,
            boolean removeMissing, CommandContext context) {
        Locale locale = context.locale();
        Texts texts = HomeworkTexts.of(locale);
        if (document.state().readOnly().isPresent()) {
            say(context.err(), document.state().readOnly().get().message(locale));
            return FAILED;
        }
        int refused = 0;
        boolean overwrites = false;
        OnePerPartner onePerPartner = new OnePerPartner();
        for (String form : forms) {
            try {
                ImportedHomework h = HomeworkImport.read(context.resolve(form), form, document.dossier());
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
                removals(h, removeMissing, context);
                overwrites |= h.overwrites();
                document.apply(h.edit(removeMissing)).join();
            } catch (HomeworkRefusal r) {
                refused++;
                say(context.err(), texts.format("import.refused", r.message(locale)));
            }
        }
        int done = refused == 0 ? OK : FAILED;
        if (!document.state().dirty()) {
            say(context.out(), texts.format("import.nothingChanged", dossierName));
            return done;
        }
        if (overwrites && !yes) {
            say(context.err(), texts.get("import.confirm"));
            return FAILED;
        }
        try {
            document.save().join();
        } catch (CompletionException e) {
            String why = e.getCause() instanceof DocumentException d ? d.message(locale) : String.valueOf(e.getCause());
            say(context.err(), texts.format("import.saveFailed", dossierName, why));
            return FAILED;
        }
        say(context.out(), texts.format("import.saved", dossierName));
        return done;
    }

    /** Lists the lines the partner emptied, and whether they stay. */
    private static void removals(ImportedHomework h, boolean remove, CommandContext context) {
        if (h.removals().isEmpty()) {
            return;
        }
        Texts texts = HomeworkTexts.of(context.locale());
        for (String removal : h.removalsShown(context.locale())) {
            say(context.out(), texts.format("import.removal", shown(texts, removal)));
        }
        say(context.out(), texts.format(remove ? "import.removalsRemoved" : "import.removalsKept",
                h.removals().size()));
    }

    /** Prints one line whose parts may come from a file, its control characters shown, not obeyed. */
    private static void say(PrintStream to, String line) {
        to.println(TerminalText.visible(line));
    }

    /** An answer on one line, shortened when long; "(leeg)" for nothing. */
    private static String shown(Texts texts, String value) {
        if (value.isBlank()) {
            return texts.get("import.empty");
        }
        String line = value.replaceAll("\\s*\\R\\s*", " / ").strip();
        return line.length() <= SHOWN ? line : line.substring(0, SHOWN - 1).strip() + "\u2026";
    }
}

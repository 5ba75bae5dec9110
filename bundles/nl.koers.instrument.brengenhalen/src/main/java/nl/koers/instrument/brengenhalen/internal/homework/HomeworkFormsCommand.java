package nl.koers.instrument.brengenhalen.internal.homework;

import java.io.PrintStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.koers.domain.Dossier;
import nl.koers.domain.Texts;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkForm.Target;
import nl.koers.instrument.api.command.Command;
import nl.koers.instrument.api.command.CommandContext;
import nl.koers.instrument.api.command.TerminalText;
import nl.koers.document.Document;
import nl.koers.document.DocumentException;
import nl.koers.document.DossierDocuments;
import nl.koers.store.DossierFileException;
import nl.koers.store.DossierStore;

/**
 * {@code koers homework-forms DOSSIER [--out FOLDER] [--force]}: writes one fillable homework form per partner,
 * {@code huiswerk-<partner>.pdf} ({@code homework-...} in English), next to the dossier unless {@code --out}
 * names another folder. When a form's file exists it writes nothing and lists them; {@code --force} writes over
 * them, except over a form a partner filled in and sent back ({@link ExistingForms}): that one is kept, and
 * said so. The forms carry a check value made with the dossier's {@link FormKey}: a dossier without
 * one gets one and is saved before the first form is written. Exit 0 when written (or when there are no
 * partners), 1 when the dossier cannot be read or saved, a form cannot be written, files exist without
 * {@code --force} or a filled-in form was kept, 2 for wrong arguments.
 */
@Component(service = Command.class)
public final class HomeworkFormsCommand implements Command {
    private final DossierStore store;
    private final DossierDocuments documents;

    @Activate
    public HomeworkFormsCommand(@Reference DossierStore store, @Reference DossierDocuments documents) {
        this.store = store;
        this.documents = documents;
    }

    @Override
    public String name() {
        return "homework-forms";
    }

    @Override
    public String summary(Locale locale) {
        return HomeworkTexts.of(locale).get("forms.summary");
    }

    @Override
    public int run(CommandContext context, List<String> arguments) {
        Texts texts = HomeworkTexts.of(context.locale());
        String out = null;
        boolean force = false;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            if (a.equals("--out") && out == null && i + 1 < arguments.size()) {
                out = arguments.get(++i);
            } else if (a.equals("--force")) {
                force = true;
            } else if (a.startsWith("-") && a.length() > 1) {
                words.clear();
                break;
            } else {
                words.add(a);
            }
        }
        if (words.size() != 1) {
            context.err().println(texts.get("forms.usage"));
            return USAGE;
        }
        Dossier dossier;
        Path dossierFile = context.resolve(words.get(0));
        try {
            dossier = store.read(dossierFile);
        } catch (DossierFileException e) {
            say(context.err(), e.message(context.locale()));
            return FAILED;
        }
        if (dossier.partners().isEmpty()) {
            say(context.out(), texts.get("forms.noPartners"));
            return OK;
        }
        Path folder = out != null ? context.resolve(out) : dossierFile.toAbsolutePath().getParent();
        HomeworkForm form = new HomeworkForm(context.locale());
        List<Target> targets = form.targets(dossier, folder);
        ExistingForms existing = ExistingForms.of(targets, dossier);
        if (!existing.existing().isEmpty() && !force) {
            say(context.err(), texts.get("forms.exist"));
            for (Target t : existing.existing()) {
                say(context.err(), texts.format(existing.isFilled(t) ? "forms.existingFilled" : "forms.existing",
                        shown(context, t.file())));
            }
            say(context.err(), texts.get("forms.force"));
            return FAILED;
        }
        List<Target> writable = existing.writable(targets);
        if (!writable.isEmpty() && !write(context, texts, words.get(0), dossierFile, form, writable)) {
            return FAILED;
        }
        for (Target t : existing.filled()) {
            say(context.err(), texts.format("forms.kept", shown(context, t.file())));
        }
        return existing.filled().isEmpty() ? OK : FAILED;
    }

    private boolean write(CommandContext context, Texts texts, String dossierName, Path dossierFile,
            HomeworkForm form, List<Target> targets) {
        Dossier dossier;
        try {
            dossier = savedWithFormKey(dossierFile);
        } catch (DocumentException e) {
            say(context.err(), e.message(context.locale()));
            return false;
        } catch (CompletionException e) {
            String why = e.getCause() instanceof DocumentException d ? d.message(context.locale())
                    : String.valueOf(e.getCause());
            say(context.err(), texts.format("forms.keyNotSaved", dossierName, why));
            return false;
        }
        try {
            for (Path file : form.writeAll(dossier, targets)) {
                say(context.out(), texts.format("forms.written", shown(context, file)));
            }
            return true;
        } catch (IOException | RuntimeException e) {
            say(context.err(), texts.format("forms.failed", String.valueOf(e)));
            return false;
        }
    }

    /**
     * The dossier as saved with its form key: read, given a key when it has none and then saved, so no form carries
     * a check value made with a key the file lacks. The only place this command changes the dossier.
     */
    private Dossier savedWithFormKey(Path file) throws DocumentException {
        // through the document: the lock like the window's, and a save only over the file as it was read
        Document document = documents.open(file, ImportHomeworkCommand.lockWait(null));
        try {
            if (FormKey.of(document.dossier()).isEmpty()) {
                document.apply(FormKey.ensure()).join();
                document.save().join();
            }
            return document.dossier();
        } finally {
            document.close();
        }
    }

    /** A file below the working directory as a relative path, as a person would type it; others in full. */
    private static String shown(CommandContext context, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = context.workingDirectory().toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    /** Prints one line whose parts may come from a file, its control characters shown, not obeyed. */
    private static void say(PrintStream to, String line) {
        to.println(TerminalText.visible(line));
    }
}

package nl.koers.instrument.brengenhalen.internal.homework;

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
import nl.koers.store.DossierFileException;
import nl.koers.store.DossierStore;

/**
 * {@code koers homework-forms DOSSIER [--out FOLDER]}: writes one fillable homework form per partner,
 * {@code huiswerk-<partner>.pdf} ({@code homework-...} in English), next to the dossier unless {@code --out}
 * names another folder. The forms carry a check value made with the dossier's {@link FormKey}: a dossier without
 * one gets one and is saved before the first form is written. Exit 0 when written (or when there are no
 * partners), 1 when the dossier cannot be read or saved or a form cannot be written, 2 for wrong arguments.
 */
@Component(service = Command.class)
public final class HomeworkFormsCommand implements Command {
    private final DossierStore store;

    @Activate
    public HomeworkFormsCommand(@Reference DossierStore store) {
        this.store = store;
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
        List<String> words = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            if (a.equals("--out") && out == null && i + 1 < arguments.size()) {
                out = arguments.get(++i);
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
            context.err().println(e.message(context.locale()));
            return FAILED;
        }
        if (dossier.partners().isEmpty()) {
            context.out().println(texts.get("forms.noPartners"));
            return OK;
        }
        Path folder = out != null ? context.resolve(out) : dossierFile.toAbsolutePath().getParent();
        try {
            dossier = savedWithFormKey(dossierFile);
        } catch (DossierFileException e) {
            context.err().println(e.message(context.locale()));
            return FAILED;
        } catch (IOException | RuntimeException e) {
            context.err().println(texts.format("forms.keyNotSaved", words.get(0), String.valueOf(e.getMessage())));
            return FAILED;
        }
        try {
            for (Path file : new HomeworkForm(context.locale()).writeAll(dossier, folder)) {
                context.out().println(texts.format("forms.written", shown(context, file)));
            }
            return OK;
        } catch (IOException | RuntimeException e) {
            context.err().println(texts.format("forms.failed", String.valueOf(e)));
            return FAILED;
        }
    }

    /**
     * The dossier as saved with its form key: read, given a key when it has none and then saved, so no form carries
     * a check value made with a key the file lacks. The only place this command changes the dossier.
     */
    private Dossier savedWithFormKey(Path file) throws DossierFileException, IOException {
        Dossier dossier = store.read(file);
        if (FormKey.of(dossier).isEmpty()) {
            dossier = FormKey.ensure().applyTo(dossier);
            store.write(dossier, file);
        }
        return dossier;
    }

    /** A file below the working directory as a relative path, as a person would type it; others in full. */
    private static String shown(CommandContext context, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = context.workingDirectory().toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}

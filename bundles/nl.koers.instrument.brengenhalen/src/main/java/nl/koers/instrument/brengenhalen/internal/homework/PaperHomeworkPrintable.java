package nl.koers.instrument.brengenhalen.internal.homework;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.print.Printable;

/**
 * The homework on paper: two A4 pages per partner with its name filled in and room to write; a dossier without
 * partners gets one form with a line for the name. The fillable PDF forms are made by {@link HomeworkForm}
 * ({@code koers homework-forms}), not here: a printable is made of figure pages, which have no fields.
 */
@Component(service = Printable.class)
public final class PaperHomeworkPrintable implements Printable {
    static final String ID = "brengenhalen.homework.paper";

    @Activate
    public PaperHomeworkPrintable() {
        // nothing to take: the sheets are made from the dossier alone
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return HomeworkTexts.of(locale).get("paper.name");
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        PaperHomeworkSheet sheet = new PaperHomeworkSheet(locale);
        if (dossier.partners().isEmpty()) {
            return sheet.pages(dossier, null);
        }
        return dossier.partners().stream().flatMap(p -> sheet.pages(dossier, p).stream()).toList();
    }
}

package nl.koers.instrument.partnermodel.internal.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.partnermodel.internal.Phrases;
import nl.koers.instrument.partnermodel.internal.template.CanvasTemplate;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/** The canvas on one sheet, filled or blank, in the template the dossier chose. */
abstract class CanvasPrintable implements Printable {
    private final TemplateCatalogue templates;
    private final String id;
    private final String nameKey;
    private final Format format;
    private final PageSize size;
    private final boolean blank;

    CanvasPrintable(TemplateCatalogue templates, String id, String nameKey, Format format, PageSize size,
            boolean blank) {
        this.templates = templates;
        this.id = id;
        this.nameKey = nameKey;
        this.format = format;
        this.size = size;
        this.blank = blank;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String name(Locale locale) {
        return new Phrases(locale).get(nameKey);
    }

    @Override
    public final Format format() {
        return format;
    }

    @Override
    public final List<Page> pages(Dossier dossier, Locale locale) {
        Phrases say = new Phrases(locale);
        CanvasTemplate template = templates.chosen(dossier);
        CanvasSheet sheet = new CanvasSheet(say, template, size);
        Page page = blank ? sheet.blank(dossier).page()
                : sheet.filled(dossier, 0, say.get("sheet.printed", say.date(LocalDate.now()))).page();
        return List.of(page);
    }
}

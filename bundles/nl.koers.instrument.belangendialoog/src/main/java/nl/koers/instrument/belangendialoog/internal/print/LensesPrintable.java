package nl.koers.instrument.belangendialoog.internal.print;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.belangendialoog.internal.Phrases;

/** The lens profile of the table, with the questions of every lens, on A4 landscape. */
@Component(service = Printable.class)
public final class LensesPrintable implements Printable {
    @Activate
    public LensesPrintable() {
        // nothing to take: the sheet is made from the dossier alone
    }

    @Override
    public String id() {
        return "belangendialoog.lenses";
    }

    @Override
    public String name(Locale locale) {
        return new Phrases(locale).get("print.lenses");
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        return List.of(new LensSheet(new Phrases(locale)).page(dossier));
    }
}

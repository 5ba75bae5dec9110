package nl.koers.instrument.belangendialoog.internal.print;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.belangendialoog.internal.Phrases;

/**
 * The interest map as an image (A3 landscape): partners by the three levels, shared interests marked; of a table
 * too large for one sheet, the first (see {@link InterestMapA3} for all of them).
 */
@Component(service = Printable.class)
public final class InterestMapPrintable implements Printable {
    static final PageSize SIZE = PageSize.A3_LANDSCAPE;

    @Activate
    public InterestMapPrintable() {
        // nothing to take: the sheet is made from the dossier alone
    }

    @Override
    public String id() {
        return "belangendialoog.map";
    }

    @Override
    public String name(Locale locale) {
        return new Phrases(locale).get("print.map");
    }

    @Override
    public Format format() {
        return Format.PNG;
    }

    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        Phrases say = new Phrases(locale);
        return new InterestMapSheet(say, SIZE, InterestMapA3.MIN_PT).pages(dossier, say.get("print.map.a3"));
    }
}

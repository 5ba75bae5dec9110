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

/** The interest map on A3 (landscape), to hand out: on as many sheets as its rows need. */
@Component(service = Printable.class)
public final class InterestMapA3 implements Printable {
    /** The smallest type: read in the hand. */
    static final double MIN_PT = 8;
    static final PageSize SIZE = PageSize.A3_LANDSCAPE;

    @Activate
    public InterestMapA3() {
        // nothing to take: the sheet is made from the dossier alone
    }

    @Override
    public String id() {
        return "belangendialoog.map.a3";
    }

    @Override
    public String name(Locale locale) {
        return new Phrases(locale).get("print.map.a3");
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        Phrases say = new Phrases(locale);
        return new InterestMapSheet(say, SIZE, MIN_PT).pages(dossier, say.get("print.map.a3"));
    }
}

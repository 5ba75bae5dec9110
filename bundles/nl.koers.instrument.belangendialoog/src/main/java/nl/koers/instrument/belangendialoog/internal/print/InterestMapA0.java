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

/** The interest map as a poster on A0 (landscape), for the wall: on as many sheets as its rows need. */
@Component(service = Printable.class)
public final class InterestMapA0 implements Printable {
    /**
     * The smallest type: read on the wall from a step away. Below A3's 8 pt times 2.8, so a sheet holds more rows.
     */
    static final double MIN_PT = 20;
    static final PageSize SIZE = PageSize.A0_LANDSCAPE;

    @Activate
    public InterestMapA0() {
        // nothing to take: the sheet is made from the dossier alone
    }

    @Override
    public String id() {
        return "belangendialoog.map.a0";
    }

    @Override
    public String name(Locale locale) {
        return new Phrases(locale).get("print.map.a0");
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        Phrases say = new Phrases(locale);
        return new InterestMapSheet(say, SIZE, MIN_PT).pages(dossier, say.get("print.map.a0"));
    }
}

package nl.koers.instrument.brengenhalen.internal.print;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.brengenhalen.internal.Phrases;

/** The bring-get figure as a poster for the wall: a PDF on A0 (landscape). */
@Component(service = Printable.class)
public final class FigurePosterA0 implements Printable {
    static final PageSize SIZE = PageSize.A0_LANDSCAPE;

    @Activate
    public FigurePosterA0() {
        // nothing to take: the figure is made from the dossier alone
    }

    @Override
    public String id() {
        return "brengenhalen.figure.a0";
    }

    @Override
    public String name(Locale locale) {
        return new Phrases(locale).get("print.figure.a0");
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    /** One page; with no partners yet, the core alone. */
    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        return List.of(new BringGetFigure(new Phrases(locale), SIZE).page(dossier));
    }
}

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

/** The bring-get figure as a PDF on A3 (landscape), to print and hand out. */
@Component(service = Printable.class)
public final class FigurePosterA3 implements Printable {
    static final PageSize SIZE = PageSize.A3_LANDSCAPE;

    @Activate
    public FigurePosterA3() {
        // nothing to take: the figure is made from the dossier alone
    }

    @Override
    public String id() {
        return "brengenhalen.figure.a3";
    }

    @Override
    public String name(Locale locale) {
        return new Phrases(locale).get("print.figure.a3");
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

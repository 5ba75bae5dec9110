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

/** The bring-get figure as an image (PNG), A3 landscape: for the minutes, a slide or a mail to the constituencies. */
@Component(service = Printable.class)
public final class FigurePrintable implements Printable {
    static final PageSize SIZE = PageSize.A3_LANDSCAPE;

    @Activate
    public FigurePrintable() {
        // nothing to take: the figure is made from the dossier alone
    }

    @Override
    public String id() {
        return "brengenhalen.figure";
    }

    @Override
    public String name(Locale locale) {
        return new Phrases(locale).get("print.figure");
    }

    @Override
    public Format format() {
        return Format.PNG;
    }

    /** One page; with no partners yet, the core alone. */
    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        return List.of(new BringGetFigure(new Phrases(locale), SIZE).page(dossier));
    }
}

package nl.koers.instrument.netwerkambitie.internal.print;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.netwerkambitie.internal.Phrases;

/** The current shared ambition with the partners' endorsements, as a poster on A3 (landscape). */
@Component(service = Printable.class)
public final class AmbitionPosterA3 implements Printable {
    static final PageSize SIZE = PageSize.A3_LANDSCAPE;

    @Activate
    public AmbitionPosterA3() {
        // nothing to take: the sheet is made from the dossier alone
    }

    @Override
    public String id() {
        return "netwerkambitie.ambition.a3";
    }

    @Override
    public String name(Locale locale) {
        return new Phrases(locale).get("print.ambition.a3");
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    /** One page; when there is no ambition yet, a page that says so. */
    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        return List.of(new PosterSheet(new Phrases(locale), SIZE).page(dossier));
    }
}

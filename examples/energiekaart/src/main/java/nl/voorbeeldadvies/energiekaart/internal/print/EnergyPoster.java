package nl.voorbeeldadvies.energiekaart.internal.print;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.print.Printable;
import nl.voorbeeldadvies.energiekaart.internal.Phrases;

/** The energy map as a poster on A3 (landscape), to hang up after the session. */
@Component(service = Printable.class)
public final class EnergyPoster implements Printable {
    static final PageSize SIZE = PageSize.A3_LANDSCAPE;

    @Activate
    public EnergyPoster() {
        // nothing to take: the poster is made from the dossier alone
    }

    @Override
    public String id() {
        return "energiekaart.poster";
    }

    @Override
    public String name(Locale locale) {
        return new Phrases(locale).get("print.poster");
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        return List.of(new EnergySheet(new Phrases(locale), SIZE).page(dossier));
    }
}

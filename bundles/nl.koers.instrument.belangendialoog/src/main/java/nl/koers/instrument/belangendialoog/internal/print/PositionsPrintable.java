package nl.koers.instrument.belangendialoog.internal.print;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.belangendialoog.internal.Phrases;

/** Per partner an A4 with its positions, their why-ladders and the interests under them. */
@Component(service = Printable.class)
public final class PositionsPrintable implements Printable {
    @Activate
    public PositionsPrintable() {
        // nothing to take: the sheet is made from the dossier alone
    }

    @Override
    public String id() {
        return "belangendialoog.positions";
    }

    @Override
    public String name(Locale locale) {
        return new Phrases(locale).get("print.positions");
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    /** A page per partner, more for many positions; a dossier without partners gets one page that says so. */
    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        PositionsSheet sheet = new PositionsSheet(new Phrases(locale));
        if (dossier.partners().isEmpty()) {
            return List.of(sheet.empty(dossier));
        }
        return dossier.partners().stream().flatMap(p -> sheet.pages(dossier, p).stream()).toList();
    }
}

package nl.koers.instrument.netwerkambitie.internal.print;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.netwerkambitie.internal.Phrases;

/** The filled interest cards: an A4 page per partner, two for a partner with much to say. */
@Component(service = Printable.class)
public final class CardsPrintable implements Printable {
    @Activate
    public CardsPrintable() {
        // nothing to take: the sheet is made from the dossier alone
    }

    @Override
    public String id() {
        return "netwerkambitie.cards";
    }

    @Override
    public String name(Locale locale) {
        return new Phrases(locale).get("print.cards");
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        CardSheet sheet = new CardSheet(new Phrases(locale));
        return dossier.partners().stream().flatMap(p -> sheet.pages(dossier, p).stream()).toList();
    }
}

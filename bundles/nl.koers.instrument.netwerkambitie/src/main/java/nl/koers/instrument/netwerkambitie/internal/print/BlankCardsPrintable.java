package nl.koers.instrument.netwerkambitie.internal.print;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.netwerkambitie.internal.Phrases;

/**
 * Blank interest cards for the paper round: one A4 page per partner with its name filled in; a dossier without
 * partners gets one card with a line for the name.
 */
@Component(service = Printable.class)
public final class BlankCardsPrintable implements Printable {
    @Activate
    public BlankCardsPrintable() {
        // nothing to take: the sheet is made from the dossier alone
    }

    @Override
    public String id() {
        return "netwerkambitie.cards.blank";
    }

    @Override
    public String name(Locale locale) {
        return new Phrases(locale).get("print.cardsBlank");
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        BlankCardSheet sheet = new BlankCardSheet(new Phrases(locale));
        if (dossier.partners().isEmpty()) {
            return List.of(sheet.page(dossier, null));
        }
        return dossier.partners().stream().map(p -> sheet.page(dossier, p)).toList();
    }
}

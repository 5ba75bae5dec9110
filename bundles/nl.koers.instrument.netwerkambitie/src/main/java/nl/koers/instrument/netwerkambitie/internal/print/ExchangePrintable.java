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
 * The exchange overview as an image: every partner's card side by side on an A3 landscape sheet; of a table too
 * large for one sheet, the first (see {@link ExchangeSheetsA3} for all of them).
 */
@Component(service = Printable.class)
public final class ExchangePrintable implements Printable {
    @Activate
    public ExchangePrintable() {
        // nothing to take: the sheet is made from the dossier alone
    }

    @Override
    public String id() {
        return "netwerkambitie.exchange";
    }

    @Override
    public String name(Locale locale) {
        return new Phrases(locale).get("print.exchange");
    }

    @Override
    public Format format() {
        return Format.PNG;
    }

    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        return new ExchangeSheet(new Phrases(locale)).pages(dossier, 1); // a PNG is a picture of the first page
    }
}

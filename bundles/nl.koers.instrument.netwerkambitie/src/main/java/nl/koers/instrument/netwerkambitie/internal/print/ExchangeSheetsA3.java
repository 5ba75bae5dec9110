package nl.koers.instrument.netwerkambitie.internal.print;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.netwerkambitie.internal.Phrases;

/** The exchange overview as a PDF of A3 sheets: every partner's card, on as many sheets as they need. */
@Component(service = Printable.class)
public final class ExchangeSheetsA3 implements Printable {
    @Activate
    public ExchangeSheetsA3() {
        // nothing to take: the sheet is made from the dossier alone
    }

    @Override
    public String id() {
        return "netwerkambitie.exchange.a3";
    }

    @Override
    public String name(Locale locale) {
        return new Phrases(locale).get("print.exchange.a3");
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        return new ExchangeSheet(new Phrases(locale)).pages(dossier);
    }
}

package nl.koers.instrument.belangendialoog.internal.print;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.belangendialoog.internal.Phrases;

/** The logic of the table on A4 landscape: figure 1 of the method, and how each partner scored on it. */
@Component(service = Printable.class)
public final class LogicPrintable implements Printable {
    @Activate
    public LogicPrintable() {
        // nothing to take: the sheet is made from the dossier alone
    }

    @Override
    public String id() {
        return "belangendialoog.logic";
    }

    @Override
    public String name(Locale locale) {
        return new Phrases(locale).get("print.logic");
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        return new LogicSheet(new Phrases(locale)).pages(dossier);
    }
}

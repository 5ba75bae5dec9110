package nl.koers.plugins.testplugin;

import java.util.List;
import java.util.Locale;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.print.Printable;

/** A plugin's printable with the id of the standard Netwerkambitie's interest cards. */
public final class TakenPrintable implements Printable {
    public void activate() {
        // a delayed component: only getting the service runs this
    }

    @Override
    public String id() {
        return "netwerkambitie.cards";
    }

    @Override
    public String name(Locale locale) {
        return "overgenomen";
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        return List.of();
    }
}

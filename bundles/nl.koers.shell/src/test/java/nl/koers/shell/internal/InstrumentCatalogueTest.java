package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.api.swt.WorkContext;

/** Of two services with one id, the window keeps the one of the bundle installed first, and logs the other. */
class InstrumentCatalogueTest {
    private static final String CORE = "nl.koers.instrument.netwerkambitie";
    private static final String PLUGIN = "nl.voorbeeld.kopie";

    private final List<String> logged = new ArrayList<>();
    private final InstrumentCatalogue catalogue = new InstrumentCatalogue(logged::add);

    @Test
    void theBundleInstalledFirstOwnsAnInstrumentIdWhicheverCameFirst() {
        Instrument copy = instrument("netwerkambitie");
        Instrument standard = instrument("netwerkambitie");
        catalogue.add(new Owned<>(copy, 40, PLUGIN));
        catalogue.add(new Owned<>(standard, 12, CORE));

        List<InstrumentCatalogue.Entry> entries = catalogue.entries(Locale.of("nl"));
        assertEquals(1, entries.size(), entries.toString());
        assertSame(standard, entries.get(0).instrument());
        assertSame(standard, catalogue.instrument("netwerkambitie").orElseThrow());
        assertEquals(1, logged.size(), logged.toString());
        assertEquals(PLUGIN + " (bundle 40) also offers the instrument netwerkambitie, which belongs to " + CORE + ": left out",
                logged.get(0));

        catalogue.remove(standard);
        assertSame(copy, catalogue.instrument("netwerkambitie").orElseThrow(), "without the owner the other is the only one");
    }

    @Test
    void theBundleInstalledFirstOwnsScreensAndPrintables() {
        InstrumentScreens standardScreens = screens("netwerkambitie");
        catalogue.addScreens(new Owned<>(standardScreens, 12, CORE));
        catalogue.addScreens(new Owned<>(screens("netwerkambitie"), 40, PLUGIN));
        assertSame(standardScreens, catalogue.screens("netwerkambitie").orElseThrow());

        Printable cards = printable("netwerkambitie.cards");
        catalogue.addPrintable(new Owned<>(printable("netwerkambitie.cards"), 40, PLUGIN));
        catalogue.addPrintable(new Owned<>(cards, 12, CORE));
        catalogue.addPrintable(new Owned<>(printable("kopie.figuur"), 40, PLUGIN));
        List<Printable> printables = catalogue.printables();
        assertEquals(2, printables.size());
        assertTrue(printables.contains(cards));
        assertEquals(2, logged.size(), logged.toString());
    }

    @Test
    void withoutBundlesTheOneAddedFirstOwnsTheId() {
        InstrumentScreens first = screens("energie");
        catalogue.addScreens(first);
        catalogue.addScreens(screens("energie"));
        assertSame(first, catalogue.screens("energie").orElseThrow());
        catalogue.add(instrument("energie"));
        catalogue.add(instrument("energie"));
        assertEquals(1, catalogue.entries(Locale.ENGLISH).size());
    }

    private static Instrument instrument(String id) {
        return new Instrument() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public InstrumentDescriptor describe(Locale locale) {
                return null;
            }
        };
    }

    private static InstrumentScreens screens(String id) {
        return new InstrumentScreens() {
            @Override
            public String instrumentId() {
                return id;
            }

            @Override
            public void createStep(int step, Composite parent, WorkContext context) {
                // nothing to show
            }
        };
    }

    private static Printable printable(String id) {
        return new Printable() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String name(Locale locale) {
                return id;
            }

            @Override
            public Format format() {
                return Format.PDF;
            }

            @Override
            public List<Page> pages(Dossier dossier, Locale locale) {
                return List.of();
            }
        };
    }
}

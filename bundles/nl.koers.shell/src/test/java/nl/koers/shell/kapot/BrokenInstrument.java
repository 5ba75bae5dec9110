package nl.koers.shell.kapot;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.instrument.api.Step;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.api.swt.WorkContext;

/**
 * A plugin that breaks on purpose, in a package of its own as a plugin's classes are: its button throws when
 * pressed, and its printable throws while making pages.
 */
public final class BrokenInstrument implements Instrument, InstrumentScreens {
    public static final String ID = "kapot";
    /** The data key of the button that throws. */
    public static final String BUTTON = "kapot.knop";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String instrumentId() {
        return ID;
    }

    @Override
    public InstrumentDescriptor describe(Locale locale) {
        return new InstrumentDescriptor(ID, "Kapot instrument", "", "", "", "", "", List.of(),
                List.of(new Step("Drukken", "", "")), List.of(), "");
    }

    @Override
    public void createStep(int step, Composite parent, WorkContext context) {
        parent.setLayout(new FillLayout());
        Button button = new Button(parent, SWT.PUSH);
        button.setText("Niet drukken");
        button.setData("koers.id", BUTTON);
        button.addListener(SWT.Selection, e -> {
            throw new IllegalStateException("de knop is kapot");
        });
    }

    /** Its printable, which fails while making its pages. */
    public static final class Card implements Printable {
        @Override
        public String id() {
            return ID + ".kaart";
        }

        @Override
        public String name(Locale locale) {
            return "Kapotte kaart";
        }

        @Override
        public Format format() {
            return Format.PDF;
        }

        @Override
        public List<Page> pages(nl.koers.domain.Dossier dossier, Locale locale) {
            throw new IllegalStateException("de kaart is kapot");
        }
    }
}

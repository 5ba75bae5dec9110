package nl.koers.shell.gezond;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.instrument.api.Step;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.api.swt.WorkContext;

/** A plugin that works, beside one that breaks: its button adds a partner. */
public final class HealthyInstrument implements Instrument, InstrumentScreens {
    public static final String ID = "gezond";
    public static final String BUTTON = "gezond.knop";

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
        return new InstrumentDescriptor(ID, "Gezond instrument", "", "", "", "", "", List.of(),
                List.of(new Step("Toevoegen", "", "")), List.of(), "");
    }

    @Override
    public void createStep(int step, Composite parent, WorkContext context) {
        parent.setLayout(new FillLayout());
        Button button = new Button(parent, SWT.PUSH);
        button.setText("Partner erbij");
        button.setData("koers.id", BUTTON);
        button.addListener(SWT.Selection, e -> context.apply(Edits.addPartner(Partner.of("Gezonde partner", Role.CORE))));
    }
}

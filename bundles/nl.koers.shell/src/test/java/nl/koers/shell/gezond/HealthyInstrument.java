package nl.koers.shell.gezond;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.edit.Edit;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.instrument.api.Step;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.api.swt.WorkContext;

/**
 * A plugin that works, beside one that breaks: its button adds a partner; two more write its own data, and try to
 * write the data of the standard Netwerkambitie beside it; a label shows the server its settings page stored.
 */
public final class HealthyInstrument implements Instrument, InstrumentScreens {
    public static final String ID = "gezond";
    public static final String BUTTON = "gezond.knop";
    public static final String OWN_DATA = "gezond.eigen";
    public static final String FOREIGN_DATA = "gezond.vreemd";
    public static final String SERVER = "gezond.instelling";

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
        button(parent, BUTTON, () -> context.apply(Edits.addPartner(Partner.of("Gezonde partner", Role.CORE))));
        button(parent, OWN_DATA, () -> context.apply(Edits.instrumentData(ID, "van mij")));
        button(parent, FOREIGN_DATA, () -> context.apply(new Edit("edit.instrumentData",
                d -> d.withInstrumentData(ID, "ook van mij").withInstrumentData("netwerkambitie", "overgenomen"))));
        Label server = new Label(parent, SWT.NONE);
        server.setText(context.settings().get("server", ""));
        server.setData("koers.id", SERVER);
    }

    private static void button(Composite parent, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(id);
        button.setData("koers.id", id);
        button.addListener(SWT.Selection, e -> action.run());
    }
}

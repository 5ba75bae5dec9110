package nl.voorbeeldadvies.energiekaart.internal.screen;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.api.swt.WorkContext;
import nl.voorbeeldadvies.energiekaart.internal.EnergiekaartInstrument;

/** The three working screens, in the order of the steps: the themes, everyone's marks, the map. */
@Component(service = InstrumentScreens.class, property = Instrument.ID_PROPERTY + "=" + EnergiekaartInstrument.ID)
public final class EnergiekaartScreens implements InstrumentScreens {
    static final int STEPS = 3;

    @Activate
    public EnergiekaartScreens() {
        // nothing to take: the screens work on the dossier they are given
    }

    @Override
    public String instrumentId() {
        return EnergiekaartInstrument.ID;
    }

    @Override
    public void createStep(int step, Composite parent, WorkContext context) {
        switch (step) {
            case 0 -> new ThemesStep(parent, context);
            case 1 -> new MarksStep(parent, context);
            case 2 -> new MapStep(parent, context);
            default -> throw new IllegalArgumentException(
                    "the energy map has " + STEPS + " steps, not step " + (step + 1));
        }
    }
}

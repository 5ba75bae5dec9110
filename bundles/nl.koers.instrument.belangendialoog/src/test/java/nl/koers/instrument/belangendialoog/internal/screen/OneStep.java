package nl.koers.instrument.belangendialoog.internal.screen;

import org.eclipse.swt.widgets.Composite;

import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.belangendialoog.internal.BelangendialoogInstrument;

/** One step of the instrument as step 0, for tests at scale: the other steps are not what is measured there. */
final class OneStep implements InstrumentScreens {
    private final BelangendialoogScreens all = new BelangendialoogScreens();
    private final int step;

    OneStep(int step) {
        this.step = step;
    }

    @Override
    public String instrumentId() {
        return BelangendialoogInstrument.ID;
    }

    @Override
    public void createStep(int ignored, Composite parent, WorkContext context) {
        all.createStep(step, parent, context);
    }
}

package nl.koers.distribution.exitplugin;

import java.util.Locale;

import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;

/**
 * A plugin that ends Koers on purpose: its instrument's component calls {@code System.exit(0)} when it is activated,
 * which the window does while it starts. Commands never activate it, so the plugin installs.
 */
public final class ExitingInstrument implements Instrument {
    public void activate() {
        System.exit(0);
    }

    @Override
    public String id() {
        return "stopper";
    }

    @Override
    public InstrumentDescriptor describe(Locale locale) {
        return null;
    }
}

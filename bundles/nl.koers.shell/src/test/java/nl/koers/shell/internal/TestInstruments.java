package nl.koers.shell.internal;

import java.util.List;
import java.util.Locale;

import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.instrument.api.Step;

/** Small real instruments for driving the window: an id, a name and steps, nothing else. */
final class TestInstruments {
    private TestInstruments() {
    }

    /** An instrument called "Instrument {@code id}" with these steps. */
    static Instrument withSteps(String id, Step... steps) {
        return new Instrument() {
            public String id() {
                return id;
            }

            public InstrumentDescriptor describe(Locale locale) {
                return new InstrumentDescriptor(id, "Instrument " + id, "", "", "", "", "", List.of(), List.of(steps),
                        List.of(), "");
            }
        };
    }
}

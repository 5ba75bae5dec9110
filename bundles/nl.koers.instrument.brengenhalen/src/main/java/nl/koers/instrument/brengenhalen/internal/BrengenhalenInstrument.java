package nl.koers.instrument.brengenhalen.internal;

import org.osgi.service.component.annotations.Component;

import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.ProvidesInstrument;
import nl.koers.instrument.api.TextInstrument;

/** Brengen-halen gesprek: partners tell each other what they bring to and get from the collaboration, around a shared core. */
@ProvidesInstrument(BrengenhalenInstrument.ID)
@Component(service = Instrument.class, property = Instrument.ID_PROPERTY + "=" + BrengenhalenInstrument.ID)
public final class BrengenhalenInstrument extends TextInstrument {
    static final String ID = "brengenhalen";
    static final String TEXTS = "nl.koers.instrument.brengenhalen.internal.Texts";

    public BrengenhalenInstrument() {
        super(ID, TEXTS);
    }
}

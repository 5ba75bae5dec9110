package nl.koers.instrument.belangendialoog.internal;

import org.osgi.service.component.annotations.Component;

import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.ProvidesInstrument;
import nl.koers.instrument.api.TextInstrument;

/** Belangendialoog: partners explain their interests to each other and ask why, from positions down to interests. */
@ProvidesInstrument(BelangendialoogInstrument.ID)
@Component(service = Instrument.class, property = Instrument.ID_PROPERTY + "=" + BelangendialoogInstrument.ID)
public final class BelangendialoogInstrument extends TextInstrument {
    public static final String ID = "belangendialoog";
    public static final String TEXTS = "nl.koers.instrument.belangendialoog.internal.Texts";

    public BelangendialoogInstrument() {
        super(ID, TEXTS);
    }
}

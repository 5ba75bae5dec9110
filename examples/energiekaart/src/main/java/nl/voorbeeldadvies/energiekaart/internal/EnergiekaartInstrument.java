package nl.voorbeeldadvies.energiekaart.internal;

import org.osgi.service.component.annotations.Component;

import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.ProvidesInstrument;
import nl.koers.instrument.api.TextInstrument;

/**
 * Energiekaart, "waar zit de energie": per theme every participant says how far they want to be involved, and the
 * facilitator sees which themes carry the collaboration and which have nobody to pull them.
 */
@ProvidesInstrument(EnergiekaartInstrument.ID)
@Component(service = Instrument.class, property = Instrument.ID_PROPERTY + "=" + EnergiekaartInstrument.ID)
public final class EnergiekaartInstrument extends TextInstrument {
    public static final String ID = "energiekaart";
    public static final String TEXTS = "nl.voorbeeldadvies.energiekaart.internal.Texts";

    public EnergiekaartInstrument() {
        super(ID, TEXTS);
    }
}

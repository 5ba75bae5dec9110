package nl.koers.instrument.brengenhalen.internal;

import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;

/** Brengen-halen gesprek: partners tell each other what they bring to and get from the collaboration, around a shared core. */
@Component(service = Instrument.class, property = Instrument.ID_PROPERTY + "=" + BrengenhalenInstrument.ID)
public final class BrengenhalenInstrument implements Instrument {
    static final String ID = "brengenhalen";
    static final String TEXTS = "nl.koers.instrument.brengenhalen.internal.Texts";

    @Activate
    public BrengenhalenInstrument() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public InstrumentDescriptor describe(Locale locale) {
        return InstrumentDescriptor.fromTexts(ID, Texts.load(TEXTS, locale, getClass().getClassLoader()));
    }
}

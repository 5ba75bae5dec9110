package nl.koers.instrument.belangendialoog.internal;

import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;

/** Belangendialoog: partners explain their interests to each other and ask why, from positions down to interests. */
@Component(service = Instrument.class, property = Instrument.ID_PROPERTY + "=" + BelangendialoogInstrument.ID)
public final class BelangendialoogInstrument implements Instrument {
    static final String ID = "belangendialoog";
    static final String TEXTS = "nl.koers.instrument.belangendialoog.internal.Texts";

    @Activate
    public BelangendialoogInstrument() {
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

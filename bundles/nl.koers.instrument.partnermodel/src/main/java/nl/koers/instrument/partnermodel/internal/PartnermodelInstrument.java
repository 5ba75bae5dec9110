package nl.koers.instrument.partnermodel.internal;

import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;

/** Partnermodel Canvas: turns a shared ambition into a workable partner model, block by block on a canvas. */
@Component(service = Instrument.class, property = Instrument.ID_PROPERTY + "=" + PartnermodelInstrument.ID)
public final class PartnermodelInstrument implements Instrument {
    static final String ID = "partnermodel";
    static final String TEXTS = "nl.koers.instrument.partnermodel.internal.Texts";

    @Activate
    public PartnermodelInstrument() {
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

package nl.koers.instrument.partnermodel.internal;

import org.osgi.service.component.annotations.Component;

import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.ProvidesInstrument;
import nl.koers.instrument.api.TextInstrument;

/** Partnermodel Canvas: turns a shared ambition into a workable partner model, block by block on a canvas. */
@ProvidesInstrument(PartnermodelInstrument.ID)
@Component(service = Instrument.class, property = Instrument.ID_PROPERTY + "=" + PartnermodelInstrument.ID)
public final class PartnermodelInstrument extends TextInstrument {
    public static final String ID = "partnermodel";
    public static final String TEXTS = "nl.koers.instrument.partnermodel.internal.Texts";

    public PartnermodelInstrument() {
        super(ID, TEXTS);
    }
}

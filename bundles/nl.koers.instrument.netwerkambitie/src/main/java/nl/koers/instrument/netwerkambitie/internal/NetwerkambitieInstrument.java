package nl.koers.instrument.netwerkambitie.internal;

import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;

/** Netwerkambitie: a mini-workshop at the start of a network in which the partners find their shared ambition. */
@Component(service = Instrument.class, property = Instrument.ID_PROPERTY + "=" + NetwerkambitieInstrument.ID)
public final class NetwerkambitieInstrument implements Instrument {
    static final String ID = "netwerkambitie";
    static final String TEXTS = "nl.koers.instrument.netwerkambitie.internal.Texts";

    @Activate
    public NetwerkambitieInstrument() {
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

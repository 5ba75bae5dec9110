package nl.koers.instrument.netwerkambitie.internal;

import org.osgi.service.component.annotations.Component;

import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.ProvidesInstrument;
import nl.koers.instrument.api.TextInstrument;

/** Netwerkambitie: a mini-workshop at the start of a network in which the partners find their shared ambition. */
@ProvidesInstrument(NetwerkambitieInstrument.ID)
@Component(service = Instrument.class, property = Instrument.ID_PROPERTY + "=" + NetwerkambitieInstrument.ID)
public final class NetwerkambitieInstrument extends TextInstrument {
    static final String ID = "netwerkambitie";
    static final String TEXTS = "nl.koers.instrument.netwerkambitie.internal.Texts";

    public NetwerkambitieInstrument() {
        super(ID, TEXTS);
    }
}

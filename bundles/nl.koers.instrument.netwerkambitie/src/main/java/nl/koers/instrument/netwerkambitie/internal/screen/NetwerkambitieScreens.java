package nl.koers.instrument.netwerkambitie.internal.screen;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Dossier;
import nl.koers.domain.analysis.Found;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.PartnerChoice;

/**
 * The four working screens of Netwerkambitie: belangen, brengen en halen, uitwisselen, gedeelde ambitie. The
 * workbench shows the step's question, tip, timer and back/next around them.
 */
@Component(service = InstrumentScreens.class, property = Instrument.ID_PROPERTY + "=" + NetwerkambitieScreens.ID)
public final class NetwerkambitieScreens implements InstrumentScreens {
    static final String ID = "netwerkambitie";

    /** Steps 1 and 2 fill the same card: the partner chosen in one is the partner shown in the other. */
    private final PartnerChoice partner;

    @Activate
    public NetwerkambitieScreens() {
        this.partner = new PartnerChoice();
    }

    @Override
    public String instrumentId() {
        return ID;
    }

    @Override
    public void createStep(int step, Composite parent, WorkContext context) {
        switch (step) {
            case 0 -> new InterestsStep(parent, context, partner);
            case 1 -> new BringGetStep(parent, context, partner);
            case 2 -> new ExchangeStep(parent, context, partner);
            case 3 -> new AmbitionStep(parent, context);
            default -> throw new IllegalArgumentException("Netwerkambitie has 4 steps, not step " + (step + 1));
        }
    }

    /** Interests and contributions open their step on their partner; the ambition and its remarks the last step. */
    @Override
    public int reveal(Dossier dossier, Found found) {
        int step = switch (found.kind()) {
            case INTEREST -> 0;
            case CONTRIBUTION -> 1;
            case AMBITION, FACT, ENDORSEMENT -> 3;
            default -> -1;
        };
        if (step == 0 || step == 1) {
            partner.set(dossier, found.partnerId());
        }
        return step;
    }
}

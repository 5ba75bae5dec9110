package nl.koers.instrument.belangendialoog.internal.screen;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.analysis.Found;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.PartnerChoice;
import nl.koers.instrument.belangendialoog.internal.BelangendialoogInstrument;

/**
 * The seven working screens of the interest dialogue, in the order of its steps: the dialogue (building blocks
 * and the logic of the table), the lenses, the interests of the individual, the organisation and the network,
 * from position to interest, and the board that shares what is shared.
 */
@Component(service = InstrumentScreens.class, property = Instrument.ID_PROPERTY + "=" + BelangendialoogInstrument.ID)
public final class BelangendialoogScreens implements InstrumentScreens {
    static final int STEPS = 7;

    /** The board sends the facilitator to a partner's positions: the step of positions then shows that partner. */
    private final PartnerChoice partner;

    @Activate
    public BelangendialoogScreens() {
        this.partner = new PartnerChoice();
    }

    @Override
    public String instrumentId() {
        return BelangendialoogInstrument.ID;
    }

    @Override
    public void createStep(int step, Composite parent, WorkContext context) {
        switch (step) {
            case 0 -> new DialogueStep(parent, context);
            case 1 -> new LensStep(parent, context);
            case 2 -> new LevelStep(parent, context, Level.INDIVIDUAL);
            case 3 -> new LevelStep(parent, context, Level.ORGANISATION);
            case 4 -> new LevelStep(parent, context, Level.NETWORK);
            case 5 -> new PositionsStep(parent, context, partner);
            case 6 -> new BoardStep(parent, context, partner);
            default -> throw new IllegalArgumentException(
                    "the interest dialogue has " + STEPS + " steps, not step " + (step + 1));
        }
    }

    /** An interest opens the step of its level, a position or a why that of positions, on its partner. */
    @Override
    public int reveal(Dossier dossier, Found found) {
        return switch (found.kind()) {
            case INTEREST -> dossier.partner(found.partnerId()).flatMap(p -> p.interests().stream()
                    .filter(i -> i.id().equals(found.itemId())).findFirst()).map(Interest::level)
                    .map(BelangendialoogScreens::stepOf).orElse(-1);
            case POSITION, WHY -> {
                partner.set(dossier, found.partnerId());
                yield 5;
            }
            default -> -1;
        };
    }

    private static int stepOf(Level level) {
        return switch (level) {
            case INDIVIDUAL -> 2;
            case ORGANISATION -> 3;
            case NETWORK -> 4;
        };
    }
}

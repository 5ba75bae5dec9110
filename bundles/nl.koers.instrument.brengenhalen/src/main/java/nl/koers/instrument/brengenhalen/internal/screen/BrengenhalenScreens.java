package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.function.Function;
import java.util.function.LongSupplier;

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
 * The six working screens of the Brengen-halen gesprek: three for the homework (essence and ambition; interests
 * and core value; bring and get), the conversation with equal time per partner, commonalities before
 * differences, and the figure with the balance. The workbench shows the step's question, tip, timer and
 * back/next around them.
 */
@Component(service = InstrumentScreens.class, property = Instrument.ID_PROPERTY + "=" + BrengenhalenScreens.ID)
public final class BrengenhalenScreens implements InstrumentScreens {
    static final String ID = "brengenhalen";
    static final int STEPS = 6;

    /** The three homework steps show the same partner. */
    private final PartnerChoice partner;
    private final Clocks clocks;
    /** How the homework buttons ask for folders, files and confirmation. */
    private final Function<Composite, HomeworkButtons.Dialogs> dialogs;

    @Activate
    public BrengenhalenScreens() {
        this(() -> System.nanoTime() / 1_000_000, null);
    }

    /**
     * With a clock and dialogs of its own, for tests.
     *
     * @param dialogs null for the window's own dialogs
     */
    BrengenhalenScreens(LongSupplier millis, Function<Composite, HomeworkButtons.Dialogs> dialogs) {
        this.partner = new PartnerChoice();
        this.clocks = new Clocks(millis);
        this.dialogs = dialogs;
    }

    @Override
    public String instrumentId() {
        return ID;
    }

    @Override
    public void createStep(int step, Composite parent, WorkContext context) {
        Function<Composite, HomeworkButtons.Dialogs> ask = dialogs != null ? dialogs
                : owner -> new SwtDialogs(owner, new nl.koers.instrument.brengenhalen.internal.Phrases(
                        context.locale()));
        switch (step) {
            case 0 -> new EssenceStep(parent, context, partner, ask);
            case 1 -> new InterestsStep(parent, context, partner, ask);
            case 2 -> new BringGetStep(parent, context, partner, ask);
            case 3 -> new ConversationStep(parent, context, clocks);
            case 4 -> new CommonalitiesStep(parent, context);
            case 5 -> new FigureStep(parent, context);
            default -> throw new IllegalArgumentException(
                    "Brengen-halen gesprek has " + STEPS + " steps, not step " + (step + 1));
        }
    }

    /** A partner's essence, interests, core values and contributions open their step on that partner. */
    @Override
    public int reveal(Dossier dossier, Found found) {
        int step = switch (found.kind()) {
            case ESSENCE -> 0;
            case INTEREST, CORE_VALUE -> 1;
            case CONTRIBUTION -> 2;
            default -> -1;
        };
        if (step >= 0) {
            partner.set(dossier, found.partnerId());
        }
        return step;
    }
}

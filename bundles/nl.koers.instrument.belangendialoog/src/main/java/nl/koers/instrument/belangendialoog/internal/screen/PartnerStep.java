package nl.koers.instrument.belangendialoog.internal.screen;

import org.eclipse.swt.widgets.Composite;

import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.PartnerChoice;
import nl.koers.instrument.api.swt.kit.PartnerEditor;

/**
 * A step about one partner at a time: the partners on the left, the chosen partner's part on the right. The
 * choice is shared with the board, which sends the facilitator to a partner's positions.
 * The kit's {@link PartnerEditor} does the work; a subclass is the card.
 */
abstract class PartnerStep implements PartnerEditor.Card {
    protected final Ui ui;
    protected final PartnerEditor partners;

    PartnerStep(Composite parent, WorkContext ctx, PartnerChoice choice) {
        this.ui = new Ui(ctx, parent);
        this.partners = new PartnerEditor(parent, ui, choice, ui.say.get("screen.noPartners"));
    }

    /** Builds the card and starts following the dossier; the subclass calls it at the end of its constructor. */
    protected final void start() {
        partners.start(this);
    }

    /** The id of the partner whose card is shown. */
    protected String partnerId() {
        return partners.partnerId();
    }

    /** Lays the card out again (after rows came or went). */
    protected void reflow() {
        partners.reflow();
    }
}

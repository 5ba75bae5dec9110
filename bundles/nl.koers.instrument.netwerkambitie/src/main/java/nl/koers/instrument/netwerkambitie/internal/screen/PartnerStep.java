package nl.koers.instrument.netwerkambitie.internal.screen;

import org.eclipse.swt.widgets.Composite;

import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.PartnerChoice;
import nl.koers.instrument.api.swt.kit.PartnerEditor;
import nl.koers.instrument.api.swt.kit.Section;

/**
 * A step that fills one partner's interest card: the partners on the left, the chosen partner's card on the
 * right. Steps 1 and 2 share the choice of partner.
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

    /** What this instrument says above a list of the kit's editors: {@code key}, {@code keyHint}, {@code keyNew}. */
    protected Section words(String key) {
        return new Section(ui.say.get(key), ui.say.get(key + "Hint"), ui.say.get(key + "New"));
    }
}

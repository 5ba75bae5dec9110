package nl.koers.instrument.api.swt.kit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Control;

import nl.koers.domain.Dossier;

/**
 * An editor's rows made a few per dispatch: a partner's card of twenty items, each row a field, choices and a button
 * that GTK builds and measures, held the click that showed it for about a quarter of a second. A show makes the first
 * rows, those in view, and asks the display for a dispatch that shows the partner again and makes the next ones.
 */
final class RowTurns {
    /** Rows made in one dispatch, in all the card's lists together: the top of a card on a laptop. */
    static final int PER_DISPATCH = 6;

    private final Ui ui;
    private final PartnerEditor partners;
    private final PartnerEditor.Card card;
    private final Parts.Queue<RowTurns> later;
    private final List<Control> made = new ArrayList<>();
    private int left;

    /**
     * @param owner no rows are made once it is disposed
     * @param ui the step's kit, for the dossier as it is in a later dispatch
     * @param partners the editor the card is shown in
     * @param card the card whose {@code show} makes its rows through {@link #begin()} and {@link #show}
     */
    RowTurns(Control owner, Ui ui, PartnerEditor partners, PartnerEditor.Card card) {
        this.ui = ui;
        this.partners = partners;
        this.card = card;
        this.later = new Parts.Queue<>(owner, turns -> showRest());
    }

    /** Starts a show of the card: a dispatch's rows are left to make. */
    void begin() {
        made.clear();
        left = PER_DISPATCH;
    }

    /**
     * Shows {@code items} in {@code rows} with the rows left to make in this dispatch; asks for another dispatch when
     * items are left without a row. {@return whether rows came, went or moved}
     */
    <T> boolean show(Rows<T> rows, List<T> items) {
        boolean changed = rows.show(items, left);
        List<Control> now = rows.made();
        made.addAll(now);
        left -= now.size();
        if (rows.missing() > 0) {
            later.add(this);
        }
        return changed;
    }

    /** Makes the next rows of the partner shown, and lays out only them. */
    private void showRest() {
        Dossier d = ui.ctx.dossier();
        d.partner(partners.partnerId()).ifPresent(p -> {
            if (card.show(d, p)) {
                partners.reflow(made.toArray(Control[]::new));
            }
        });
    }
}

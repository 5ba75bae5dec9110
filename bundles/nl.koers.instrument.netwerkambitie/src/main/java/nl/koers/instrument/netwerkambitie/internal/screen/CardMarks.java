package nl.koers.instrument.netwerkambitie.internal.screen;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** What a click on a finding or a match marks: its row, and the cards and items it is about; one click's at a time. */
final class CardMarks {
    private final List<Label> items = new ArrayList<>();
    private final List<Composite> cards = new ArrayList<>();
    private Composite row;

    /** {@return the row the marks came from; null when nothing is marked} */
    Composite row() {
        return row;
    }

    /** Marks {@code clicked}, the row the marks come from. */
    void row(Composite clicked) {
        row = clicked;
        clicked.setBackground(Ui.MARK);
    }

    /** Takes {@code kept} back as the row the marks came from, as it is now: a page turned on the way forgot it. */
    void keep(Composite kept) {
        row = kept;
    }

    void card(Composite card) {
        card.setBackground(Ui.MARK_CARD);
        cards.add(card);
    }

    void item(Label item) {
        item.setBackground(Ui.MARK);
        items.add(item);
    }

    /** Takes the marks off the cards and the row that put them there. */
    void clear() {
        for (Label l : items) {
            if (!l.isDisposed()) {
                l.setBackground(null);
            }
        }
        for (Composite c : cards) {
            if (!c.isDisposed()) {
                c.setBackground(Ui.WHITE);
            }
        }
        items.clear();
        cards.clear();
        if (row != null && !row.isDisposed()) {
            row.setBackground(null);
        }
        row = null;
    }
}

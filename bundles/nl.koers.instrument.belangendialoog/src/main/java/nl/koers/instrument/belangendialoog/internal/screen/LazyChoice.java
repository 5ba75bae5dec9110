package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.Arrays;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;

/**
 * A read-only choice of many items (a partner per line) that holds only the chosen item until the facilitator comes
 * to it (the mouse, the focus, a click): GTK measures every item of a choice each time its row is laid out, and 200
 * partners' names made the step wait for them on every first show, F11 and Vorige.
 */
final class LazyChoice {
    private final Combo combo;
    private String[] items = new String[0];
    private int chosen = -1;
    /** Whether the combo holds every item, not only the chosen one. */
    private boolean full;

    /** @param chosen told the index among all items the facilitator chose */
    LazyChoice(Combo combo, IntConsumer chosen) {
        this.combo = combo;
        combo.addListener(SWT.Selection, e -> {
            if (full && combo.getSelectionIndex() >= 0) {
                this.chosen = combo.getSelectionIndex();
                chosen.accept(this.chosen);
            }
        });
        for (int event : new int[] {SWT.MouseEnter, SWT.FocusIn, SWT.MouseDown}) {
            combo.addListener(event, e -> fill());
        }
    }

    /** Offers {@code all}, {@code index} chosen (-1: none); the full list waits until the choice is used. */
    void show(String[] all, int index) {
        boolean same = Arrays.equals(all, items);
        items = all;
        if (full) {
            if (!same) {
                combo.setItems(all);
                combo.setVisibleItemCount(Math.max(1, Math.min(20, all.length)));
            }
            Ui.show(combo, index);
        } else if (!same || index != chosen) {
            String[] one = index < 0 ? new String[0] : new String[] {all[index]};
            if (!Arrays.equals(one, combo.getItems())) {
                combo.setItems(one);
            }
            Ui.show(combo, one.length - 1);
        }
        chosen = index;
    }

    /** The facilitator came to the choice: every item, the chosen one selected. */
    private void fill() {
        if (!full) {
            full = true;
            combo.setItems(items);
            combo.setVisibleItemCount(Math.max(1, Math.min(20, items.length)));
            Ui.show(combo, chosen);
        }
    }
}

package nl.koers.instrument.belangendialoog.internal.screen;

import org.eclipse.swt.widgets.Combo;

/**
 * The items of a choice of thousands of interests, changed by difference: giving the choice all its items again is
 * what the window would wait for, so an interest added, removed or reworded is one item added, removed or set.
 */
final class ChoiceItems {
    private final Combo combo;
    private String[] items = new String[0];

    ChoiceItems(Combo combo) {
        this.combo = combo;
    }

    /** {@return the items shown} */
    String[] items() {
        return items;
    }

    /** Shows {@code now}, changing only the items that differ from what the choice shows. */
    void show(String[] now) {
        String[] was = items;
        int same = 0;
        while (same < was.length && same < now.length && was[same].equals(now[same])) {
            same++;
        }
        int end = 0; // items equal at the end, after the common start
        while (end < was.length - same && end < now.length - same
                && was[was.length - 1 - end].equals(now[now.length - 1 - end])) {
            end++;
        }
        int gone = was.length - same - end;
        int come = now.length - same - end;
        if (same == 0 && end == 0 && gone != come) {
            combo.setItems(now); // nothing in common: one call, not one per item
        } else {
            for (int i = 0; i < Math.min(gone, come); i++) {
                combo.setItem(same + i, now[same + i]);
            }
            if (gone > come) {
                combo.remove(same + come, same + gone - 1);
            }
            for (int i = gone; i < come; i++) {
                combo.add(now[same + i], same + i);
            }
        }
        if (was.length != now.length) {
            combo.setVisibleItemCount(Math.min(20, Math.max(1, now.length)));
        }
        items = now;
    }
}

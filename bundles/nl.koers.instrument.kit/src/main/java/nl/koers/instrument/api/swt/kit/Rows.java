package nl.koers.instrument.api.swt.kit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.swt.widgets.Control;

/**
 * The rows of a list of items, kept in step with the dossier by key: a row that stays keeps its widgets (so
 * the field being typed in keeps its focus and text), new items get a row, removed items lose theirs.
 *
 * <pre>{@code
 * Composite list = Ui.column(content, 1);
 * Rows<Theme> rows = new Rows<>(Theme::id, theme -> new ThemeRow(list, theme));
 * ui.follow(parent, () -> {
 *     if (rows.show(DATA.read(context.dossier()).themes())) {
 *         scroll.reflow();
 *     }
 * });
 * }</pre>
 *
 * @param <T> the items, such as a partner's contributions
 */
public final class Rows<T> {
    /**
     * One item's widgets, in a composite of its own.
     *
     * @param <T> the item
     */
    public interface Row<T> {
        /** {@return the row's composite: disposed when its item goes, moved when the items' order changes} */
        Control control();

        /**
         * Shows the item as it is now; called for a new row and after every change.
         *
         * @param item the item with this row's key
         */
        void show(T item);
    }

    private final Function<T, String> key;
    private final Function<T, Row<T>> make;
    private final Map<String, Row<T>> rows = new LinkedHashMap<>();
    private final List<Control> made = new ArrayList<>();
    private int missing;

    /**
     * Rows that follow items by key.
     *
     * @param key an item's stable key, usually its id
     * @param make builds a row for an item inside the container the rows live in
     */
    public Rows(Function<T, String> key, Function<T, Row<T>> make) {
        this.key = key;
        this.make = make;
    }

    /**
     * Shows {@code items}: a row per item, in their order.
     *
     * @param items the items as they are now in the dossier
     * @return whether rows were added, removed or moved, so the caller lays out again
     */
    public boolean show(List<T> items) {
        return show(items, Integer.MAX_VALUE);
    }

    /**
     * Shows {@code items} as {@link #show(List)} does, making at most {@code newAtMost} rows: an item beyond them
     * has no row yet ({@link #missing()}), and a next call makes the next ones. For an editor that makes the rows in
     * view in a click and the rest in the dispatches after it: GTK takes milliseconds for each field and choice it
     * makes and measures, and twenty rows of them held a click for a tenth of a second.
     *
     * @param items the items as they are now in the dossier
     * @param newAtMost how many rows this call may make; 0 makes none
     * @return whether rows were added, removed or moved
     * @since 1.7
     */
    public boolean show(List<T> items, int newAtMost) {
        boolean changed = false;
        made.clear();
        missing = 0;
        Map<String, Row<T>> next = new LinkedHashMap<>();
        for (T item : items) {
            String k = key.apply(item);
            Row<T> row = rows.remove(k);
            if (row == null || row.control().isDisposed()) {
                if (made.size() >= newAtMost) {
                    missing++;
                    continue;
                }
                row = make.apply(item);
                made.add(row.control());
                changed = true;
            }
            row.show(item);
            next.put(k, row);
        }
        for (Row<T> gone : rows.values()) {
            gone.control().dispose();
            changed = true;
        }
        rows.clear();
        rows.putAll(next);
        return reorder() || changed;
    }

    /**
     * {@return the composites of the rows the last {@code show} made: what {@link Scroll#reflow(Control...)} lays
     * out when they came in a later dispatch}
     *
     * @since 1.7
     */
    public List<Control> made() {
        return List.copyOf(made);
    }

    /**
     * {@return how many items the last {@code show} left without a row}
     *
     * @since 1.7
     */
    public int missing() {
        return missing;
    }

    /**
     * Puts the rows' composites first in their container, in the items' order; {@return whether one moved} Asks
     * for the children once, not once a row: at hundreds of rows that is what a keystroke costs.
     */
    private boolean reorder() {
        if (rows.isEmpty()) {
            return false;
        }
        List<Control> wanted = rows.values().stream().map(Row::control).toList();
        Control[] children = wanted.get(0).getParent().getChildren();
        if (children.length >= wanted.size() && Arrays.asList(children).subList(0, wanted.size()).equals(wanted)) {
            return false;
        }
        Control previous = null;
        for (Control c : wanted) {
            if (previous == null) {
                c.moveAbove(null);
            } else {
                c.moveBelow(previous);
            }
            previous = c;
        }
        return true;
    }

    /** {@return how many rows there are} */
    public int size() {
        return rows.size();
    }
}

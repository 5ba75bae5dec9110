package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import nl.koers.instrument.api.swt.kit.Pager;
import nl.koers.instrument.api.swt.kit.Rows;

/**
 * One list of the board, a page at a time: its bar, and a row for each place on the page. A row is kept by its place
 * on the page, so a list that changed, or a page turned, puts new words in the rows that are there; rows are made or
 * disposed only when the page holds more or fewer items.
 *
 * @param <T> the list's items
 */
final class PagedRows<T> {
    private final Pager pager;
    private final Rows<Placed<T>> rows;
    private final Touched touched;
    /** The rows made while showing: added to a page, they are laid out by themselves. */
    private final List<Control> made = new ArrayList<>();
    private int first;
    /** Whether the last {@link #show} made rows. */
    private boolean madeRows;

    /**
     * @param make a row in the composite it is given, for the item at a place
     * @param turned shows the list again after the user turned a page
     */
    PagedRows(Ui ui, Composite content, String id, int size, Touched touched,
            Function<Composite, Rows.Row<Placed<T>>> make, Runnable turned) {
        this.touched = touched;
        pager = new Pager(ui, content, id, size, turned);
        Composite list = Ui.column(content, 1);
        rows = new Rows<>(n -> String.valueOf(n.place() - first), n -> {
            Rows.Row<Placed<T>> row = make.apply(list);
            made.add(row.control());
            return row;
        });
    }

    /** Shows the page in view of {@code all}, noting in {@link Touched} what changed. */
    void show(List<T> all) {
        show(all, Integer.MAX_VALUE);
    }

    /**
     * Shows the page in view of {@code all}, making at most {@code most} rows that are not there yet: rows that are
     * there take their new words, the others come with the next call. Each new wrapped sentence costs GTK several
     * milliseconds when it is first placed; a page made whole held the window for the lot. {@return whether the
     * page is complete}
     */
    boolean show(List<T> all, int most) {
        Pager.Page<T> page = pager.of(all);
        first = page.first();
        int shown = (int) Math.min(page.items().size(), (long) rows.size() + most);
        List<Placed<T>> items = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            items.add(new Placed<>(first + i, page.items().get(i)));
        }
        int before = rows.size();
        made.clear();
        boolean changed = rows.show(items);
        madeRows = !made.isEmpty();
        if (changed) {
            // rows are kept by place: only added ones lay out by themselves, rows that went lay out the page
            if (rows.size() == before + made.size()) {
                made.forEach(touched::control);
            } else {
                touched.rows(true);
            }
        }
        made.clear();
        if (page.barChanged()) {
            touched.control(pager.bar());
        }
        return shown == page.items().size();
    }

    /**
     * {@return whether the last {@link #show} made rows} Rows that take new words lay out in a few milliseconds; a new
     * wrapped sentence costs GTK several when it is first placed.
     */
    boolean madeRows() {
        return madeRows;
    }
}

package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import nl.koers.instrument.api.swt.kit.Pager;
import nl.koers.instrument.api.swt.kit.Rows;

/**
 * One long list of the commonalities, a page at a time: the kit's {@link Pager} bar above the rows ("21–40 van 312",
 * hidden while the list fits), and rows only for the page shown. At hundreds of partners GTK lays out every wrapped
 * row on the first draw and again on edits: a page of rows keeps that to a few milliseconds. Only the items on the
 * page are turned into what a row shows.
 *
 * @param <S> the items of the whole list
 * @param <T> what a row shows of one item
 */
final class PagedList<S, T> {
    private final Pager pager;
    private final SlicedRows<T> rows;

    /**
     * @param id the bar's id: {@code <id>.previous}, {@code <id>.page}, {@code <id>.next}
     * @param key a row's key, such as its place on the page
     * @param make a row in the composite it is given
     * @param turned shows the list again after the user turned a page
     */
    PagedList(Ui ui, Composite parent, String id, int size, Function<T, String> key,
            Function<Composite, Rows.Row<T>> make, Runnable turned) {
        pager = new Pager(ui, parent, id, size, turned);
        rows = new SlicedRows<>(parent, key, make);
    }

    /**
     * Shows the page in view of {@code all}; gives {@code changed} what to lay out again: the rows that came, every
     * row when rows moved, the bar when it changed.
     *
     * @param shown what a row shows of the item at a place in the whole list
     */
    void show(List<S> all, BiFunction<Integer, S, T> shown, Consumer<Control> changed) {
        show(all, shown, changed, Integer.MAX_VALUE);
    }

    /**
     * Shows the first {@code upTo} rows of the page in view, or more when it shows more already; a list filled in
     * slices gives the next slice's end each time.
     */
    void show(List<S> all, BiFunction<Integer, S, T> shown, Consumer<Control> changed, int upTo) {
        Pager.Page<S> page = pager.of(all);
        int count = rows.shown(upTo, page.items().size());
        List<T> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(shown.apply(page.first() + i, page.items().get(i)));
        }
        rows.show(items, count, changed);
        if (page.barChanged()) {
            changed.accept(pager.bar());
        }
    }
}

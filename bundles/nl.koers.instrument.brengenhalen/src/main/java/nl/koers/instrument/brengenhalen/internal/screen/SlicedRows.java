package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import nl.koers.instrument.api.swt.kit.Rows;

/**
 * The kit's {@link Rows} in a composite of their own, able to grow a slice at a time: a list filled a few rows per
 * dispatch lays out only the rows that came at its end, so each row is measured once and not again with every
 * slice after it.
 *
 * @param <T> what a row shows
 */
final class SlicedRows<T> {
    private final Composite list;
    private final Rows<T> rows;

    /**
     * @param key a row's key, such as its place in the list
     * @param make a row in the composite it is given
     */
    SlicedRows(Composite parent, Function<T, String> key, Function<Composite, Rows.Row<T>> make) {
        list = Ui.column(parent, 1);
        rows = new Rows<>(key, item -> make.apply(list));
    }

    /**
     * Shows the first {@code upTo} of {@code items}, or more when it shows more already: an edit redraws the rows
     * there in one go, and only a longer list grows in slices. Gives {@code changed} what to lay out again: the rows
     * that came at the end; the last row left (or the list, when empty) when rows only went from the end; every row
     * when rows moved.
     */
    void show(List<T> items, int upTo, Consumer<Control> changed) {
        Control[] before = list.getChildren();
        if (!rows.show(items.subList(0, shown(upTo, items.size())))) {
            return;
        }
        Control[] now = list.getChildren();
        if (now.length == 0) {
            changed.accept(list);
        } else if (now.length >= before.length && Arrays.equals(before, 0, before.length, now, 0, before.length)) {
            List.of(now).subList(before.length, now.length).forEach(changed);
        } else if (now.length < before.length && Arrays.equals(before, 0, now.length, now, 0, now.length)) {
            changed.accept(now[now.length - 1]);
        } else {
            List.of(now).forEach(changed);
        }
    }

    /** {@return how many of {@code items} a slice ending at {@code upTo} shows} */
    int shown(int upTo, int items) {
        return Math.min(items, Math.max(upTo, rows.size()));
    }
}

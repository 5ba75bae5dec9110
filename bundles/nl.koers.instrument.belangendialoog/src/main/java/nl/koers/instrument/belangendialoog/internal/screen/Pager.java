package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A list that can grow to hundreds of partners or thousands of suggestions, shown a page at a time: laying out
 * every row would make the window wait on every edit. A bar says which rows are shown of how many, with buttons to
 * the page before and after; it is hidden while the whole list fits on one page, so a small table looks as
 * before. Ids: {@code <id>.previous}, {@code <id>.page}, {@code <id>.next}.
 */
final class Pager {
    /** The rows of one page: the items, the place of the first in the whole list, and whether the bar changed. */
    record Page<T>(List<T> items, int first, boolean barChanged) {
    }

    private final Ui ui;
    private final int size;
    private final Runnable turned;
    private final Composite bar;
    private final Button previous;
    private final Label where;
    private final Button next;
    private int page;
    private int total;

    /**
     * A bar in {@code parent}, at the place the caller puts it (usually just above the rows).
     *
     * @param turned shows the list again after the user turned a page
     */
    Pager(Ui ui, Composite parent, String id, int size, Runnable turned) {
        this.ui = ui;
        this.size = size;
        this.turned = turned;
        bar = Ui.column(parent, 3);
        previous = ui.button(bar, ui.say.get("pager.previous"), id + ".previous", () -> turn(page - 1));
        where = Ui.id(ui.hint(bar, ""), id + ".page");
        where.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false)); // "next" right beside it
        next = ui.button(bar, ui.say.get("pager.next"), id + ".next", () -> turn(page + 1));
        Ui.hidden(bar);
    }

    /** {@return the page of {@code all} to show now, the page kept within the list} Updates the bar. */
    <T> Page<T> of(List<T> all) {
        total = all.size();
        page = Math.max(0, Math.min(page, pages() - 1));
        int first = page * size;
        List<T> items = all.subList(Math.min(first, total), Math.min(first + size, total));
        boolean changed = Ui.visible(bar, pages() > 1);
        String text = items.isEmpty() ? ""
                : Ui.plain(ui.say.format("pager.shown", first + 1, first + items.size(), total));
        if (!where.getText().equals(text)) {
            where.setText(text);
            changed = true;
        }
        previous.setEnabled(page > 0);
        next.setEnabled(page < pages() - 1);
        return new Page<>(items, first, changed);
    }

    /** Goes to the page that holds the item at {@code place} in the whole list; shows nothing by itself. */
    void showPlace(int place) {
        page = Math.max(0, place) / size;
    }

    private int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    private void turn(int wanted) {
        int to = Math.max(0, Math.min(wanted, pages() - 1));
        if (to != page) {
            page = to;
            turned.run();
        }
    }
}

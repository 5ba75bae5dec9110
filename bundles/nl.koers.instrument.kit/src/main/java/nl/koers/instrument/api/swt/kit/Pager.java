package nl.koers.instrument.api.swt.kit;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Texts;

/**
 * A list that can grow to hundreds of partners or thousands of suggestions, shown a page at a time: laying out
 * every row would make the window wait on every edit. A bar says which rows are shown of how many ("21–40 van
 * 37.674"), with buttons to the page before and after; it is hidden while the whole list fits on one page, so a
 * small table looks as before. Ids: {@code <id>.previous}, {@code <id>.page}, {@code <id>.next}.
 *
 * <pre>{@code
 * Pager pager = new Pager(ui, scroll.content, "themes", 20, this::refresh);
 * Composite list = Ui.column(scroll.content, 1);
 * ...
 * Pager.Page<Theme> page = pager.of(DATA.read(ui.ctx.dossier()).themes());
 * if (rows.show(page.items()) | page.barChanged()) {
 *     scroll.reflow();
 * }
 * }</pre>
 *
 * @since 1.3
 */
public final class Pager {
    /**
     * The rows of one page.
     *
     * @param <T> the items
     * @param items the items on the page, in the list's order
     * @param first the place of the first of them in the whole list, from 0
     * @param barChanged whether the bar was shown, hidden or says something else: lay out around {@link #bar()}
     */
    public record Page<T>(List<T> items, int first, boolean barChanged) {
    }

    private final Texts words;
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
     * @param ui the step's kit
     * @param parent a composite with a one-column {@code GridLayout}
     * @param id the bar's id ({@link Ui#named}), the start of its buttons' ids
     * @param size the rows a page holds
     * @param turned shows the list again after the user turned a page
     */
    public Pager(Ui ui, Composite parent, String id, int size, Runnable turned) {
        this.words = KitTexts.load(ui.ctx.locale());
        this.size = size;
        this.turned = turned;
        bar = Ui.column(parent, 3);
        previous = ui.button(bar, words.get("pager.previous"), id + ".previous", () -> turn(page - 1));
        where = ui.named(ui.hint(bar, ""), id + ".page");
        where.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false)); // "next" right beside it
        next = ui.button(bar, words.get("pager.next"), id + ".next", () -> turn(page + 1));
        visible(false);
    }

    /**
     * {@return the page of {@code all} to show now, the page kept within the list} Updates the bar.
     *
     * @param <T> the items
     * @param all the whole list
     */
    public <T> Page<T> of(List<T> all) {
        total = all.size();
        page = Math.max(0, Math.min(page, pages() - 1));
        int first = page * size;
        List<T> items = all.subList(Math.min(first, total), Math.min(first + size, total));
        boolean changed = visible(pages() > 1);
        String text = items.isEmpty() ? ""
                : Ui.plain(words.format("pager.shown", first + 1, first + items.size(), total));
        if (!where.getText().equals(text)) {
            where.setText(text);
            // the bar forgets the text's old width: laying out around the bar alone kept "9–16 van" cut off where
            // "1–8 van 200" had fitted
            bar.layout(new Control[] {where});
            changed = true;
        }
        previous.setEnabled(page > 0);
        next.setEnabled(page < pages() - 1);
        return new Page<>(items, first, changed);
    }

    /**
     * Goes to the page that holds the item at {@code place} in the whole list; shows nothing by itself.
     *
     * @param place the item's place in the whole list, from 0
     */
    public void showPlace(int place) {
        page = Math.max(0, place) / size;
    }

    /** {@return the bar: what to lay out again when a {@link Page#barChanged() page says} it changed} */
    public Control bar() {
        return bar;
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

    /** Shows or hides the bar and the room it takes; {@return whether that changed} */
    private boolean visible(boolean shown) {
        GridData data = (GridData) bar.getLayoutData();
        if (bar.getVisible() == shown && data.exclude == !shown) {
            return false;
        }
        bar.setVisible(shown);
        data.exclude = !shown;
        return true;
    }
}

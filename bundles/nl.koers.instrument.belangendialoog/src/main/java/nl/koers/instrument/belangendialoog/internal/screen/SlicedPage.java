package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Control;

import nl.koers.domain.Partner;
import nl.koers.instrument.api.swt.kit.Pager;
import nl.koers.instrument.api.swt.kit.Rows;
import nl.koers.instrument.api.swt.kit.Scroll;

/**
 * A page of partner blocks in a scrolling area, built in slices: the first block at once, the rest one at a time
 * through the display's queue, each laid out by itself. Twenty blocks of fields and choices made and laid out in one
 * go froze the window for a third of a second each time a step was first shown; three at a time still held it 0.3 to
 * 1 s a turn on a loaded machine (each interest row has two choices GTK measures), one block a turn is a third of
 * that. A block that changed height after it was shown asks for the whole page to be laid out ({@link #reshaped}),
 * once per change.
 */
final class SlicedPage {
    /** Blocks made in one go: the display answers between two blocks, the first is there with the click. */
    static final int SLICE = 1;

    private final Scroll scroll;
    private final Pager pager;
    private final Rows<Partner> rows;
    private final Supplier<List<Partner>> partners;
    /** The blocks made while showing: a slice that only adds them lays out only them. */
    private final List<Control> made = new ArrayList<>();
    /** The partners whose blocks are shown, in order. */
    private List<Partner> shown = List.of();
    /** How many of the page's partners get a block now. */
    private int ready = SLICE;
    private boolean queued;
    private boolean reshaped;

    /**
     * @param rows the blocks; each new block calls {@link #made}, each block that changed height {@link #reshaped}
     * @param partners the dossier's partners as they are now
     */
    SlicedPage(Scroll scroll, Pager pager, Rows<Partner> rows, Supplier<List<Partner>> partners) {
        this.scroll = scroll;
        this.pager = pager;
        this.rows = rows;
        this.partners = partners;
    }

    /** Notes a block just made. */
    void made(Control block) {
        made.add(block);
    }

    /** Notes that a block shown before came out at another height (rows in it came or went). */
    void reshaped(Control block) {
        reshaped |= !made.contains(block);
    }

    /** Starts again from the first slice: after the page was turned. */
    void restart() {
        ready = SLICE;
    }

    /**
     * Shows the page in view as far as it is built, and queues the next slice when there is more.
     *
     * @param others whether something else in the scrolling area came, went or changed height
     */
    void show(boolean others) {
        Pager.Page<Partner> page = pager.of(partners.get());
        List<Partner> now = page.items().subList(0, Math.min(ready, page.items().size()));
        boolean appended = startsWith(now, shown);
        made.clear();
        reshaped = false;
        boolean changed = rows.show(now);
        shown = List.copyOf(now);
        if (appended && !reshaped && !others && !page.barChanged()) {
            if (!made.isEmpty()) {
                scroll.reflow(made.toArray(Control[]::new));
            }
        } else if (changed || reshaped || others || page.barChanged()) {
            scroll.reflow();
        }
        made.clear();
        if (now.size() < page.items().size() && !queued) {
            queued = true;
            scroll.content.getDisplay().asyncExec(this::grow);
        }
    }

    private void grow() {
        queued = false;
        if (!scroll.content.isDisposed()) {
            ready += SLICE;
            show(false);
        }
    }

    /** {@return whether {@code list} begins with the very partners of {@code start}} Values, not equality: cheap. */
    private static boolean startsWith(List<Partner> list, List<Partner> start) {
        if (list.size() < start.size()) {
            return false;
        }
        for (int i = 0; i < start.size(); i++) {
            if (list.get(i) != start.get(i)) {
                return false;
            }
        }
        return true;
    }
}

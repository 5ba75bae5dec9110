package nl.koers.instrument.api.swt.kit;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Listener;

/**
 * The type of a list: its own (in projector mode the step's large type) while its longest item fits the list's
 * width, otherwise the largest smaller type it fits in, down to the desk's type. A whole name in a smaller type tells
 * the room which one is chosen; a name cut after a few words does not. Only a name too long for the desk's type is
 * shortened, in its middle. The partner list and {@link FittedList} use it. Used on the UI thread.
 */
final class ListType {
    /** How many of the widest names in the large type decide the size tried next. */
    private static final int DECISIVE = 8;

    private final List list;
    private final Font large;
    /** The items' widths in the large type: a refresh measures only an item not seen before. */
    private final TextWidths largeWidths = new TextWidths();
    /** The smaller type the list has now; null while it has the large one. */
    private Font smaller;
    /**
     * Whether the list has been drawn. GTK keeps drawing the rows of a list whose type changed before it was ever
     * drawn in the type before, even once shown (38 px rows for 10 pt letters: a step laid out while hidden or
     * before its window opened), so the type changes only in a list drawn and visible.
     */
    private boolean drawn;
    /** Whether a fit waits for the list to be drawn. */
    private boolean waiting;

    /**
     * @param list the list whose type this chooses; a smaller type is freed with it
     * @param large the type the list has when its items fit
     * @param refit fits the list's items again, when it is drawn after a fit that had to wait for it
     */
    ListType(List list, Font large, Runnable refit) {
        this.list = list;
        this.large = large;
        list.addDisposeListener(e -> free());
        // the parent too: drawn, it has shown the list, which GTK draws only where it is scrolled into view
        Listener onDrawn = e -> {
            drawn = true;
            if (waiting && !list.isDisposed()) {
                waiting = false;
                refit.run();
            }
        };
        list.addListener(SWT.Paint, onDrawn);
        list.getParent().addListener(SWT.Paint, onDrawn);
        list.addListener(SWT.Dispose, e -> list.getParent().removeListener(SWT.Paint, onDrawn));
    }

    /** {@return whether a fit chooses a type now; when not, it leaves the items and the type, and refits later} */
    boolean ready() {
        waiting = !drawn || !list.isVisible();
        return !waiting;
    }

    /**
     * Gives the list the largest type, up to the large one, in which every one of {@code items} fits {@code room};
     * {@return the items as the list can show them} Before the list is drawn, or while hidden, it leaves them whole. A name too long even for the desk's type keeps its start and
     * its end around an ellipsis, so names that start alike stay apart; the card above shows it whole.
     */
    String[] fit(String[] items, int room) {
        if (!ready()) {
            return items;
        }
        FontData large = this.large.getFontData()[0];
        int floor = list.getDisplay().getSystemFont().getFontData()[0].getHeight();
        // a text's width follows its type's size, so the few widest in the large type decide the size; all items
        // are measured once more at the size chosen, not at every size tried (a thousand names, ten sizes)
        String[] decisive = widestFew(items);
        int height = large.getHeight();
        int widest = widest(decisive, height);
        while (height > floor && widest > room) {
            widest = widest(decisive, --height);
        }
        boolean allFit = false;
        while (height > floor && height < large.getHeight() && !(allFit = widest(items, height) <= room)) {
            height--;
        }
        if (height == large.getHeight()) {
            if (list.getFont() != this.large) {
                list.setFont(this.large);
                free();
            }
            if (widest <= room) {
                return items;
            }
            // the list's own type is the desk's (or smaller): there is no smaller type to take, only shortening
        } else if (smaller == null || smaller.getFontData()[0].getHeight() != height) {
            Font next = font(height);
            list.setFont(next);
            free();
            smaller = next;
        }
        if (allFit) {
            return items; // measured whole at this type just now: nothing to shorten
        }
        GC gc = new GC(list);
        try {
            gc.setFont(list.getFont());
            return Arrays.stream(items).map(item -> shortened(gc, item, room)).toArray(String[]::new);
        } finally {
            gc.dispose();
        }
    }

    /** {@return whether {@code item} fits {@code room} in the type the list has now} */
    boolean fits(String item, int room) {
        GC gc = new GC(list);
        try {
            gc.setFont(list.getFont());
            return gc.textExtent(item).x <= room;
        } finally {
            gc.dispose();
        }
    }

    /** {@return {@code name} with as much of its middle left out as it takes to fit {@code room}} */
    private static String shortened(GC gc, String name, int room) {
        String shown = name;
        for (int keep = name.length() - 1; keep > 2 && gc.textExtent(shown).x > room; keep--) {
            shown = name.substring(0, (keep + 1) / 2).stripTrailing() + "\u2026"
                    + name.substring(name.length() - keep / 2).stripLeading();
        }
        return shown;
    }

    /** {@return the {@value #DECISIVE} widest of {@code items} in the large type, or all when there are fewer} */
    private String[] widestFew(String[] items) {
        if (items.length <= DECISIVE) {
            return items;
        }
        int[] widths = largeWidths.each(large, items);
        return IntStream.range(0, items.length).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> widths[i]).reversed()).limit(DECISIVE)
                .map(i -> items[i]).toArray(String[]::new);
    }

    private int widest(String[] items, int height) {
        Font font = font(height);
        GC gc = new GC(list);
        try {
            gc.setFont(font);
            int w = 0;
            for (String item : items) {
                w = Math.max(w, gc.textExtent(item).x);
            }
            return w;
        } finally {
            gc.dispose();
            font.dispose();
        }
    }

    private Font font(int height) {
        FontData[] data = large.getFontData();
        for (FontData d : data) {
            d.setHeight(height);
        }
        return new Font(list.getDisplay(), data);
    }

    private void free() {
        if (smaller != null) {
            smaller.dispose();
            smaller = null;
        }
    }
}

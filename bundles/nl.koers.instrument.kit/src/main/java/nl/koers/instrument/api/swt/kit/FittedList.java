package nl.koers.instrument.api.swt.kit;

import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.List;

/**
 * A list that shows every item whole on one line. While its widest item is wider than the list, the list's type
 * goes down just enough, never below the desk's type; only an item too long even for that is shortened in its
 * middle, so its start and its end stay (show it whole elsewhere too, in a heading or a choice). Made for projector
 * mode, where the large type cut "20:00 3. Ondernemersvereniging Waal &amp; Linge" after a few words and the room
 * could not tell the items apart; at the desk, where a list has the desk's type already, it only shortens.
 * <p>
 * Use: create the list and give it its type ({@link Ui#font()}), wrap it once, and from then on set its items
 * through this instead of the list's own {@code setItems} and {@code setItem}; {@link #items()} gives them whole,
 * the list's {@code getItems()} as shown. The type is chosen again when the items are set and when the list's width
 * changes (in a list not drawn yet, or hidden, when it is drawn), from the few widest items, so a list of a thousand
 * stays quick. Items that read the same are not set again (GTK measures every item it is given), so the selection
 * stays while the number of items does. Used on the UI thread.
 *
 * @since 1.4
 */
public final class FittedList {
    /** From a list's client area to its items' text, on each side: an item's padding, with a pixel to spare. */
    private static final int ITEM_PADDING = 6;

    private final List list;
    private final ListType type;
    /** The items, whole; the list shows them fitted. */
    private String[] items = {};
    /** The room the items shown were fitted to; a resize to another fits them again. */
    private int fittedTo = -1;

    /**
     * Starts fitting {@code list}'s items to its width, in its type now at most.
     *
     * @param list a list without items yet, with the type it has when its items fit
     */
    public FittedList(List list) {
        this.list = Objects.requireNonNull(list);
        this.type = new ListType(list, list.getFont(), this::fit);
        list.addListener(SWT.Resize, e -> {
            if (room() != fittedTo) {
                fit();
            }
        });
    }

    /** {@return the list this fits} */
    public List list() {
        return list;
    }

    /**
     * Shows {@code items} in the list, each whole where the list's width allows.
     *
     * @param items what the list holds, in order
     */
    public void setItems(String... items) {
        this.items = items.clone();
        fit();
    }

    /**
     * Shows {@code item} at {@code index} instead of the item there. It keeps the list's type when it fits it, as a
     * ticking clock's time does, and chooses the type again when it does not.
     *
     * @param index the item's place, from 0
     * @param item what the list shows there
     * @throws IndexOutOfBoundsException when the list has no item at {@code index}
     */
    public void setItem(int index, String item) {
        Objects.checkIndex(index, items.length);
        items[index] = Objects.requireNonNull(item);
        int room = room();
        if (room <= 0 || !type.ready() || type.fits(item, room)) {
            if (!item.equals(list.getItem(index))) {
                list.setItem(index, item);
            }
        } else {
            fit();
        }
    }

    /** {@return the items, whole, as they were set} */
    public String[] items() {
        return items.clone();
    }

    /**
     * {@return the item at {@code index}, whole}
     *
     * @param index the item's place, from 0
     * @throws IndexOutOfBoundsException when the list has no item at {@code index}
     */
    public String item(int index) {
        return items[index];
    }

    private void fit() {
        int room = room();
        fittedTo = room;
        // before the first layout the list has no width: the items wait whole for the resize that gives it one
        show(room > 0 ? type.fit(items, room) : items);
    }

    private void show(String[] shown) {
        String[] were = list.getItems();
        if (were.length != shown.length) {
            list.setItems(shown);
            return;
        }
        for (int i = 0; i < shown.length; i++) {
            if (!shown[i].equals(were[i])) {
                list.setItem(i, shown[i]);
            }
        }
    }

    /**
     * {@return the width the items' text has in the list, inside its border and scroll bar} Taken from the list's own
     * width: GTK's client area is as wide as the list's column, which grows to the widest item the list showed and
     * never shrinks, so items set before the list had its width (whole, in the large type) made a client area of
     * 1112 px in a list 476 px wide, and the items seemed to fit.
     */
    private int room() {
        int visible = list.getSize().x - list.computeTrim(0, 0, 0, 0).width;
        int client = Math.min(list.getClientArea().width, visible);
        return client <= 0 ? 0 : Math.max(1, client - 2 * ITEM_PADDING);
    }
}

package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.analysis.InterestRef;

/**
 * The two interests a facilitator links by hand on the board: "Belang" offers every interest at the table, "Deelt
 * met" only the interests of the other partners, never the first's own (a partner shares nothing with itself).
 *
 * <p>Changing one item of a choice of a thousand interests costs GTK 30-280 ms (it measures every item again), and
 * an analysis lands after every edit: once filled, the choices take the newest interests when the facilitator goes to
 * them (the mouse over them, or the keyboard focus), or comes back to the board, not while they sit unused.
 *
 * <p>A choice never holds more than {@link #MOST} interests: GTK measures every item of a choice when one of them
 * changes and whenever the board is laid out. At 2,000 items a changed interest cost the window 100-400 ms each time
 * the newest interests were offered (at 1000 partners the board took over a minute to settle at 10,000). A table
 * with more interests gets a search field above each choice; the choice offers the interests whose line holds what
 * is typed, the first {@link #MOST} of them, so every interest is found by its partner's name or its words.
 */
final class InterestChoices {
    /**
     * The most interests a choice offers at once: more is searched, not scrolled, and GTK measures a choice of this
     * many in a few milliseconds.
     */
    static final int MOST = 200;

    private final Ui ui;
    private final Combo first;
    private final Combo second;
    private final Text firstSearch;
    private final Text secondSearch;
    /** Every interest at the table and its line, as the newest analysis offered them. */
    private List<InterestRef> allRefs = List.of();
    private String[] allItems = new String[0];
    private final ChoiceItems firstItems;
    private final ChoiceItems secondItems;
    /** What the first choice offers: every interest at the table. */
    private List<InterestRef> firstChoices = List.of();
    /** What the second offers: the interests of the partners other than the first's. */
    private List<InterestRef> secondChoices = List.of();
    /** What the newest analysis offers, until the choices are used; null: they offer it already. */
    private List<InterestRef> waitingRefs;
    private String[] waitingItems;
    /** Whether the next interests are offered at once, wherever the mouse is. */
    private boolean atOnce;

    /** The two choices with their labels, in {@code make}, a grid of two columns. */
    InterestChoices(Ui ui, Composite make) {
        this.ui = ui;
        ui.label(make, ui.say.get("board.link.first"));
        firstSearch = search(make, "link.first.search", this::showFirst);
        first = ui.choice(make, "link.first", new String[0], i -> showSecond());
        first.setLayoutData(choiceSize(first));
        ui.label(make, ui.say.get("board.link.second"));
        secondSearch = search(make, "link.second.search", this::showSecond);
        second = ui.choice(make, "link.second", new String[0], i -> {
        });
        second.setLayoutData(choiceSize(second));
        firstItems = new ChoiceItems(first);
        secondItems = new ChoiceItems(second);
        for (Control c : List.of(first, second, firstSearch, secondSearch)) {
            for (int event : new int[] {SWT.MouseEnter, SWT.FocusIn, SWT.MouseDown}) {
                c.addListener(event, e -> offerWaiting().forEach(t -> t.getParent().requestLayout()));
            }
        }
    }

    /**
     * A search field beside the choice's label, the choice on the row below it after an empty cell; hidden until the
     * table has more interests than a choice offers.
     */
    private Text search(Composite make, String id, Runnable searched) {
        Text t = Ui.id(new Text(make, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), id);
        t.setLayoutData(Ui.fill());
        t.addListener(SWT.Modify, e -> searched.run());
        Label below = new Label(make, SWT.NONE);
        below.setLayoutData(new GridData());
        t.setData(below);
        Ui.hidden(below);
        Ui.hidden(t);
        return t;
    }

    /**
     * Offers {@code refs}, each named by the item at its place, keeping what was chosen where it is still offered: at
     * once while the choices are empty or in use, else when the facilitator goes to them. {@return the search fields
     * that came or went} The board lays them out with the rest of what it shows: laid out on their own they laid
     * the whole board out a second time.
     */
    List<Control> show(List<InterestRef> refs, String[] items) {
        waitingRefs = refs;
        waitingItems = items;
        if (firstItems.items().length == 0 || atOnce || inUse()) {
            atOnce = false;
            return offerWaiting();
        }
        return List.of();
    }

    /** Offers the interests the next analysis finds at once: the facilitator came back to the board. */
    void offerNextAtOnce() {
        atOnce = true;
    }

    private boolean inUse() {
        Control under = first.getDisplay().getCursorControl();
        return first.isFocusControl() || second.isFocusControl() || under == first || under == second;
    }

    /** {@return the search fields that came or went} */
    private List<Control> offerWaiting() {
        if (waitingRefs == null) {
            return List.of();
        }
        allRefs = waitingRefs;
        allItems = waitingItems;
        waitingRefs = null;
        waitingItems = null;
        boolean large = allRefs.size() > MOST;
        List<Control> changed = new ArrayList<>();
        for (Text t : List.of(firstSearch, secondSearch)) {
            if (Ui.visible((Control) t.getData(), large) | Ui.visible(t, large)) {
                changed.add(t);
            }
            t.setMessage(ui.say.format("board.link.search", allRefs.size()));
        }
        showFirst();
        return changed;
    }

    /** The first choice: every interest, or those the search finds. */
    private void showFirst() {
        InterestRef a = first();
        List<InterestRef> refs = new ArrayList<>();
        List<String> items = new ArrayList<>();
        offer(i -> true, firstSearch, refs, items);
        firstChoices = refs;
        firstItems.show(items.toArray(String[]::new));
        first.select(a == null ? -1 : firstChoices.indexOf(a));
        showSecond();
    }

    /** Of every interest, those {@code which} lets through and the search finds, at most {@link #MOST}. */
    private void offer(java.util.function.IntPredicate which, Text search, List<InterestRef> refs,
            List<String> items) {
        String sought = search.getVisible() ? search.getText().strip().toLowerCase(java.util.Locale.ROOT) : "";
        for (int i = 0; i < allRefs.size() && refs.size() < MOST; i++) {
            if (which.test(i) && (sought.isEmpty() || allItems[i].toLowerCase(java.util.Locale.ROOT).contains(sought))) {
                refs.add(allRefs.get(i));
                items.add(allItems[i]);
            }
        }
    }

    /** {@return the interest chosen first, or null} */
    InterestRef first() {
        return selected(first, firstChoices);
    }

    /** {@return the interest chosen to share with, or null} */
    InterestRef second() {
        return selected(second, secondChoices);
    }

    /** Chooses nothing, after a link was made. */
    void clear() {
        first.deselectAll();
        showSecond();
    }

    private void showSecond() {
        InterestRef a = first();
        InterestRef b = second();
        List<InterestRef> refs = new ArrayList<>();
        List<String> items = new ArrayList<>();
        if (a != null) {
            offer(i -> !allRefs.get(i).partnerId().equals(a.partnerId()), secondSearch, refs, items);
        }
        secondChoices = refs;
        secondItems.show(items.toArray(String[]::new));
        second.select(b == null ? -1 : secondChoices.indexOf(b));
        second.setEnabled(a != null);
    }

    /**
     * As wide as the row and as high as it is now, empty: a choice of thousands of interests is not measured again
     * on every layout, which took seconds at 200 partners.
     */
    private GridData choiceSize(Combo c) {
        GridData data = Ui.fill();
        data.widthHint = ui.charWidth() * 40;
        // measured with an item: GTK measures an empty choice lower than a filled one (34 against 46 px in the
        // projector's type), and the filled first choice then lay over the second
        c.setItems("Belang");
        data.heightHint = c.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        c.removeAll();
        return data;
    }

    private static InterestRef selected(Combo c, List<InterestRef> choices) {
        int i = c.getSelectionIndex();
        return i >= 0 && i < choices.size() ? choices.get(i) : null;
    }
}

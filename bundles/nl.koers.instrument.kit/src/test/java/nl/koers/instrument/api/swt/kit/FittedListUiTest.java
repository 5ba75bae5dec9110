package nl.koers.instrument.api.swt.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A list in a real window that keeps its items whole: the speaking order of brengen-halen in projector mode, where
 * "20:00 3. Ondernemersvereniging Waal &amp; Linge" was cut after a few words.
 */
class FittedListUiTest {
    private static final String[] ORDER = {"\u25b6 20:00  1. Gemeente Waalstede", "  20:00  2. ROC Lingedal",
        "  20:00  3. Ondernemersvereniging Waal & Linge", "  20:00  4. Jeugdzorg De Overstap"};
    private static final String LONG = ORDER[2];
    /** What a list keeps around its items' text inside its client area, both sides. */
    private static final int PADDING = 12;
    /** What a list draws above and below an item's line together (6 px measured at 8 to 24 pt). */
    private static final int LEADING = 6;

    private final Display display = Display.getDefault();
    private final Shell shell = new Shell(display);
    private final Font large = twiceTheDesksType();

    @AfterEach
    void close() {
        shell.dispose();
        large.dispose();
    }

    @Test
    void aLongItemTakesTheTypeDownWholeAndTheTypeComesBackWhenTheListWidens() {
        List list = list(large);
        FittedList fitted = new FittedList(list);
        fitted.setItems(ORDER);
        int floor = display.getSystemFont().getFontData()[0].getHeight();

        widen(list, width(LONG, display.getSystemFont()) + PADDING + 20);
        assertArrayEquals(ORDER, list.getItems(), "every item whole");
        int height = list.getFont().getFontData()[0].getHeight();
        assertTrue(height >= floor && height < floor * 2, "a smaller type, not below the desk's: " + height);
        assertFits(list);

        widen(list, width(LONG, large) + PADDING + 20);
        assertSame(large, list.getFont(), "room for the large type again");
        assertArrayEquals(ORDER, list.getItems());
    }

    @Test
    void aListLaidOutWhileItsStepIsHiddenFitsWhenShown() {
        // the workbench builds a step's page before it is shown, and lays it out while hidden
        shell.setLayout(new FillLayout());
        Composite page = new Composite(shell, SWT.NONE);
        page.setLayout(new FillLayout());
        page.setVisible(false);
        List list = new List(page, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        list.setFont(large);
        new FittedList(list).setItems(ORDER);
        shell.setSize(width(LONG, display.getSystemFont()) + PADDING + 40, 300);
        shell.open();
        spin();

        page.setVisible(true);
        spin();
        assertTrue(list.getClientArea().width < width(LONG, large) + PADDING, "too narrow for the large type");
        assertArrayEquals(ORDER, list.getItems(), "every item whole");
        assertFits(list);
    }

    @Test
    void itemsSetBeforeTheListHasItsWidthFitTheWidthItGets() {
        // brengen-halen's speaking order: its items come whole when the step is built, in a column narrower than
        // them, and GTK's client area grows to the widest (1112 px in a list 476 wide, the speaking order failed
        // FitsSmallScreensUiTest under load)
        shell.setLayout(new GridLayout(2, false));
        List list = new List(shell, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        list.setFont(large);
        GridData column = new GridData(SWT.FILL, SWT.FILL, false, true);
        column.widthHint = 300;
        list.setLayoutData(column);
        new Label(shell, SWT.NONE).setText("rechts");
        String[] order = ORDER.clone();
        order[2] = "  20:00  3. Hogeschool Arnhem en Nijmegen, lectoraat Werk en Welzijn in de Regio";
        new FittedList(list).setItems(order);
        shell.setSize(800, 300);
        shell.open();
        spin();

        assertTrue(list.getClientArea().width > list.getSize().x, "GTK's client area as wide as the items were");
        assertTrue(list.getFont().getFontData()[0].getHeight() < large.getFontData()[0].getHeight(), "a smaller type");
        assertFits(list);
    }

    @Test
    void atTheDesksTypeAnItemTooLongKeepsItsStartAndEndAndTheWholeItemIsKept() {
        List list = list(display.getSystemFont());
        FittedList fitted = new FittedList(list);
        fitted.setItems(ORDER);

        widen(list, width("  20:00  3. Ondernemersvereniging", display.getSystemFont()) + PADDING);
        String shown = list.getItem(2);
        assertTrue(shown.startsWith("  20:00  3. ") && shown.endsWith(" Linge") && shown.contains("\u2026"), shown);
        assertEquals(LONG, fitted.item(2), "the item whole, for a heading or a choice");
        assertArrayEquals(ORDER, fitted.items());
        assertFits(list);
    }

    @Test
    void aTickingItemKeepsTheTypeAndTheSelectionAndALongerOneFitsAgain() {
        List list = list(large);
        FittedList fitted = new FittedList(list);
        fitted.setItems(ORDER);
        widen(list, width(LONG, display.getSystemFont()) + PADDING + 20);
        Font type = list.getFont();
        list.select(1);

        fitted.setItem(1, "\u25b6 19:59  2. ROC Lingedal");
        assertSame(type, list.getFont(), "a clock's tick chooses no type");
        assertEquals(1, list.getSelectionIndex());
        assertEquals("\u25b6 19:59  2. ROC Lingedal", list.getItem(1));

        fitted.setItem(3, "  20:00  4. Jeugdzorg De Overstap en Stichting Welzijn Regio Rivierzicht");
        assertEquals(1, list.getSelectionIndex(), "the selection stays while the number of items does");
        assertEquals("  20:00  4. Jeugdzorg De Overstap en Stichting Welzijn Regio Rivierzicht", fitted.item(3));
        assertFits(list);
    }

    private List list(Font font) {
        shell.setLayout(new FillLayout());
        List list = new List(shell, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        list.setFont(font);
        shell.setSize(200, 300);
        shell.open();
        spin();
        return list;
    }

    /** Makes the window so wide that the list shows its items {@code client} wide. */
    private void widen(List list, int client) {
        shell.setSize(shell.getSize().x + client - shown(list), 300);
        spin();
        assertEquals(client, shown(list));
    }

    /**
     * {@return the width of the list's items as shown, inside its border and scroll bar} Not its client area: GTK's
     * is as wide as the widest item the list ever had.
     */
    private static int shown(List list) {
        return Math.min(list.getClientArea().width, list.getSize().x - list.computeTrim(0, 0, 0, 0).width);
    }

    private void assertFits(List list) {
        int room = shown(list) - PADDING;
        for (String item : list.getItems()) {
            assertTrue(width(item, list.getFont()) <= room, "\"" + item + "\" in " + room + " px");
        }
        // drawn in the type measured: GTK kept 38 px rows, and letters, of a type set before the list was shown
        assertTrue(list.getItemHeight() <= lineHeight(list.getFont()) + LEADING + 1,
                "items drawn " + list.getItemHeight() + " px high in a type of " + lineHeight(list.getFont()));
    }

    private int lineHeight(Font font) {
        GC gc = new GC(shell);
        try {
            gc.setFont(font);
            return gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
    }

    private int width(String text, Font font) {
        GC gc = new GC(shell);
        try {
            gc.setFont(font);
            return gc.textExtent(text).x;
        } finally {
            gc.dispose();
        }
    }

    private Font twiceTheDesksType() {
        FontData data = display.getSystemFont().getFontData()[0];
        data.setHeight(data.getHeight() * 2);
        return new Font(display, data);
    }

    private void spin() {
        long end = System.currentTimeMillis() + 200;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.update();
            }
        }
    }
}

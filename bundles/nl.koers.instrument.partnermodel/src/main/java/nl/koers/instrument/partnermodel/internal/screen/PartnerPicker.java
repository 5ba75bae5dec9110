package nl.koers.instrument.partnermodel.internal.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * A choice of partner that holds no row per partner until it is opened: a button with the name chosen, and below it
 * a small window with a filter and a virtual list, whose rows get their names as they come into view. A read-only
 * combo of a thousand partners made GTK a row for each on every step built, and measure each when it was laid out.
 */
final class PartnerPicker {
    private static final String ARROW = " \u25be";
    private static final int ROWS = 12;
    /** How many of the longest names are measured for the list's width. */
    private static final int MEASURED = 8;

    private final Ui ui;
    private final Button button;
    private final IntConsumer chosen;
    /** What the button adds around its text, in pixels. */
    private final int padding;
    private List<String> names = List.of();
    private int selected = -1;
    private Shell popup;
    private Table list;
    private List<Integer> shown = List.of();
    private long filled;

    /** @param chosen hears the index the user chose: 0 the first name, and so on */
    PartnerPicker(Composite parent, Ui ui, String id, IntConsumer chosen) {
        this.ui = ui;
        this.chosen = chosen;
        button = ui.named(new Button(parent, SWT.PUSH | SWT.LEFT), id);
        button.setFont(ui.font());
        button.setData(PartnerPicker.class.getName(), this);
        GridData d = Ui.fill();
        // as wide as the column, whatever the name: a long one is shortened in its middle
        d.widthHint = ui.charWidth() * 8;
        button.setLayoutData(d);
        button.addListener(SWT.Selection, e -> open());
        button.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN) {
                open();
            }
        });
        button.setText(ARROW);
        padding = button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x - textWidth(ARROW);
        button.addListener(SWT.Resize, e -> label());
    }

    /** The names to choose from; a name chosen stays chosen when it is still there. */
    void setItems(String[] items) {
        names = List.of(items);
        selected = Math.min(selected, names.size() - 1);
        label();
    }

    int getSelectionIndex() {
        return selected;
    }

    /** Shows a name as chosen without telling (the dossier's value, not the user's choice). */
    void select(int index) {
        if (index != selected) {
            selected = index >= 0 && index < names.size() ? index : -1;
            label();
        }
    }

    void deselectAll() {
        select(-1);
    }

    void setEnabled(boolean on) {
        button.setEnabled(on);
    }

    /** Chooses as the user does: shows the name and tells. */
    void choose(int index) {
        select(index);
        chosen.accept(selected);
    }

    /** The button's text: the chosen name, shortened in its middle when the button is narrower than it. */
    private void label() {
        String name = selected < 0 ? "" : names.get(selected);
        button.setToolTipText(name.isEmpty() ? null : name);
        int width = button.getSize().x - padding;
        String text = button.getSize().x <= 0 ? name + ARROW : fitted(name, width);
        if (!text.equals(button.getText())) {
            button.setText(text);
        }
    }

    private int textWidth(String s) {
        GC gc = new GC(button);
        try {
            gc.setFont(button.getFont());
            return gc.textExtent(s).x;
        } finally {
            gc.dispose();
        }
    }

    /** The name and the arrow in {@code width} pixels: the middle of a long name gives way, by halving steps. */
    private String fitted(String name, int width) {
        if (textWidth(name + ARROW) <= width || name.length() < 3) {
            return name + ARROW;
        }
        int low = 0;
        int high = name.length();
        // the most letters kept, half from the front and half from the back, that still fit
        while (low < high) {
            int keep = (low + high + 1) / 2;
            if (textWidth(shortened(name, keep) + ARROW) <= width) {
                low = keep;
            } else {
                high = keep - 1;
            }
        }
        return shortened(name, low) + ARROW;
    }

    private static String shortened(String name, int keep) {
        int front = (keep + 1) / 2;
        return name.substring(0, front) + "\u2026" + name.substring(name.length() - (keep - front));
    }

    /** Opens the list below the button, the chosen name in view, the filter ready for typing. */
    void open() {
        if (popup != null && !popup.isDisposed()) {
            return;
        }
        popup = new Shell(button.getShell(), SWT.ON_TOP | SWT.TOOL);
        popup.setLayout(new GridLayout(1, false));
        Text filter = ui.named(new Text(popup, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "partner.filter");
        filter.setFont(ui.font());
        filter.setMessage(ui.say.get("partner.filter"));
        filter.setLayoutData(Ui.fill());
        list = ui.named(new Table(popup, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER), "partner.list");
        list.setFont(ui.font());
        GridData d = new GridData(SWT.FILL, SWT.FILL, true, true);
        d.heightHint = list.getItemHeight() * ROWS;
        list.setLayoutData(d);
        list.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            item.setText(names.get(shown.get(list.indexOf(item))));
            filled++;
        });
        show(matching(""));
        if (selected >= 0) {
            list.setSelection(selected);
        }
        filter.addListener(SWT.Modify, e -> {
            show(matching(filter.getText()));
            if (!shown.isEmpty()) {
                list.setSelection(0);
            }
        });
        filter.addListener(SWT.DefaultSelection, e -> pick(Math.max(0, list.getSelectionIndex())));
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN) {
                list.setFocus();
            }
        });
        list.addListener(SWT.DefaultSelection, e -> pick(list.getSelectionIndex()));
        list.addListener(SWT.MouseUp, e -> {
            if (list.getItem(new Point(e.x, e.y)) != null) {
                pick(list.getSelectionIndex());
            }
        });
        popup.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                close();
            }
        });
        popup.addListener(SWT.Deactivate, e -> popup.getDisplay().asyncExec(this::close));
        Rectangle at = button.getBounds();
        Point below = button.getParent().toDisplay(at.x, at.y + at.height);
        popup.pack();
        Rectangle screen = button.getMonitor().getClientArea();
        int width = Math.min(screen.width,
                Math.max(at.width, popup.getSize().x + widestNames() - list.getClientArea().width));
        // the button sits at the window's right edge: a wide list opens to the left, on the screen
        int x = Math.max(screen.x, Math.min(below.x, screen.x + screen.width - width));
        // and above the button where the screen ends below it
        int height = popup.getSize().y;
        int y = below.y + height <= screen.y + screen.height ? below.y : Math.max(screen.y, below.y - at.height - height);
        popup.setBounds(x, y, width, height);
        popup.open();
        list.showSelection();
        filter.setFocus();
    }

    /**
     * The width the longest names need in the list. Only the few longest in letters are measured: measuring a thousand
     * names is what the picker is there to spare.
     */
    private int widestNames() {
        List<String> longest = names.stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).limit(MEASURED).toList();
        GC gc = new GC(list);
        try {
            gc.setFont(list.getFont());
            int widest = 0;
            for (String name : longest) {
                widest = Math.max(widest, gc.textExtent(name).x);
            }
            // the cell's own margins, about a letter on each side
            return widest + 2 * ui.charWidth();
        } finally {
            gc.dispose();
        }
    }

    /** The rows in view: the indices of the names that hold the filter's text. */
    private void show(List<Integer> rows) {
        shown = rows;
        list.clearAll();
        list.setItemCount(rows.size());
    }

    private List<Integer> matching(String filter) {
        String f = filter.strip().toLowerCase(Locale.ROOT);
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (f.isEmpty() || names.get(i).toLowerCase(Locale.ROOT).contains(f)) {
                rows.add(i);
            }
        }
        return rows;
    }

    private void pick(int row) {
        if (row >= 0 && row < shown.size()) {
            int index = shown.get(row);
            close();
            choose(index);
            button.setFocus();
        }
    }

    private void close() {
        if (popup != null && !popup.isDisposed()) {
            popup.dispose();
        }
        popup = null;
        list = null;
    }

    /** For tests: the open list, or null. */
    Table list() {
        return list;
    }

    /** For tests: how many rows were given a name so far. */
    long filled() {
        return filled;
    }
}

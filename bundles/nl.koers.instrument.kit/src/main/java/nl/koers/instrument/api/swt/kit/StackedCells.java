package nl.koers.instrument.api.swt.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Rows of cells side by side, whose wide cell (a description) goes on a line of its own above the others when the
 * rows are too narrow for all of them (a small laptop) or always (the projector); the last cell (a button) is then
 * pushed to the right, and one cell (a unit) gives up width when the rest still does not fit. Side by side again
 * when the room comes back. Without it the cells after the description
 * run past the edge and the buttons at the end are cut off. Stacked cells that are still too wide for the rows (the
 * projector's large type in a narrow column) go on as many lines as they need, in columns that line up from row to
 * row.
 */
final class StackedCells {
    private final List<Row> rows = new ArrayList<>();
    private final boolean always;
    private final IntSupplier sideBySide;
    private boolean stacked;
    /** Where the rows are, and its width at the last resize: a row added later fits it at once. */
    private Composite content;
    private int width;

    /**
     * @param always stacked whatever the width: the projector's large type
     * @param sideBySide the width the cells need side by side
     */
    StackedCells(boolean always, IntSupplier sideBySide) {
        this.always = always;
        this.sideBySide = sideBySide;
        this.stacked = always;
    }

    /** Follows the width of {@code content}, where the rows are; {@code relayout} lays it out after a change. */
    void follow(Composite content, Runnable relayout) {
        this.content = content;
        content.addListener(SWT.Resize, e -> {
            width = content.getSize().x;
            if (width > 0 && (arrange(always || width < sideBySide.getAsInt()) | fit())) {
                content.getDisplay().asyncExec(() -> {
                    if (!content.isDisposed()) {
                        relayout.run();
                    }
                });
            }
        });
    }

    /**
     * A row whose {@code wide} cell goes above the others, whose {@code shrinks} may be narrower and whose
     * {@code last} goes right when stacked.
     */
    void add(Composite row, Control wide, Control shrinks, Control last) {
        Row r = new Row(row, wide, shrinks, last);
        rows.add(r);
        if (stacked) {
            r.stack();
            fit(r);
        }
    }

    /**
     * A row built stacked (its {@code wide} cell spans every column, above the others), whose other cells go on more
     * lines when they do not fit side by side.
     */
    void addStacked(Composite row, Control wide) {
        Row r = new Row(row, wide);
        rows.add(r);
        fit(r);
    }

    /** Puts the stacked rows' cells on as many lines as the content's width needs; {@return whether that changed} */
    private boolean fit() {
        boolean changed = false;
        rows.removeIf(r -> r.row.isDisposed());
        for (Row r : rows) {
            changed |= fit(r);
        }
        return changed;
    }

    private boolean fit(Row r) {
        if (!stacked || content == null || width <= 0) {
            return false;
        }
        // the row has the margins of the columns it is in on both sides
        int inset = content.getDisplay().map(r.row.getParent(), content, r.row.getLocation()).x;
        return r.fit(width - 2 * Math.max(0, inset));
    }

    /** {@return whether the arrangement changed} */
    private boolean arrange(boolean stack) {
        if (stack == stacked) {
            return false;
        }
        stacked = stack;
        rows.removeIf(r -> r.row.isDisposed());
        for (Row r : rows) {
            if (stack) {
                r.stack();
            } else {
                r.unstack();
            }
        }
        return true;
    }

    private static final class Row {
        private final Composite row;
        private final Control wide;
        private final Control shrinks;
        private final Control last;
        /** The cell the wide one stands after when side by side. */
        private final Control after;
        /** The columns the row has side by side. */
        private final int columns;
        private Label filler;

        Row(Composite row, Control wide, Control shrinks, Control last) {
            this(row, wide, shrinks, last, before(row, wide));
        }

        /** A row built stacked: it never goes side by side. */
        Row(Composite row, Control wide) {
            this(row, wide, null, null, null);
        }

        private Row(Composite row, Control wide, Control shrinks, Control last, Control after) {
            this.row = row;
            this.wide = wide;
            this.shrinks = shrinks;
            this.last = last;
            this.after = after;
            this.columns = ((GridLayout) row.getLayout()).numColumns;
        }

        private static Control before(Composite row, Control cell) {
            List<Control> cells = List.of(row.getChildren());
            return cells.get(cells.indexOf(cell) - 1);
        }

        /**
         * Takes the most columns, up to its own, in which the cells below the wide one fit {@code width}; {@return
         * whether that changed}
         */
        boolean fit(int width) {
            GridLayout layout = (GridLayout) row.getLayout();
            List<Control> cells = new ArrayList<>(List.of(row.getChildren()));
            cells.remove(wide);
            int n = columns;
            while (n > 1 && widthIn(layout, cells, n) > width) {
                n--;
            }
            if (n == layout.numColumns) {
                return false;
            }
            layout.numColumns = n;
            ((GridData) wide.getLayoutData()).horizontalSpan = n;
            return true;
        }

        /** The width of {@code cells} in {@code n} columns, each as wide as its widest cell. */
        private static int widthIn(GridLayout layout, List<Control> cells, int n) {
            int[] widest = new int[n];
            for (int i = 0; i < cells.size(); i++) {
                Control c = cells.get(i);
                GridData d = (GridData) c.getLayoutData();
                boolean filler = c instanceof Label && d != null && d.grabExcessHorizontalSpace && d.widthHint < 0;
                // a width hint is the inside of a combo or field: the grid adds its border and button, as here
                int w = filler ? 0 : c.computeSize(d != null ? d.widthHint : SWT.DEFAULT, SWT.DEFAULT).x;
                widest[i % n] = Math.max(widest[i % n], w);
            }
            int sum = 2 * layout.marginWidth + layout.marginLeft + layout.marginRight
                    + (n - 1) * layout.horizontalSpacing;
            for (int w : widest) {
                sum += w;
            }
            return sum;
        }

        void stack() {
            wide.moveAbove(null);
            ((GridData) wide.getLayoutData()).horizontalSpan = ((GridLayout) row.getLayout()).numColumns;
            filler = new Label(row, SWT.NONE);
            filler.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            filler.moveAbove(last);
            // a cell that grabs may shrink to its minimum; left-aligned, it does not grow past its width hint
            GridData narrow = (GridData) shrinks.getLayoutData();
            narrow.grabExcessHorizontalSpace = true;
            narrow.horizontalAlignment = SWT.BEGINNING;
            narrow.minimumWidth = Math.min(narrow.widthHint, narrow.widthHint / 2 + 1);
        }

        void unstack() {
            ((GridLayout) row.getLayout()).numColumns = columns;
            wide.moveBelow(after);
            ((GridData) wide.getLayoutData()).horizontalSpan = 1;
            filler.dispose();
            filler = null;
            GridData data = (GridData) shrinks.getLayoutData();
            data.grabExcessHorizontalSpace = false;
            data.horizontalAlignment = SWT.FILL;
            data.minimumWidth = 0;
        }
    }
}

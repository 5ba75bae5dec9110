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
 * run past the edge and the buttons at the end are cut off.
 */
final class StackedCells {
    private final List<Row> rows = new ArrayList<>();
    private final boolean always;
    private final IntSupplier sideBySide;
    private boolean stacked;

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
        content.addListener(SWT.Resize, e -> {
            int width = content.getSize().x;
            if (width > 0 && arrange(always || width < sideBySide.getAsInt())) {
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
        }
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
        private Label filler;

        Row(Composite row, Control wide, Control shrinks, Control last) {
            this.row = row;
            this.wide = wide;
            this.shrinks = shrinks;
            this.last = last;
            List<Control> cells = List.of(row.getChildren());
            this.after = cells.get(cells.indexOf(wide) - 1);
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

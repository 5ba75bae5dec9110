package nl.koers.instrument.api.swt.kit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The rows of a scrolling area's content that are below the fold, and how many of them show red (a demand). A
 * composite of rows that straddles the fold (a step's partner blocks in one composite) is as many rows as it holds
 * below the fold, not one: counted as one, four partner blocks out of view read "1 meer hieronder".
 */
final class RowsBelow {
    private final Composite content;
    private final int fold;
    private int rows;
    private int red;

    private RowsBelow(Composite content, int fold) {
        this.content = content;
        this.fold = fold;
    }

    /** {@return the rows of {@code content} below {@code fold}, a height in the content's coordinates} */
    static RowsBelow of(Composite content, int fold) {
        RowsBelow below = new RowsBelow(content, fold);
        below.count(content, 0);
        return below;
    }

    int rows() {
        return rows;
    }

    int red() {
        return red;
    }

    /** Counts the rows of {@code container}, whose client area begins {@code top} pixels down the content. */
    private void count(Composite container, int top) {
        for (Control row : container.getChildren()) {
            Rectangle r = row.getBounds();
            int y = top + r.y;
            if (!row.getVisible() || r.height <= 0 || y + r.height <= fold) {
                continue;
            }
            if (y < fold && row instanceof Composite block && holdsRows(block)) {
                int inside = row.getDisplay().map(block, content, 0, 0).y;
                if (inside + firstTop(block) < fold) {
                    // the fold cuts through its rows: the ones below count one by one
                    count(block, inside);
                    continue;
                }
            }
            rows++;
            red += redBelow(row) ? 1 : 0;
        }
    }

    /**
     * {@return where the first row of {@code c} begins in it} A block whose rows all begin below the fold is one row
     * out of view, also when its upper margin is above it.
     */
    private static int firstTop(Composite c) {
        int top = Integer.MAX_VALUE;
        for (Control child : c.getChildren()) {
            if (child.getVisible() && child.getBounds().height > 0) {
                top = Math.min(top, child.getBounds().y);
            }
        }
        return top;
    }

    /**
     * {@return whether {@code c} is a composite of rows: it shows at least one child, and no two side by side} A
     * row of a field and its button is one row; a widget of its own (a list, a table, a nested scrolling area) is
     * counted whole.
     */
    private static boolean holdsRows(Composite c) {
        if (c.getClass() != Composite.class) {
            return false;
        }
        List<Rectangle> shown = new ArrayList<>();
        for (Control child : c.getChildren()) {
            if (child.getVisible() && child.getBounds().height > 0) {
                shown.add(child.getBounds());
            }
        }
        shown.sort(Comparator.comparingInt(r -> r.y));
        for (int i = 1; i < shown.size(); i++) {
            Rectangle above = shown.get(i - 1);
            if (shown.get(i).y < above.y + above.height) {
                return false;
            }
        }
        return !shown.isEmpty();
    }

    /** Whether a row shows something in red (a demand, in Koers's colours) that is below the fold. */
    private boolean redBelow(Control c) {
        RGB rgb = c.getForeground().getRGB();
        if (rgb.red >= 140 && rgb.green < 90 && rgb.blue < 90) {
            Rectangle r = c.getDisplay().map(c.getParent(), content, c.getBounds());
            if (r.y + r.height > fold) {
                return true;
            }
        }
        if (c instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                if (redBelow(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}

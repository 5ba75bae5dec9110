package nl.koers.instrument.api.swt.testing;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

/** How large a control's type is, measured as the kit measures it. */
final class TypeMeasures {
    private TypeMeasures() {
    }

    /** The height of a line in {@code c}'s type. */
    static int lineHeight(Control c) {
        GC gc = new GC(c);
        try {
            gc.setFont(c.getFont());
            return gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
    }

    /** The average width of a letter in {@code c}'s type, as the kit measures it. */
    static int letterWidth(Control c) {
        GC gc = new GC(c);
        try {
            gc.setFont(c.getFont());
            return Math.max(1, gc.textExtent("abcdefghijklmnopqrstuvwxyz").x / 26);
        } finally {
            gc.dispose();
        }
    }
}

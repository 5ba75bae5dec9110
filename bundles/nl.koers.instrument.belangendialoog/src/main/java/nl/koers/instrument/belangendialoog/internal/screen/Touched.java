package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.instrument.api.swt.kit.Scroll;

/**
 * What showing a change touched on a long step: rows that came, went or moved, or only controls whose text changed.
 * Rows coming or going lay the step out again; a changed text lays out only around its control, keeping what every
 * other row measured (laying out every wrapped sentence again is what the window would wait for).
 */
final class Touched {
    private final List<Control> reworded = new ArrayList<>();
    private boolean rows;

    /** Notes that rows came, went or moved, when {@code changed}. */
    void rows(boolean changed) {
        rows |= changed;
    }

    /** Notes a control whose text or visibility changed. */
    void control(Control c) {
        reworded.add(c);
    }

    /** Puts a text in a label when it differs, and notes it. */
    void say(Label l, String text) {
        if (Ui.say(l, text)) {
            reworded.add(l);
        }
    }

    /** Lays out what was touched in {@code scroll}, and forgets it. */
    void reflow(Scroll scroll) {
        if (rows) {
            scroll.reflow();
        } else if (!reworded.isEmpty()) {
            scroll.reflow(reworded.toArray(Control[]::new));
        }
        reworded.clear();
        rows = false;
    }
}

package nl.koers.shell.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;

/** The type of a step: desktop size, or large for the wall. The step frame that made them disposes them. */
record StepFonts(Font body, Font heading) {
    static StepFonts of(Display display, boolean wall) {
        FontData base = display.getSystemFont().getFontData()[0];
        int size = base.getHeight();
        // on a projector the back of the room must read it: about twice the desktop size
        return new StepFonts(new Font(display, base.getName(), wall ? size * 2 : size + 1, SWT.NORMAL),
                new Font(display, base.getName(), wall ? size * 2 + 6 : size + 4, SWT.BOLD));
    }

    void dispose() {
        body.dispose();
        heading.dispose();
    }
}

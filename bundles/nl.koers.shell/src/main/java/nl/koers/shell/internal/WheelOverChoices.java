package nl.koers.shell.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * The mouse wheel over a choice that does not have the keyboard scrolls the page, as over any other part of it. GTK
 * lets the wheel change a choice the pointer happens to be over: scrolling down a step's endorsements changed a
 * partner's "herkent zich" to "herkent zich niet" without a word. A choice with the keyboard still takes the wheel.
 * One filter on the display, so every instrument's choices and a plugin's are covered.
 */
final class WheelOverChoices implements Listener {

    private final Display display;

    /** Listens on {@code display} until {@link #remove()}. */
    WheelOverChoices(Display display) {
        this.display = display;
        display.addFilter(SWT.MouseVerticalWheel, this);
    }

    void remove() {
        display.removeFilter(SWT.MouseVerticalWheel, this);
    }

    @Override
    public void handleEvent(Event e) {
        if (!(e.widget instanceof Combo choice) || choice.isFocusControl()) {
            return;
        }
        e.doit = false;
        for (Composite c = choice.getParent(); c != null; c = c.getParent()) {
            if (c instanceof ScrolledComposite page && page.getVerticalBar() != null) {
                Point origin = page.getOrigin();
                page.setOrigin(origin.x, Math.max(0, origin.y - e.count * page.getVerticalBar().getIncrement()));
                return;
            }
        }
    }
}

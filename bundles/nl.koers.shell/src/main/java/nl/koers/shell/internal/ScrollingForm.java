package nl.koers.shell.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;

/**
 * A form that scrolls down when the window is lower than the form (a laptop at 1024x768) instead of cutting off
 * its last rows; as wide as the room it has.
 */
final class ScrollingForm {
    private ScrollingForm() {
    }

    /** {@return the form's composite, in a scrolling area in {@code parent}: give the form a layout} */
    static Composite in(Composite parent) {
        ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        Composite form = new Composite(scrolled, SWT.NONE);
        scrolled.setContent(form);
        // a bar that came only when needed would take its width after the form was laid out, under its right edge
        scrolled.setAlwaysShowScrollBars(true);
        scrolled.setScrollbarsMode(SWT.NONE); // GTK's overlay bars show only under the mouse: this one stays in sight
        scrolled.addListener(SWT.Resize, e -> scrolled.setMinSize(
                new Point(1, form.computeSize(scrolled.getClientArea().width, SWT.DEFAULT).y)));
        return form;
    }

    /** {@return the control to show for {@code form} made by {@link #in(Composite)}: its scrolling area} */
    static Composite shown(Composite form) {
        return form.getParent();
    }
}

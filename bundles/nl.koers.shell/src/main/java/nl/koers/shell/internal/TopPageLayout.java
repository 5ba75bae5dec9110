package nl.koers.shell.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A stack of pages that gives its size to the page in view only: a hidden page keeps its bounds until it is shown,
 * then gets the stack's size and lays itself out. {@link StackLayout} sizes every page, and a page lays itself out
 * when its size changes, so F11 (the window to full screen and back) laid out every step built, hidden ones of both
 * types included: 0.6-0.9 s in the click back to the desk.
 */
final class TopPageLayout extends StackLayout {
    @Override
    protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
        Point size = topControl == null ? new Point(0, 0) : topControl.computeSize(wHint, hHint, flushCache);
        return new Point(wHint != SWT.DEFAULT ? wHint : size.x + 2 * marginWidth,
                hHint != SWT.DEFAULT ? hHint : size.y + 2 * marginHeight);
    }

    @Override
    protected void layout(Composite composite, boolean flushCache) {
        Rectangle area = composite.getClientArea();
        area.x += marginWidth;
        area.y += marginHeight;
        area.width -= 2 * marginWidth;
        area.height -= 2 * marginHeight;
        for (Control page : composite.getChildren()) {
            if (page == topControl) {
                page.setBounds(area);
            }
            page.setVisible(page == topControl);
        }
    }
}

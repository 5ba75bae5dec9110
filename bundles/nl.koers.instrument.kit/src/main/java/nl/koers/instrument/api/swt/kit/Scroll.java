package nl.koers.instrument.api.swt.kit;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Content that can grow beyond the screen: it scrolls, and it takes the full width when it fits. Put widgets in
 * {@link #content} and call {@link #reflow()} when rows came or went. Rows below the fold are announced by a sign
 * on the lower edge that counts them, in red when one of them shows red (a demand).
 */
public final class Scroll {
    /** The scrolling composite, in the parent: give it layout data there. */
    public final ScrolledComposite scrolled;
    /** Where the widgets go: a one-column grid. */
    public final Composite content;
    private final boolean fitWidth;
    private final FoldSign below;
    /** A fit to the view beside the scroll bar is queued. */
    private boolean fitting;
    /** The client area at the last {@link #reflow()}. */
    private Rectangle laidOutIn;

    /**
     * A scrolling area in {@code parent}.
     *
     * @param parent where it goes
     * @param fitWidth true: content is as wide as the view and scrolls down; false: it scrolls both ways (a row
     *        of cards)
     */
    public Scroll(Composite parent, boolean fitWidth) {
        this.fitWidth = fitWidth;
        scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | (fitWidth ? 0 : SWT.H_SCROLL));
        // GTK's overlay scroll bars show only under the mouse; the room must see that there is more
        scrolled.setScrollbarsMode(SWT.NONE);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        content = new Composite(scrolled, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        scrolled.setContent(content);
        below = new FoldSign(scrolled, content);
        if (fitWidth) {
            content.addListener(SWT.Paint, e -> fitBesideBar());
        }
        scrolled.addListener(SWT.Resize, e -> {
            // laid out at this size already (by reflow() itself, through the scroll bars): nothing to do again
            if (!scrolled.getClientArea().equals(laidOutIn)) {
                reflow();
            }
        });
        scrolled.getVerticalBar().setIncrement(24);
        if (scrolled.getHorizontalBar() != null) {
            scrolled.getHorizontalBar().setIncrement(24);
        }
    }

    /** Lays the content out again after it changed, and tells the scroll bars how big it is now. */
    public void reflow() {
        if (scrolled.isDisposed()) {
            return;
        }
        Rectangle area = scrolled.getClientArea();
        laidOutIn = area;
        if (area.isEmpty()) {
            // not on screen yet: the first size it gets lays it out, once
            return;
        }
        // measuring flushes every cached size below content; the layout then uses what was just measured
        Point size = fitWidth ? content.computeSize(Math.max(area.width, 200), SWT.DEFAULT, true)
                : content.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
        // the new size and the new rows in one pass: the resize lays out nothing until the layout below
        content.setLayoutDeferred(true);
        try {
            scrolled.setMinSize(fitWidth ? new Point(200, size.y) : size);
            laidOutIn = scrolled.getClientArea();
            content.layout(false, true);
        } finally {
            content.setLayoutDeferred(false);
        }
        below.updateSoon();
    }

    /**
     * Lays out again only what changed: {@code changed} (rows made anew, or a label whose text changed) and the
     * composites between them and {@link #content}; every other row keeps the size it was measured at. One changed
     * row of hundreds then costs the layout of that row, not of the whole list, as {@link #reflow()} does.
     *
     * @param changed controls inside {@link #content}; none: nothing to do
     * @since 1.2
     */
    public void reflow(Control... changed) {
        if (scrolled.isDisposed()) {
            return;
        }
        // a wrapping label that takes as many lines as before only paints again: a layout of its column is what
        // an edit costs most
        Control[] resized = Arrays.stream(changed).filter(c -> !c.isDisposed() && !sameHeight(c))
                .toArray(Control[]::new);
        if (resized.length == 0) {
            return;
        }
        // one pass at the new height: the changed rows' ancestors are marked (not laid out), the content is measured
        // from what it cached, and laid out once when the deferral ends; laying it out before the new minimum size
        // made the scrolling area lay the whole content out a second time
        content.setLayoutDeferred(true);
        try {
            content.layout(resized);
            Rectangle area = scrolled.getClientArea();
            Point size = fitWidth ? content.computeSize(Math.max(area.width, 200), SWT.DEFAULT, false)
                    : content.computeSize(SWT.DEFAULT, SWT.DEFAULT, false);
            scrolled.setMinSize(fitWidth ? new Point(200, size.y) : size);
        } finally {
            content.setLayoutDeferred(false);
        }
        below.updateSoon();
    }

    /**
     * GTK gives a scroll bar that came with a new size its width only after the layout: the content, as wide as the
     * view was, then reaches under the bar and cuts off what is on its right (a button at the end of a row). When the
     * content is painted the view's width is known: content wider than it is laid out again at that width.
     */
    private void fitBesideBar() {
        int view = scrolled.getClientArea().width;
        if (content.getSize().x > view && view >= 200 && !fitting) {
            fitting = true;
            scrolled.getDisplay().asyncExec(() -> {
                fitting = false;
                if (!scrolled.isDisposed() && content.getSize().x > scrolled.getClientArea().width) {
                    scrolled.layout(false); // the minimum size did not change: this puts the content at the width
                    reflow(); // and its rows, wrapped at that width, may be higher
                }
            });
        }
    }

    private static boolean sameHeight(Control c) {
        if (!(c instanceof Label) || (c.getStyle() & SWT.WRAP) == 0) {
            return false;
        }
        Point size = c.getSize();
        return size.x > 0 && c.computeSize(size.x, SWT.DEFAULT, true).y == size.y;
    }
}

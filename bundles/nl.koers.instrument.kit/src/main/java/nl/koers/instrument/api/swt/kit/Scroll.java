package nl.koers.instrument.api.swt.kit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
    /** Where the scrolling composite keeps its {@code Scroll}, for {@link #around}. */
    private static final String KEY = "koers.kit.scroll";
    /** The scrolling composite, in the parent: give it layout data there. */
    public final ScrolledComposite scrolled;
    /** Where the widgets go: a one-column grid. */
    public final Composite content;
    private final boolean fitWidth;
    private final FoldSign below;
    /** The client area at the last {@link #reflow()}. */
    private Rectangle laidOutIn;
    /** Whether the content was laid out on screen yet. */
    private boolean shown;

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
        // fitting the width: the content's width is set here, beside the scroll bar (see besideBar)
        scrolled.setExpandHorizontal(!fitWidth);
        scrolled.setExpandVertical(true);
        content = new Composite(scrolled, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        scrolled.setContent(content);
        below = new FoldSign(scrolled, content);
        scrolled.setData(KEY, this);
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

    /** {@return the scrolling area {@code control} is in, if it is in one} */
    static Optional<Scroll> around(Control control) {
        for (Control c = control.getParent(); c != null; c = c.getParent()) {
            if (c.getData(KEY) instanceof Scroll scroll) {
                return Optional.of(scroll);
            }
        }
        return Optional.empty();
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
        size = measuredBesideBar(area.width, size);
        // the new size and the new rows in one pass: the resize lays out nothing until the layout below
        content.setLayoutDeferred(true);
        try {
            scrolled.setMinSize(fitWidth ? new Point(200, size.y) : size);
            keepBesideBar(size);
            laidOutIn = scrolled.getClientArea();
            content.layout(false, true);
        } finally {
            content.setLayoutDeferred(false);
        }
        below.updateSoon();
        if (!shown) {
            // GTK sizes some widgets anew once they are on screen (a card's last line lay below the area's end in the
            // projector's large type): measure the widgets once more when what the first layout showed is there, and
            // lay out only the ones that changed, not the whole content a second time
            shown = true;
            scrolled.getDisplay().asyncExec(() -> {
                if (!content.isDisposed()) {
                    reflow(cutOff(content).toArray(Control[]::new));
                }
            });
        }
    }

    /** {@return the controls under {@code parent} that are shown lower than they need now} */
    private static List<Control> cutOff(Composite parent) {
        List<Control> out = new ArrayList<>();
        List<Control> todo = new ArrayList<>(List.of(parent.getChildren()));
        while (!todo.isEmpty()) {
            Control c = todo.remove(todo.size() - 1);
            if (c instanceof Composite composite) {
                todo.addAll(List.of(composite.getChildren()));
            } else if (!highEnough(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** {@return whether {@code c}, when shown, is as high as it needs at its width} */
    private static boolean highEnough(Control c) {
        Point size = c.getSize();
        if (size.x <= 0) {
            return true; // not shown: nothing to see cut off
        }
        int wHint = (c.getStyle() & SWT.WRAP) != 0 ? size.x : SWT.DEFAULT;
        return c.computeSize(wHint, SWT.DEFAULT, true).y <= size.y;
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
            size = measuredBesideBar(area.width, size);
            scrolled.setMinSize(fitWidth ? new Point(200, size.y) : size);
            keepBesideBar(size);
        } finally {
            content.setLayoutDeferred(false);
        }
        below.updateSoon();
    }

    /**
     * {@return the width the content has beside the scroll bar, for content {@code height} high} GTK takes a bar
     * that comes with a new size off the view only after the layout: content laid out at the width before would
     * reach under the bar and cut off what is on its right (a button at the end of a row).
     */
    private int besideBar(int height) {
        int bar = scrolled.getVerticalBar().getSize().x;
        int whole = scrolled.getSize().x - (scrolled.computeTrim(0, 0, 0, 0).width - bar);
        return height > scrolled.getClientArea().height ? whole - bar : whole;
    }

    /**
     * Measures the content again at the width beside the bar when that differs from the view's {@code width} now;
     * {@return its size}
     */
    private Point measuredBesideBar(int width, Point size) {
        int beside = besideBar(size.y);
        return !fitWidth || beside == width ? size : content.computeSize(Math.max(beside, 200), SWT.DEFAULT, false);
    }

    /** Puts the content at the width beside the bar: the scrolling area would take the view's width before it. */
    private void keepBesideBar(Point size) {
        int beside = Math.max(besideBar(size.y), 200);
        if (fitWidth && content.getSize().x != beside) {
            content.setSize(beside, content.getSize().y);
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

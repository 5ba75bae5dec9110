package nl.koers.instrument.api.swt.kit;


import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Texts;

/**
 * A sign on the lower edge of a scrolling area that says how many rows are below the fold, and how many of them are
 * marked red (a demand): nobody in the room scrolls on a hunch, so what is out of view must say it is there.
 */
final class FoldSign {
    private static final Color DEMAND = new Color(170, 30, 30);
    private static final Color QUIET = new Color(255, 236, 179);
    private static final Color INK = new Color(40, 40, 40);
    private static final Color WHITE = new Color(255, 255, 255);
    private final ScrolledComposite scrolled;
    private final Composite content;
    private final Label sign;
    /** Loaded at the first count: the step's root says the window's language only once the sign is in it. */
    private Texts texts;

    FoldSign(ScrolledComposite scrolled, Composite content) {
        this.scrolled = scrolled;
        this.content = content;
        sign = new Label(scrolled, SWT.CENTER | SWT.WRAP);
        sign.setData(Ui.ID, "scroll.below");
        sign.setVisible(false);
        sign.moveAbove(content);
        // a click on the sign shows what it announces
        sign.addListener(SWT.MouseUp, e -> scrolled.setOrigin(scrolled.getOrigin().x,
                scrolled.getOrigin().y + scrolled.getClientArea().height * 3 / 4));
        scrolled.getVerticalBar().addListener(SWT.Selection, e -> update());
        scrolled.addListener(SWT.Resize, e -> update());
        content.addListener(SWT.Move, e -> update());
        content.addListener(SWT.Resize, e -> update());
    }

    /** Counts again once the layouts that are under way are done: rows have their places only then. */
    void updateSoon() {
        sign.getDisplay().asyncExec(this::update);
    }

    /** Counts the rows below the fold again and shows, moves or hides the sign. */
    void update() {
        if (sign.isDisposed() || content.isDisposed()) {
            return;
        }
        Rectangle area = scrolled.getClientArea();
        int fold = scrolled.getOrigin().y + area.height;
        RowsBelow rows = RowsBelow.of(content, fold);
        int below = rows.rows();
        int red = rows.red();
        if (below == 0) {
            sign.setVisible(false);
            return;
        }
        if (texts == null) {
            texts = KitTexts.load(Ui.locale(scrolled));
        }
        sign.setText(red == 0 ? texts.format("scroll.below", below) : texts.format("scroll.belowRed", below, red));
        sign.setBackground(red == 0 ? QUIET : DEMAND);
        sign.setForeground(red == 0 ? INK : WHITE);
        // as large as the rows it speaks of: in projector mode the back of the room reads it too
        sign.setFont(firstLabel(content).map(Control::getFont).orElse(content.getFont()));
        // rows below the fold come with a scroll bar, which GTK takes off the client area only after the layout
        int bar = scrolled.getVerticalBar().getSize().x;
        area.width = Math.min(area.width, scrolled.getSize().x - (scrolled.computeTrim(0, 0, 0, 0).width - bar) - bar);
        Point size = fitted(area);
        if (size.y > area.height / 2 || wraps(area)) {
            // large type that needs more than one line (a projector's narrow column) or a low area: the sign in
            // the window's own type; in large type it covered a third of a step at 1024x768
            sign.setFont(null);
            size = fitted(area);
        }
        sign.setBounds(area.x + Math.max(0, (area.width - size.x) / 2),
                Math.max(area.y, area.y + area.height - size.y - 2), size.x, size.y);
        sign.moveAbove(null);
        sign.setVisible(true);
    }

    /**
     * {@return the sign's size with its margins: on one line, or wrapped to {@code area}'s width where the line is
     * wider (the projector's large type in a narrow column)}
     */
    private Point fitted(Rectangle area) {
        Point size = sign.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        if (size.x + 16 <= area.width) {
            return new Point(size.x + 16, size.y + 4);
        }
        int width = Math.max(1, area.width);
        return new Point(width, sign.computeSize(Math.max(1, width - 16), SWT.DEFAULT).y + 4);
    }

    /** Whether the sign needs more than one line in {@code area}'s width. */
    private boolean wraps(Rectangle area) {
        return sign.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 16 > area.width;
    }

    private static java.util.Optional<Label> firstLabel(Control c) {
        if (c instanceof Label label) {
            return java.util.Optional.of(label);
        }
        if (c instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                var found = firstLabel(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }
}

package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.function.DoubleFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.swt.FigurePainter;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.belangendialoog.internal.Phrases;

/**
 * The toolkit's widgets with this instrument's ids ({@code belangendialoog.<id>}), words and colours.
 */
final class Ui extends nl.koers.instrument.api.swt.kit.Ui {
    static final String PREFIX = "belangendialoog.";

    static final Color SHARED = new Color(226, 243, 228);
    static final Color DEMAND = new Color(170, 30, 30);

    final Phrases say;

    /** @param root the step's parent: derived fonts live as long as it does */
    Ui(WorkContext ctx, Composite root) {
        super(ctx, root, PREFIX);
        this.say = new Phrases(ctx.locale());
    }

    /** Gives a widget its id, {@code belangendialoog.<id>}. */
    static <T extends Widget> T id(T widget, String id) {
        widget.setData(ID, PREFIX + id);
        return widget;
    }

    /** The width of the add and remove buttons at the end of each row, the same in every row so they line up. */
    int rowButtonWidth() {
        return textWidth(say.get("screen.add"), say.get("screen.remove")) + 3 * charWidth();
    }

    /** An add or remove button at the end of a row. */
    Button rowButton(Composite parent, String text, String id, Runnable action) {
        Button b = button(parent, text, id, action);
        b.setLayoutData(width(rowButtonWidth()));
        return b;
    }

    /**
     * {@return a paragraph field on a line of its own below {@code label} and the buttons beside it, across the
     * two columns of {@code row}} For projector mode: between a label and a button in large type a position got a
     * few words a line.
     */
    Text paragraphBelow(Composite row, Label label, String id, java.util.function.Consumer<String> commit) {
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Text field = paragraphField(row, id, 2, commit);
        ((GridData) field.getLayoutData()).horizontalSpan = 2;
        return field;
    }

    /**
     * Paints a figure's page to fit {@code canvas}, its type as large as the screen's body type: {@code page} gets
     * that size in points. Nothing while the canvas has no room yet.
     */
    void paintFigure(Canvas canvas, GC gc, PageSize size, DoubleFunction<Page> page) {
        Rectangle area = canvas.getClientArea();
        if (area.width <= 0 || area.height <= 0) {
            return;
        }
        double pxPerMm = Math.min(area.width / size.widthMm(), area.height / size.heightMm());
        double fontPx = font().getFontData()[0].getHeight() * canvas.getDisplay().getDPI().y / 72.0;
        double pt = Math.max(8, 1.15 * fontPx / (0.3528 * pxPerMm));
        FigurePainter.paint(gc, page.apply(pt), 0, 0, area.width, area.height);
    }

    /** Shows or hides a control in its grid, the room it took going with it; {@return whether that changed} */
    static boolean visible(Control c, boolean shown) {
        GridData data = (GridData) c.getLayoutData();
        if (c.getVisible() == shown && data.exclude == !shown) {
            return false;
        }
        c.setVisible(shown);
        data.exclude = !shown;
        return true;
    }

    /** {@return a control hidden until {@link #visible} shows it} */
    static <T extends Control> T hidden(T c) {
        visible(c, false);
        return c;
    }

    /** Puts a text in a label when it differs; {@return whether it did} */
    static boolean say(Label l, String text) {
        String plain = plain(text);
        if (l.getText().equals(plain)) {
            return false;
        }
        l.setText(plain);
        return true;
    }

    /** The words of the domain for these values, in order: for a choice. */
    String[] words(Enum<?>... values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = say.word(values[i]);
        }
        return out;
    }
}

package nl.koers.instrument.brengenhalen.internal.screen;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Widget;

import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.brengenhalen.internal.Phrases;

/**
 * The toolkit's widgets with this instrument's ids ({@code brengenhalen.<id>}), words and colours.
 */
final class Ui extends nl.koers.instrument.api.swt.kit.Ui {
    static final String PREFIX = "brengenhalen.";

    static final Color MARK = new Color(255, 236, 130);
    static final Color MARK_CARD = new Color(255, 248, 205);
    static final Color AGREED = new Color(0, 110, 50);
    static final Color CARD = new Color(250, 250, 247);
    static final Color DEMAND = new Color(170, 30, 30);
    static final Color ADDED = new Color(0, 120, 40);
    static final Color REMOVED = new Color(190, 20, 20);

    final Phrases say;

    /** @param root the step's parent: derived fonts live as long as it does */
    Ui(WorkContext ctx, Composite root) {
        super(ctx, root, PREFIX);
        this.say = new Phrases(ctx.locale());
    }

    /** Gives a widget its id, {@code brengenhalen.<id>}. */
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

    /** Shows or hides a control and the room it takes in its grid; {@return whether that changed} */
    static boolean visible(Control c, boolean on) {
        GridData data = (GridData) c.getLayoutData();
        if (c.getVisible() == on && data.exclude == !on) {
            return false;
        }
        c.setVisible(on);
        data.exclude = !on;
        return true;
    }
}

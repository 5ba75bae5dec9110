package nl.koers.instrument.belangendialoog.internal.screen;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Widget;

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

    /** The words of the domain for these values, in order: for a choice. */
    String[] words(Enum<?>... values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = say.word(values[i]);
        }
        return out;
    }
}

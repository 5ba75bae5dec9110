package nl.koers.instrument.api.swt.kit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import nl.koers.domain.Firmness;
import nl.koers.domain.Texts;

/** What the kit's editors have in common: the rows of items, the buttons at their end, and wish or demand. */
final class EditorParts {
    /** A demand's text, so a room sees at a glance what is not negotiable. */
    static final Color DEMAND = new Color(170, 30, 30);

    private final Ui ui;
    final Texts say;
    final Texts words;

    EditorParts(Ui ui) {
        this.ui = ui;
        this.say = KitTexts.load(ui.ctx.locale());
        this.words = Texts.words(ui.ctx.locale());
    }

    /** A row of {@code columns} cells for one item, lined up with the rows above and below it. */
    Composite row(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 0;
        layout.marginHeight = 1;
        if (ui.stacked()) {
            layout.marginBottom = ui.charWidth(); // on the projector, items stand apart
        }
        row.setLayout(layout);
        row.setLayoutData(Ui.fill());
        return row;
    }

    /** The width of the add and remove buttons, the same in every row so they line up. */
    int rowButtonWidth() {
        return ui.textWidth(say.get("add"), say.get("remove")) + 3 * ui.charWidth();
    }

    /** An add or remove button at the end of a row. */
    Button rowButton(Composite parent, String text, String id, Runnable action) {
        Button b = ui.button(parent, text, id, action);
        b.setLayoutData(Ui.width(rowButtonWidth()));
        return b;
    }

    /** Wish and demand, in the order of a choice's items. */
    String[] firmnesses() {
        return new String[] {words.label(Firmness.WISH), words.label(Firmness.DEMAND)};
    }

    static Firmness firmness(int index) {
        return index == 1 ? Firmness.DEMAND : Firmness.WISH;
    }

    static int index(Firmness firmness) {
        return firmness == Firmness.DEMAND ? 1 : 0;
    }
}

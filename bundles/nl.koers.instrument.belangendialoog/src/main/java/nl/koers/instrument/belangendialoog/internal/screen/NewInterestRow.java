package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;

/**
 * A row for a new interest: its text, level, wish or demand and core-value mark; Enter or the button adds it.
 * Ids: {@code <id>} (the text), {@code <id>.level}, {@code <id>.firmness}, {@code <id>.core}, {@code <id>.add}.
 */
final class NewInterestRow {
    private final Text text;
    private final Combo level;
    private final Combo firmness;
    private final Button core;
    private final Consumer<Interest> add;
    private final Level startLevel;

    NewInterestRow(Ui ui, Composite parent, String id, String message, Level startLevel, String addLabel,
            Consumer<Interest> add) {
        this.add = add;
        this.startLevel = startLevel;
        // on the projector the text on a line of its own, its choices two by two below it: in its large type they
        // are wider than the card side by side
        Composite row = Ui.column(parent, ui.stacked() ? 2 : 5);
        text = ui.newField(row, id, message, this::add);
        GridData textData = Ui.fill();
        textData.horizontalSpan = ui.stacked() ? 2 : 1;
        text.setLayoutData(textData);
        level = ui.choice(row, id + ".level", ui.words(Level.values()), i -> {
        });
        level.setLayoutData(Ui.width(ui.choiceWidth(ui.words(Level.values()))));
        level.select(startLevel.ordinal());
        firmness = ui.choice(row, id + ".firmness", ui.words(Firmness.values()), i -> {
        });
        firmness.setLayoutData(Ui.width(ui.choiceWidth(ui.words(Firmness.values()))));
        firmness.select(0);
        core = ui.check(row, ui.say.get("interest.coreValue"), id + ".core", on -> {
        });
        core.setToolTipText(ui.say.get("screen.coreValueHint"));
        Button button = ui.rowButton(row, addLabel, id + ".add", this::add);
        button.setToolTipText(message);
        if (ui.stacked()) {
            // the text above spans both columns and widens the second: its choice and button keep their own width
            ((GridData) firmness.getLayoutData()).horizontalAlignment = SWT.LEFT;
            ((GridData) button.getLayoutData()).horizontalAlignment = SWT.LEFT;
        }
    }

    private void add() {
        String value = text.getText().strip();
        if (value.isEmpty()) {
            text.setFocus();
            return;
        }
        Interest interest = Interest.of(value, Level.values()[Math.max(0, level.getSelectionIndex())],
                Firmness.values()[Math.max(0, firmness.getSelectionIndex())]).withCoreValue(core.getSelection());
        add.accept(interest);
        text.setText("");
        // the next interest starts from the row's own level and as a wish, not from this one's choices
        level.select(startLevel.ordinal());
        firmness.select(0);
        core.setSelection(false);
        text.setFocus();
    }

    Text text() {
        return text;
    }
}

package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.instrument.api.swt.kit.Rows;

/**
 * A sentence of the commonalities on a line of its own, such as a finding or a lone demand, in its colour: kept by
 * its place in the list, so a list that changed puts new words in the lines that are there. Id: {@code <id>.<place>}.
 */
final class LineRow implements Rows.Row<LineRow.Shown> {
    /** A sentence, its colour (null: the usual), and its place in the list. */
    record Shown(int place, String text, Color colour) {
    }

    private final String id;
    private final Consumer<Control> changed;
    private final Label line;
    private Color colour;

    /** @param changed gets the label when its text changed */
    LineRow(Ui ui, Composite parent, String id, Consumer<Control> changed) {
        this.id = id;
        this.changed = changed;
        line = line(ui, parent, "", id);
    }

    /** {@return a wrapping line of text, indented, named {@code id}} */
    static Label line(Ui ui, Composite parent, String text, String id) {
        Label l = Ui.id(new Label(parent, SWT.WRAP), id);
        l.setFont(ui.font());
        l.setText(Ui.plain(text));
        GridData data = Ui.fill();
        data.horizontalIndent = ui.charWidth();
        l.setLayoutData(data);
        return l;
    }

    /** Puts a text in a label when it differs; gives {@code changed} the label when it did. */
    static void say(Label l, String text, Consumer<Control> changed) {
        String plain = Ui.plain(text);
        if (!l.getText().equals(plain)) {
            l.setText(plain);
            changed.accept(l);
        }
    }

    @Override
    public Control control() {
        return line;
    }

    @Override
    public void show(Shown shown) {
        Ui.id(line, id + "." + shown.place());
        say(line, shown.text(), changed);
        if (!Objects.equals(colour, shown.colour())) {
            colour = shown.colour();
            line.setForeground(colour);
        }
    }
}

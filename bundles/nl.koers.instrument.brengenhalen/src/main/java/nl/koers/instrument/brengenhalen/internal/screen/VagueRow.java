package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.instrument.api.swt.kit.Rows;

/**
 * One item of the balance still to make concrete; its id says its place ({@code balance.vague.<i>}), or that all is
 * concrete.
 */
final class VagueRow implements Rows.Row<VagueRow.Vague> {
    /** One item to make concrete, at its place among them; the key of the line that says all is concrete is "". */
    record Vague(String key, int index, String text) {
    }

    private final Composite row;
    private final Label label;
    private final Consumer<Control> changed;

    /** @param changed gets the label when its text changed */
    VagueRow(Composite list, Ui ui, Consumer<Control> changed) {
        this.changed = changed;
        // in a composite of its own: GTK measures every wrapped label directly in a composite again when that
        // composite changes size, and "more" or a line that grows would have it measure all fifty
        row = Ui.column(list, 1);
        label = new Label(row, SWT.WRAP);
        label.setFont(ui.font());
        label.setLayoutData(Ui.fill());
    }

    @Override
    public Control control() {
        return row;
    }

    @Override
    public void show(Vague v) {
        boolean none = v.key().isEmpty();
        Ui.id(label, none ? "balance.vague.none" : "balance.vague." + v.index());
        label.setForeground(none ? Ui.HINT : null);
        String text = Ui.plain(v.text());
        if (!text.equals(label.getText())) {
            label.setText(text);
            changed.accept(label);
        }
    }
}

package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.function.UnaryOperator;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.kit.Rows;

/**
 * One interest of a partner, changed where it stands: its text, level, wish or demand, and whether it is a core
 * value; and a way to remove it. Ids: {@code interest.<id>.text|level|firmness|core|remove}.
 */
final class InterestRow implements Rows.Row<Interest> {
    private final Ui ui;
    private final String partnerId;
    private final String interestId;
    private final Composite row;
    private final Text text;
    private final Combo level;
    private final Combo firmness;
    private final Button core;

    InterestRow(Ui ui, Composite parent, String partnerId, Interest interest) {
        this.ui = ui;
        this.partnerId = partnerId;
        this.interestId = interest.id();
        row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(5, false);
        layout.marginWidth = 0;
        layout.marginHeight = 1;
        if (ui.stacked()) {
            layout.marginBottom = ui.charWidth();
        }
        row.setLayout(layout);
        row.setLayoutData(Ui.fill());
        String id = "interest." + interestId;
        if (ui.stacked()) {
            text = ui.paragraphField(row, id + ".text", 2, this::changeText);
            ((GridData) text.getLayoutData()).horizontalSpan = 5;
            Ui.filler(row);
        } else {
            text = ui.field(row, SWT.SINGLE, id + ".text", this::changeText);
            text.setLayoutData(Ui.fill());
        }
        level = ui.choice(row, id + ".level", ui.words(Level.values()),
                i -> change(x -> x.withLevel(Level.values()[i])));
        level.setLayoutData(Ui.width(ui.choiceWidth(ui.words(Level.values()))));
        firmness = ui.choice(row, id + ".firmness", ui.words(Firmness.values()),
                i -> change(x -> x.withFirmness(Firmness.values()[i])));
        firmness.setLayoutData(Ui.width(ui.choiceWidth(ui.words(Firmness.values()))));
        core = ui.check(row, ui.say.get("interest.coreValue"), id + ".core",
                on -> ui.apply(Edits.markCoreValue(partnerId, interestId, on)));
        core.setToolTipText(ui.say.get("screen.coreValueHint"));
        Button remove = ui.rowButton(row, ui.say.get("screen.remove"), id + ".remove",
                () -> ui.apply(Edits.removeInterest(partnerId, interestId)));
        remove.setToolTipText(ui.say.get("screen.remove.interest"));
    }

    private void changeText(String value) {
        change(i -> i.withText(value));
    }

    private void change(UnaryOperator<Interest> change) {
        ui.ctx.dossier().partner(partnerId).flatMap(p -> p.interest(interestId))
                .ifPresent(i -> ui.apply(Edits.updateInterest(partnerId, change.apply(i))));
    }

    @Override
    public Control control() {
        return row;
    }

    @Override
    public void show(Interest interest) {
        Ui.show(text, interest.text());
        Ui.show(level, interest.level().ordinal());
        Ui.show(firmness, interest.firmness().ordinal());
        Ui.show(core, interest.coreValue());
        text.setForeground(interest.firmness() == Firmness.DEMAND ? Ui.DEMAND : null);
    }
}

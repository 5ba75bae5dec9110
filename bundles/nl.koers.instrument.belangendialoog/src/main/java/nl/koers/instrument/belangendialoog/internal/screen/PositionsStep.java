package nl.koers.instrument.belangendialoog.internal.screen;

import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.PartnerChoice;
import nl.koers.instrument.api.swt.kit.Rows;

/**
 * Step 6, van standpunt naar belang: per partner its positions, and under each the why-ladder, one answer to
 * "why?" below the other, down to the interests it ends in: interests the partner already named, or a new one.
 */
final class PositionsStep extends PartnerStep {
    private Rows<Position> positions;
    private Label empty;
    private Composite list;

    PositionsStep(Composite parent, WorkContext ctx, PartnerChoice choice) {
        super(parent, ctx, choice);
        start();
    }

    @Override
    public void build(Composite content) {
        ui.hint(content, ui.say.get("screen.positions.hint"));
        empty = ui.hint(content, ui.say.get("screen.positions.none"));
        list = Ui.column(content, 1);
        positions = new Rows<>(Position::id, p -> new PositionCard(ui, list, this::partnerId, p, this::reflow));
        ui.section(content, ui.say.get("screen.positions.new"));
        Composite row = Ui.column(content, 2);
        Text[] text = new Text[1];
        Runnable add = () -> {
            String value = text[0].getText().strip();
            if (!value.isEmpty() && partnerId() != null) {
                ui.apply(Edits.addPosition(partnerId(), Position.of(value)));
                text[0].setText("");
            }
            text[0].setFocus();
        };
        text[0] = ui.newField(row, "position.new", ui.say.get("screen.positions.newMessage"), add);
        text[0].setLayoutData(Ui.fill());
        ui.rowButton(row, ui.say.get("screen.add"), "position.add", add);
    }

    @Override
    public boolean show(Dossier dossier, Partner partner) {
        boolean none = partner.positions().isEmpty();
        boolean changed = false;
        if (empty.getVisible() != none) {
            empty.setVisible(none);
            ((GridData) empty.getLayoutData()).exclude = !none;
            changed = true;
        }
        return positions.show(partner.positions()) | changed;
    }
}

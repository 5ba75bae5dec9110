package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
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
 * A partner's cards come one at a time: the first with the click, the others one per turn of the event loop, each
 * laid out by itself. Five cards of a check box per interest and two choices each, made in one go, held the window
 * a third of a second and more on every first show, F11 and Vorige.
 */
final class PositionsStep extends PartnerStep {
    private Rows<Position> positions;
    private Label empty;
    private Composite list;
    /** The cards made since this was last cleared: a turn that only adds them lays out only them. */
    private final List<Control> made = new ArrayList<>();
    /** The partner whose cards are being made, and how many of its cards are shown now. */
    private String slicedFor;
    private int ready;
    private boolean queued;

    PositionsStep(Composite parent, WorkContext ctx, PartnerChoice choice) {
        super(parent, ctx, choice);
        start();
    }

    @Override
    public void build(Composite content) {
        ui.hint(content, ui.say.get("screen.positions.hint"));
        empty = ui.hint(content, ui.say.get("screen.positions.none"));
        list = Ui.column(content, 1);
        positions = new Rows<>(Position::id, p -> {
            PositionCard card = new PositionCard(ui, list, this::partnerId, p, this::reflow);
            made.add(card.control());
            return card;
        });
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
        if (!partner.id().equals(slicedFor)) {
            slicedFor = partner.id();
            ready = 1;
        }
        boolean none = partner.positions().isEmpty();
        boolean changed = false;
        if (empty.getVisible() != none) {
            empty.setVisible(none);
            ((GridData) empty.getLayoutData()).exclude = !none;
            changed = true;
        }
        changed |= positions.show(inTurn(partner));
        made.clear();
        queueRest(partner);
        return changed;
    }

    /** {@return the partner's positions that have a card by now} */
    private List<Position> inTurn(Partner partner) {
        List<Position> all = partner.positions();
        return all.size() <= ready ? all : all.subList(0, ready);
    }

    /** Makes the next card on the next turn while there are more; once all are made, a new one comes at once. */
    private void queueRest(Partner partner) {
        if (partner.positions().size() <= ready) {
            ready = Integer.MAX_VALUE;
        } else if (!queued) {
            queued = true;
            list.getDisplay().asyncExec(this::grow);
        }
    }

    private void grow() {
        queued = false;
        if (list.isDisposed() || slicedFor == null) {
            return;
        }
        Partner partner = ui.ctx.dossier().partner(slicedFor).orElse(null);
        if (partner == null || !slicedFor.equals(partnerId())) {
            return; // another partner is shown now, with its own turns
        }
        ready++;
        made.clear();
        positions.show(inTurn(partner));
        partners.reflow(made.toArray(Control[]::new));
        made.clear();
        queueRest(partner);
    }
}

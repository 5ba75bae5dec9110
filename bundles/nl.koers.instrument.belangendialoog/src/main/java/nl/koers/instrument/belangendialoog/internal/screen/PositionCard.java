package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.kit.Rows;

/**
 * One position with its why-ladder: the position, each answer to "why?" a step further in, a field to ask why
 * once more, and at the bottom the interests the ladder ends in. Ids start with {@code position.<id>.}:
 * {@code text}, {@code remove}, {@code why.<n>} and {@code why.<n>.remove}, {@code why.new} and {@code why.add},
 * {@code ends.<interest id>}, and {@code interest.new...} for a new interest under the position.
 */
final class PositionCard implements Rows.Row<Position> {
    private final Ui ui;
    private final Supplier<String> partnerId;
    private final String positionId;
    private final Runnable reflow;
    private final Composite card;
    private final Text text;
    private final Composite ladder;
    private final Rows<Integer> rungs;
    private final Composite ask;
    private final Text why;
    private final Composite endsIn;
    private final Label noInterests;
    private final Rows<Interest> interests;
    private Position shown;
    /** The partner's interests as last shown: with the position the same value too, there is nothing to show. */
    private List<Interest> heldShown;
    /** Set when an interest's text changed while showing: its row may need another height. */
    private boolean reworded;

    PositionCard(Ui ui, Composite parent, Supplier<String> partnerId, Position position, Runnable reflow) {
        this.ui = ui;
        this.partnerId = partnerId;
        this.positionId = position.id();
        this.reflow = reflow;
        String id = "position." + positionId;
        card = new Composite(parent, SWT.BORDER);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = ui.charWidth();
        layout.marginHeight = ui.charWidth() / 2;
        card.setLayout(layout);
        GridData data = Ui.fill();
        data.verticalIndent = ui.charWidth();
        card.setLayoutData(data);

        Composite head = Ui.column(card, ui.stacked() ? 2 : 3);
        Label said = ui.label(head, ui.say.get("screen.position"));
        said.setFont(ui.bold());
        Runnable remove = () -> ui.apply(Edits.removePosition(partnerId.get(), positionId));
        if (ui.stacked()) {
            ui.rowButton(head, ui.say.get("screen.remove"), id + ".remove", remove)
                    .setToolTipText(ui.say.get("screen.remove.position"));
            text = ui.paragraphBelow(head, said, id + ".text", this::changeText);
        } else {
            text = ui.field(head, SWT.SINGLE, id + ".text", this::changeText);
            text.setLayoutData(Ui.fill());
            ui.rowButton(head, ui.say.get("screen.remove"), id + ".remove", remove)
                    .setToolTipText(ui.say.get("screen.remove.position"));
        }
        text.setFont(ui.bold());

        ladder = Ui.column(card, 1);
        rungs = new Rows<>(String::valueOf, n -> new Rung(n));
        ask = Ui.column(card, 3);
        ui.label(ask, ui.say.get("screen.why")).setFont(ui.bold());
        why = ui.newField(ask, id + ".why.new", ui.say.get("screen.why.message"), this::addWhy);
        why.setLayoutData(Ui.fill());
        ui.rowButton(ask, ui.say.get("screen.add"), id + ".why.add", this::addWhy)
                .setToolTipText(ui.say.get("screen.why.add"));

        endsIn = Ui.column(card, 1);
        ui.label(endsIn, ui.say.get("screen.endsIn")).setFont(ui.bold());
        noInterests = ui.hint(endsIn, ui.say.get("screen.endsIn.none"));
        Composite checks = Ui.column(endsIn, 1);
        interests = new Rows<>(Interest::id, i -> new EndsIn(checks, i));
        new NewInterestRow(ui, Ui.column(endsIn, 1), id + ".interest.new", ui.say.get("screen.endsIn.new"),
                Level.ORGANISATION, ui.say.get("screen.add"),
                i -> ui.apply(Edits.addInterestUnderPosition(partnerId.get(), positionId, i)));
    }

    private void changeText(String value) {
        current().ifPresent(p -> ui.apply(Edits.updatePosition(partnerId.get(), p.withText(value))));
    }

    private java.util.Optional<Partner> partner() {
        return ui.ctx.dossier().partner(partnerId.get());
    }

    private java.util.Optional<Position> current() {
        return partner().flatMap(p -> p.position(positionId));
    }

    private void addWhy() {
        String value = why.getText().strip();
        if (!value.isEmpty()) {
            ui.apply(Edits.addWhy(partnerId.get(), positionId, value));
            why.setText("");
        }
        why.setFocus();
    }

    /** How far in a rung of the ladder sits: one step per "why?". */
    private int indent(int depth) {
        return depth * ui.charWidth() * (ui.stacked() ? 2 : 3);
    }

    @Override
    public Control control() {
        return card;
    }

    @Override
    public void show(Position position) {
        List<Interest> held = partner().map(Partner::interests).orElse(List.of());
        if (position == shown && held == heldShown) {
            return; // another partner's edit, or another position's
        }
        // a card just made is laid out with the step, once: laying it out here first measured every row twice
        boolean fresh = shown == null;
        shown = position;
        heldShown = held;
        Ui.show(text, position.text());
        reworded = false;
        boolean changed = rungs.show(IntStream.range(0, position.whys().size()).boxed().toList());
        int indent = indent(position.whys().size() + 1);
        if (((GridData) ask.getLayoutData()).horizontalIndent != indent) {
            ((GridData) ask.getLayoutData()).horizontalIndent = indent;
            ((GridData) endsIn.getLayoutData()).horizontalIndent = indent;
            changed = true;
        }
        changed |= Ui.visible(noInterests, held.isEmpty());
        changed |= interests.show(held);
        if (fresh) {
            return;
        }
        if (changed || reworded) {
            // a new answer typed into a field needs no layout: only rows that came, went or were reworded do
            card.layout(true, true);
        }
        if (changed) {
            reflow.run();
        }
    }

    /** One answer to "why?", a step further in than the one above it. */
    private final class Rung implements Rows.Row<Integer> {
        private final Composite row;
        private final Label number;
        private final Text answer;
        private final int index;

        Rung(int index) {
            this.index = index;
            String id = "position." + positionId + ".why." + index;
            row = Ui.column(ladder, ui.stacked() ? 2 : 3);
            ((GridData) row.getLayoutData()).horizontalIndent = indent(index + 1);
            number = ui.label(row, ui.say.format("screen.why.numbered", index + 1));
            java.util.function.Consumer<String> commit = v -> ui.apply(Edits.updateWhy(partnerId.get(), positionId,
                    this.index, v));
            Runnable remove = () -> ui.apply(Edits.removeWhy(partnerId.get(), positionId, this.index));
            if (ui.stacked()) {
                // on the projector the answer wraps over the card's width instead of running out of its field
                ui.rowButton(row, ui.say.get("screen.remove"), id + ".remove", remove)
                        .setToolTipText(ui.say.get("screen.remove.why"));
                answer = ui.paragraphBelow(row, number, id, commit);
            } else {
                answer = ui.field(row, SWT.SINGLE, id, commit);
                answer.setLayoutData(Ui.fill());
                ui.rowButton(row, ui.say.get("screen.remove"), id + ".remove", remove)
                        .setToolTipText(ui.say.get("screen.remove.why"));
            }
        }

        @Override
        public Control control() {
            return row;
        }

        @Override
        public void show(Integer i) {
            number.setText(ui.say.format("screen.why.numbered", i + 1));
            Ui.show(answer, shown.whys().get(i));
        }
    }

    /** One interest of the partner, ticked when the ladder ends in it. */
    private final class EndsIn implements Rows.Row<Interest> {
        private final Button check;
        private final String interestId;

        EndsIn(Composite parent, Interest interest) {
            this.interestId = interest.id();
            check = ui.check(parent, SWT.WRAP, "", "position." + positionId + ".ends." + interestId,
                    on -> ui.apply(on ? Edits.linkPositionInterest(partnerId.get(), positionId, interestId)
                            : Edits.unlinkPositionInterest(partnerId.get(), positionId, interestId)));
            check.setLayoutData(Ui.fill());
        }

        @Override
        public Control control() {
            return check;
        }

        @Override
        public void show(Interest interest) {
            String said = ui.say.interestWithLevel(interest);
            if (!check.getText().equals(Ui.plain(said))) {
                check.setText(Ui.plain(said));
                check.setToolTipText(said);
                reworded = true;
            }
            check.setForeground(interest.firmness() == nl.koers.domain.Firmness.DEMAND ? Ui.DEMAND : null);
            Ui.show(check, shown.endsIn(interestId));
        }
    }
}

package nl.koers.instrument.netwerkambitie.internal.screen;

import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Endorsement;
import nl.koers.domain.Partner;
import nl.koers.domain.Recognition;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.kit.Rows;

/** One partner: does it recognise itself in this version, and what does it say about it. */
final class EndorsementRow implements Rows.Row<Partner> {
    private final Ui ui;
    /** The version shown in the step. */
    private final Supplier<Optional<AmbitionVersion>> selected;
    /** The width of the partners' names, the same in every row. */
    private final IntSupplier nameWidth;
    private final String partnerId;
    private final Composite row;
    private final Label name;
    private final Combo recognition;
    private final Text remark;

    EndorsementRow(Ui ui, Composite parent, Partner partner, Supplier<Optional<AmbitionVersion>> selected,
            IntSupplier nameWidth) {
        this.ui = ui;
        this.selected = selected;
        this.nameWidth = nameWidth;
        partnerId = partner.id();
        row = new Composite(parent, SWT.NONE);
        // on the projector the name stands above its choice and remark: all three are too wide for one line
        GridLayout layout = new GridLayout(ui.stacked() ? 2 : 3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 1;
        row.setLayout(layout);
        row.setLayoutData(Ui.fill());
        name = new Label(row, SWT.WRAP);
        name.setFont(ui.bold());
        name.setLayoutData(ui.stacked() ? Ui.fill() : Ui.width(nameWidth.getAsInt()));
        ((GridData) name.getLayoutData()).horizontalSpan = ui.stacked() ? 2 : 1;
        String[] choices = new String[Recognition.values().length + 1];
        choices[0] = ui.say.get("screen.ambition.notAsked");
        for (Recognition r : Recognition.values()) {
            choices[r.ordinal() + 1] = ui.say.word(r);
        }
        String id = "endorse." + partnerId;
        recognition = ui.choice(row, id + ".recognition", choices, this::recognise);
        recognition.setLayoutData(Ui.width(ui.choiceWidth(choices)));
        remark = ui.field(row, SWT.SINGLE, id + ".remark", this::remark);
        remark.setLayoutData(Ui.fill());
        remark.setMessage(ui.say.get("screen.ambition.remark"));
    }

    private Optional<Endorsement> current() {
        return selected.get().map(v -> v.endorsements().get(partnerId));
    }

    private void recognise(int index) {
        selected.get().ifPresent(v -> {
            Endorsement now = v.endorsements().get(partnerId);
            Endorsement next = index <= 0 ? null
                    : new Endorsement(Recognition.values()[index - 1], now == null ? remark.getText() : now.remark());
            if (next != null || now != null) {
                ui.apply(Edits.endorse(v.id(), partnerId, next));
            }
        });
    }

    private void remark(String text) {
        selected.get().ifPresent(v -> {
            Endorsement now = v.endorsements().get(partnerId);
            if (now != null) {
                ui.apply(Edits.endorse(v.id(), partnerId, new Endorsement(now.recognition(), text)));
            }
        });
    }

    @Override
    public Control control() {
        return row;
    }

    @Override
    public void show(Partner p) {
        if (!name.getText().equals(Ui.plain(p.name()))) {
            name.setText(Ui.plain(p.name()));
        }
        ((GridData) name.getLayoutData()).widthHint = nameWidth.getAsInt();
        Optional<Endorsement> e = current();
        Ui.show(recognition, e.map(x -> x.recognition().ordinal() + 1).orElse(0));
        Ui.show(remark, e.map(Endorsement::remark).orElse(""));
        remark.setEnabled(e.isPresent());
    }
}

package nl.koers.instrument.brengenhalen.internal.screen;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.CoreValue;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.InterestsEditor;
import nl.koers.instrument.api.swt.kit.PartnerChoice;
import nl.koers.instrument.api.swt.kit.Rows;

/**
 * Step 2, homework on interests and core value: the partner's own interest, independent of this collaboration
 * (of the organisation, or of the person at the table), what the collaboration must add to it (level network),
 * each a wish or a demand; and its core values: when does the other make it really angry.
 */
final class InterestsStep extends PartnerStep {
    private final InterestsEditor interests;
    private Rows<CoreValue> values;

    InterestsStep(Composite parent, WorkContext ctx, PartnerChoice choice,
            java.util.function.Function<Composite, HomeworkButtons.Dialogs> dialogs) {
        super(parent, ctx, choice, dialogs);
        interests = new InterestsEditor(ui, partners, words("screen.interests.own"),
                words("screen.interests.network"));
        start();
    }

    @Override
    public void build(Composite content) {
        interests.build(content);

        ui.section(content, ui.say.get("screen.coreValue"));
        ui.hint(content, ui.say.get("screen.coreValueHint"));
        Composite valueRows = Ui.column(content, 1);
        values = new Rows<>(CoreValue::id, v -> new CoreValueRow(valueRows, v));
        newCoreValue(content);
    }

    @Override
    public boolean show(Dossier dossier, Partner partner) {
        boolean a = interests.show(dossier, partner);
        boolean c = values.show(partner.coreValues());
        return a || c;
    }

    private void newCoreValue(Composite content) {
        Composite row = Ui.column(content, 2);
        Text[] text = new Text[1];
        Runnable add = () -> {
            String value = text[0].getText().strip();
            if (value.isEmpty() || partnerId() == null) {
                text[0].setFocus();
                return;
            }
            ui.apply(Edits.partner("edit.updatePartner", partnerId(), p -> p.withCoreValues(
                    java.util.stream.Stream.concat(p.coreValues().stream(), java.util.stream.Stream.of(
                            CoreValue.of(value))).toList())));
            text[0].setText("");
            text[0].setFocus();
        };
        text[0] = ui.newField(row, "coreValue.new", ui.say.get("screen.coreValueNew"), add);
        text[0].setLayoutData(Ui.fill());
        ui.rowButton(row, ui.say.get("screen.add"), "coreValue.add", add);
    }

    /** One core value, changed where it stands, and a way to remove it. */
    private final class CoreValueRow implements Rows.Row<CoreValue> {
        private final Composite row;
        private final Text text;

        CoreValueRow(Composite parent, CoreValue value) {
            String valueId = value.id();
            row = new Composite(parent, SWT.NONE);
            // in projector mode the button goes below: beside it a core value got a few words a line
            GridLayout layout = new GridLayout(ui.stacked() ? 1 : 2, false);
            layout.marginWidth = 0;
            layout.marginHeight = 1;
            row.setLayout(layout);
            row.setLayoutData(Ui.fill());
            String id = "coreValue." + valueId;
            java.util.function.Consumer<String> commit = v -> ui.apply(Edits.partner("edit.updatePartner",
                    partnerId(), p -> p.withCoreValues(p.coreValues().stream()
                            .map(c -> c.id().equals(valueId) ? new CoreValue(valueId, v) : c).toList())));
            text = ui.paragraphField(row, id + ".text", 2, commit);
            Button remove = ui.rowButton(row, ui.say.get("screen.remove"), id + ".remove", () -> ui.apply(
                    Edits.partner("edit.updatePartner", partnerId(), p -> p.withCoreValues(p.coreValues().stream()
                            .filter(c -> !c.id().equals(valueId)).toList()))));
            remove.setToolTipText(ui.say.get("screen.remove.coreValue"));
            ((GridData) remove.getLayoutData()).horizontalAlignment = ui.stacked() ? SWT.END : SWT.FILL;
        }

        @Override
        public Control control() {
            return row;
        }

        @Override
        public void show(CoreValue value) {
            Ui.show(text, value.text());
        }
    }
}

package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Dossier;
import nl.koers.domain.analysis.Match;
import nl.koers.instrument.brengenhalen.internal.ConversationData;

/**
 * One match on screen: a box to tick when the partners agreed on it, the sentence, a button to dismiss it (or put it
 * back), and why it matches below. It can show the match again as it reads now, or another match, in the same
 * widgets: a list that changed keeps the rows of the matches that stay.
 */
final class MatchRow {
    private final Ui ui;
    private final Composite row;
    private final Button box;
    private final Label sentence;
    private final Button dismiss;
    private final Label reason;
    private Match match;
    private boolean dismissed;

    MatchRow(Ui ui, Composite parent) {
        this.ui = ui;
        row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 1;
        row.setLayout(layout);
        row.setLayoutData(Ui.fill());
        box = new Button(row, SWT.CHECK);
        box.setFont(ui.font());
        box.setText(ui.say.get("screen.agreed"));
        box.setToolTipText(ui.say.get("screen.agreedHint"));
        box.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        sentence = new Label(row, SWT.WRAP);
        sentence.setFont(ui.font());
        sentence.setLayoutData(Ui.fill());
        dismiss = new Button(row, SWT.PUSH);
        dismiss.setFont(ui.font());
        dismiss.setToolTipText(ui.say.get("screen.dismissHint"));
        dismiss.setLayoutData(new GridData(SWT.RIGHT, SWT.TOP, false, false));
        new Label(row, SWT.NONE);
        reason = ui.hint(row, "");
        ((GridData) reason.getLayoutData()).horizontalSpan = 2;
        box.addListener(SWT.Selection, e -> {
            boolean on = box.getSelection();
            ConversationData data = ConversationData.of(ui.ctx.dossier());
            if (data.agreed(match) != on) {
                ui.apply(data.agree(match, on));
            }
        });
        dismiss.addListener(SWT.Selection,
                e -> ui.apply(ConversationData.of(ui.ctx.dossier()).dismiss(match, !dismissed)));
    }

    /** {@return the row's composite} */
    Composite control() {
        return row;
    }

    /**
     * Shows {@code m} as it reads in {@code d}, its widgets named {@code id}, {@code id.agreed}, {@code id.dismiss}
     * and {@code id.reason}; gives {@code changed} the labels whose text changed.
     */
    void show(Dossier d, Match m, String id, Consumer<Control> changed) {
        match = m;
        Ui.id(box, id + ".agreed");
        Ui.id(sentence, id);
        Ui.id(dismiss, id + ".dismiss");
        Ui.id(reason, id + ".reason");
        ConversationData data = ConversationData.of(d);
        dismissed = data.dismissed(m);
        String text = ui.say.match(d, m);
        LineRow.say(sentence, dismissed ? ui.say.format("screen.dismissedMark", text) : text, changed);
        LineRow.say(reason, m.reason().describe(ui.say.locale()), changed);
        String button = ui.say.get(dismissed ? "screen.restore" : "screen.dismiss");
        if (!dismiss.getText().equals(button)) {
            dismiss.setText(button);
            changed.accept(dismiss);
        }
        agreed(data);
    }

    /** Shows whether the partners agreed on the match, as {@code data} says. */
    void agreed(ConversationData data) {
        boolean on = data.agreed(match);
        if (box.getSelection() != on) {
            box.setSelection(on);
        }
        sentence.setForeground(on ? Ui.AGREED : null);
    }
}

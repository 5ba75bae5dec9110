package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Dossier;
import nl.koers.domain.analysis.Match;
import nl.koers.instrument.brengenhalen.internal.ConversationData;

/**
 * Matches with a box to tick when the partners agreed on them: one partner brings it, the other gets it. A tick
 * is an edit of the instrument's data, undone with Ctrl+Z like any other. Shown in the commonalities and in the
 * balance; both show the same agreements.
 */
final class MatchRows {
    private final Ui ui;
    private final Map<Match, Button> boxes = new LinkedHashMap<>();
    private final Map<Match, Label> sentences = new LinkedHashMap<>();

    MatchRows(Ui ui) {
        this.ui = ui;
    }

    /** Forgets the rows (their widgets are about to go). */
    void clear() {
        boxes.clear();
        sentences.clear();
    }

    /** One match: the box, then the sentence; {@code id} names both for the tests. Returns the row. */
    Composite add(Composite parent, Dossier d, Match m, String id) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 1;
        row.setLayout(layout);
        row.setLayoutData(Ui.fill());
        Button box = Ui.id(new Button(row, SWT.CHECK), id + ".agreed");
        box.setFont(ui.font());
        box.setText(ui.say.get("screen.agreed"));
        box.setToolTipText(ui.say.get("screen.agreedHint"));
        box.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Label sentence = Ui.id(new Label(row, SWT.WRAP), id);
        sentence.setFont(ui.font());
        sentence.setText(Ui.plain(ui.say.match(d, m)));
        sentence.setLayoutData(Ui.fill());
        box.addListener(SWT.Selection, e -> {
            boolean on = box.getSelection();
            Dossier now = ui.ctx.dossier();
            ConversationData data = ConversationData.of(now);
            if (data.agreed(m) != on) {
                // only the instrument's data change: the screens update the boxes and keep their widgets
                ui.apply(data.withAgreed(m, on).edit());
            }
        });
        boxes.put(m, box);
        sentences.put(m, sentence);
        show(ConversationData.of(d));
        return row;
    }

    /** Shows which matches are agreed. */
    void show(ConversationData data) {
        boxes.forEach((m, box) -> {
            if (box.isDisposed()) {
                return;
            }
            boolean on = data.agreed(m);
            if (box.getSelection() != on) {
                box.setSelection(on);
            }
            sentences.get(m).setForeground(on ? Ui.AGREED : null);
        });
    }
}

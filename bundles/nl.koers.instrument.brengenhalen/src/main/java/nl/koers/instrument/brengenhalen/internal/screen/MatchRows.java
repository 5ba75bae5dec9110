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
 * Matches with a box to tick when the partners agreed on them (one partner brings it, the other gets it), a
 * button to dismiss one that means nothing, and why they match. A tick confirms the match in the dossier
 * ({@link ConversationData#agree}), undone with Ctrl+Z like any other edit. Shown in the commonalities and in the
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

    /**
     * One match: the box, the sentence and a button to dismiss it (or put it back), with why it matches below;
     * {@code id} names them for the tests. Returns the row.
     */
    Composite add(Composite parent, Dossier d, Match m, String id) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
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
        boolean gone = ConversationData.of(d).dismissed(m);
        String text = ui.say.match(d, m);
        sentence.setText(Ui.plain(gone ? ui.say.format("screen.dismissedMark", text) : text));
        sentence.setLayoutData(Ui.fill());
        Button dismiss = Ui.id(new Button(row, SWT.PUSH), id + ".dismiss");
        dismiss.setFont(ui.font());
        dismiss.setText(ui.say.get(gone ? "screen.restore" : "screen.dismiss"));
        dismiss.setToolTipText(ui.say.get("screen.dismissHint"));
        dismiss.setLayoutData(new GridData(SWT.RIGHT, SWT.TOP, false, false));
        new Label(row, SWT.NONE);
        Label reason = Ui.id(ui.hint(row, m.reason().describe(ui.say.locale())), id + ".reason");
        ((GridData) reason.getLayoutData()).horizontalSpan = 2;
        box.addListener(SWT.Selection, e -> {
            boolean on = box.getSelection();
            ConversationData data = ConversationData.of(ui.ctx.dossier());
            if (data.agreed(m) != on) {
                ui.apply(data.agree(m, on));
            }
        });
        dismiss.addListener(SWT.Selection, e -> ui.apply(ConversationData.of(ui.ctx.dossier()).dismiss(m, !gone)));
        boxes.put(m, box);
        sentences.put(m, sentence);
        // this row only: showing every row again for each one added made a long list quadratic
        show(box, sentence, ConversationData.of(d).agreed(m));
        return row;
    }

    /** Shows which matches are agreed. */
    void show(ConversationData data) {
        boxes.forEach((m, box) -> {
            if (!box.isDisposed()) {
                show(box, sentences.get(m), data.agreed(m));
            }
        });
    }

    private static void show(Button box, Label sentence, boolean on) {
        if (box.getSelection() != on) {
            box.setSelection(on);
        }
        sentence.setForeground(on ? Ui.AGREED : null);
    }
}

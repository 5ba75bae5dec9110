package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;

import nl.koers.domain.Dossier;
import nl.koers.domain.analysis.Match;
import nl.koers.instrument.brengenhalen.internal.ConversationData;

/**
 * The matches a screen shows ({@link MatchRow}), each with a box to tick when the partners agreed on it. A tick
 * confirms the match in the dossier ({@link ConversationData#agree}), undone with Ctrl+Z like any other edit. Shown
 * in the commonalities and in the balance; both show the same agreements.
 */
final class MatchRows {
    private final Ui ui;
    private final List<MatchRow> rows = new ArrayList<>();

    MatchRows(Ui ui) {
        this.ui = ui;
    }

    /** {@return a row in {@code parent}, showing nothing yet} It is forgotten when its widgets go. */
    MatchRow row(Composite parent) {
        MatchRow row = new MatchRow(ui, parent);
        rows.add(row);
        row.control().addDisposeListener(e -> rows.remove(row));
        return row;
    }

    /** Shows which matches are agreed. */
    void show(ConversationData data) {
        for (MatchRow row : rows) {
            row.agreed(data);
        }
    }
}

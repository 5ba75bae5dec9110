package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.IssueStatus;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.edit.IssueEdits;

/**
 * The fourth core question while a partner has the floor: which spannende punten must be resolved soon. What is
 * typed here goes on the dossier's own list of spannende punten (Dossier &gt; Spannende punten), with the partner
 * being discussed as the one who takes it up, so it is not lost among the notes.
 */
final class IssueRow {
    private final Ui ui;
    private final Supplier<String> speaker;
    private final Text text;
    private final Label count;

    IssueRow(Ui ui, Composite parent, Supplier<String> speaker) {
        this.ui = ui;
        this.speaker = speaker;
        // on the projector the field on a line of its own: beside the button and the count in large type it was
        // narrower than one letter at 1024 pixels wide
        Composite row = Ui.column(parent, ui.stacked() ? 2 : 3);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text = ui.newField(row, "issue.text", ui.say.get("screen.issue.message"), this::add);
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        textData.horizontalSpan = ui.stacked() ? 2 : 1;
        text.setLayoutData(textData);
        ui.button(row, ui.say.get("screen.issue.add"), "issue.add", this::add)
                .setToolTipText(ui.say.get("screen.issue.hint"));
        count = Ui.id(new Label(row, SWT.NONE), "issue.count");
        count.setFont(ui.font());
        show();
    }

    /** Adds what is typed for the partner who has the floor; nothing typed adds nothing. */
    private void add() {
        String typed = text.getText().strip();
        if (typed.isEmpty()) {
            text.setFocus();
            return;
        }
        String who = speaker.get();
        ui.apply(IssueEdits.add(OpenIssue.of(typed, who == null ? "" : who)));
        text.setText("");
        show();
    }

    /** How many points are still open on the dossier's list. */
    void show() {
        if (count.isDisposed()) {
            return;
        }
        long open = ui.ctx.dossier().openIssues().stream().filter(i -> i.status() == IssueStatus.OPEN).count();
        String shown = ui.say.format("screen.issue.count", open);
        if (!count.getText().equals(shown)) {
            count.setText(shown);
            count.getParent().layout(true);
        }
    }
}

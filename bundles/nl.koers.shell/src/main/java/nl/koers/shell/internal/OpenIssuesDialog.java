package nl.koers.shell.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Dossier;
import nl.koers.domain.IssueStatus;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.Partner;
import nl.koers.domain.Texts;
import nl.koers.domain.edit.IssueEdits;

/**
 * Dossier &gt; Spannende punten: the dossier's list of issues to resolve soon and the agreements about them, beside
 * whatever instrument is open. The facilitator adds, edits, gives to a partner or a person, and closes points
 * here; instruments add them too. It redraws from the dossier it is shown, so undo needs nothing special.
 */
final class OpenIssuesDialog extends DossierDialog {
    /** The printable of this list ({@code nl.koers.render}), offered when it is installed. */
    static final String PRINTABLE = "koers.spannendepunten";

    private final Workbench window;
    private final Texts texts;
    private final Texts words;
    private final Table table;
    private final Composite details;
    private final Text text;
    private final Combo partner;
    private final Text person;
    private final Text date;
    private final Combo status;
    private final Button remove;
    private final Button close;
    private Dossier dossier = Dossier.titled("");
    private String issueId;

    OpenIssuesDialog(Workbench window) {
        super(window, window.texts().get("issues.title"), "issues");
        this.window = window;
        this.texts = window.texts();
        this.words = window.words();
        table = new Table(shell, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        table.setData(Ids.KEY, "issues.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 200;
        table.setLayoutData(tableData);
        for (String column : List.of("issues.column.text", "issues.column.owner", "issues.column.date",
                "issues.column.status")) {
            new TableColumn(table, SWT.NONE).setText(texts.get(column));
        }
        table.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            issueId = i >= 0 && i < dossier.openIssues().size() ? dossier.openIssues().get(i).id() : null;
            showIssue();
        });

        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayout(new RowLayout());
        button(buttons, "issues.add", this::add);
        remove = button(buttons, "issues.remove", () -> window.edits().apply(IssueEdits.remove(issueId)));
        close = button(buttons, "issues.close", () -> update(issue().withStatus(IssueStatus.DONE)));
        button(buttons, "issues.print", this::print);

        details = new Composite(shell, SWT.NONE);
        details.setLayout(new GridLayout(2, false));
        details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        text = form.text(details, texts.get("issues.text"), "issues.text", () -> issue().text(),
                v -> update(issue().withText(v)));
        partner = form.choice(details, texts.get("issues.partner"), "issues.partner", new String[0],
                i -> update(issue().withOwner(i <= 0 ? "" : dossier.partners().get(i - 1).id(), issue().ownerName())));
        person = form.text(details, texts.get("issues.person"), "issues.person", () -> issue().ownerName(),
                v -> update(issue().withOwner(issue().partnerId(), v)));
        date = form.text(details, texts.get("issues.date"), "issues.date", this::shownDate, this::setDate);
        date.setMessage(texts.get("issues.date.hint"));
        status = form.choice(details, texts.get("issues.status"), "issues.status", labels(), i -> update(
                issue().withStatus(IssueStatus.values()[i])));
        shell.setSize(760, 520);
    }

    /** Chooses the point {@code id}, as a click in the list would (a search found it). */
    void select(String id) {
        issueId = id;
        showIssue();
    }

    /** Shows the points of {@code d}; the chosen one stays chosen while it is there. */
    @Override
    void show(Dossier d) {
        if (shell.isDisposed()) {
            return;
        }
        dossier = d;
        List<OpenIssue> issues = d.openIssues();
        table.setItemCount(issues.size());
        for (int i = 0; i < issues.size(); i++) {
            OpenIssue issue = issues.get(i);
            table.getItem(i).setText(new String[] { issue.text(), issue.owner(d),
                    issue.date() == null ? "" : issue.date().toString(), words.label(issue.status()) });
        }
        DossierPage.fitColumns(table);
        String[] partners = new String[d.partners().size() + 1];
        partners[0] = texts.get("issues.partner.none");
        for (int i = 0; i < d.partners().size(); i++) {
            partners[i + 1] = d.partners().get(i).name();
        }
        if (!List.of(partners).equals(List.of(partner.getItems()))) {
            partner.setItems(partners);
        }
        showIssue();
    }

    private void showIssue() {
        int index = issueId == null ? -1 : dossier.openIssues().stream().map(OpenIssue::id).toList().indexOf(issueId);
        if (index >= 0) {
            table.setSelection(index);
        } else {
            table.deselectAll();
        }
        remove.setEnabled(index >= 0);
        close.setEnabled(index >= 0 && issue().status() != IssueStatus.DONE);
        details.setVisible(index >= 0);
        if (index >= 0) {
            OpenIssue issue = issue();
            Form.show(text, issue.text());
            Form.show(partner, 1 + dossier.partners().stream().map(Partner::id).toList().indexOf(issue.partnerId()));
            Form.show(person, issue.ownerName());
            Form.show(date, shownDate());
            Form.show(status, issue.status().ordinal());
        }
    }

    private void add() {
        OpenIssue issue = OpenIssue.of(texts.get("issues.new"), "");
        issueId = issue.id();
        window.edits().apply(IssueEdits.add(issue));
        text.setFocus();
        text.selectAll();
    }

    private void update(OpenIssue changed) {
        if (dossier.openIssue(changed.id()).isPresent()) {
            window.edits().apply(IssueEdits.update(changed));
        }
    }

    private String shownDate() {
        return issue().date() == null ? "" : issue().date().toString();
    }

    /** A date as 2026-03-01; an empty field takes the date away, one that is not a date is told and not kept. */
    private void setDate(String typed) {
        try {
            update(issue().withDate(typed.isBlank() ? null : LocalDate.parse(typed.strip())));
        } catch (DateTimeParseException e) {
            window.alert(SWT.ICON_WARNING, "issues.date.wrong.title", texts.format("issues.date.wrong", typed));
            Form.show(date, shownDate());
        }
    }

    private void print() {
        form.commitPending();
        window.catalogue().printables().stream().filter(p -> p.id().equals(PRINTABLE)).findFirst()
                .ifPresentOrElse(window.exports()::preview, () -> window.alert(SWT.ICON_INFORMATION,
                        "issues.print.none.title", texts.get("issues.print.none")));
    }

    private OpenIssue issue() {
        return dossier.openIssue(issueId).orElse(new OpenIssue(issueId, "", "", "", null, IssueStatus.OPEN));
    }

    private String[] labels() {
        IssueStatus[] values = IssueStatus.values();
        String[] items = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = words.label(values[i]);
        }
        return items;
    }

    private Button button(Composite parent, String key, Runnable action) {
        return DossierPage.button(parent, texts.get(key), key, action);
    }
}

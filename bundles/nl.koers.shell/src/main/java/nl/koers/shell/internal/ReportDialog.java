package nl.koers.shell.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Texts;
import nl.koers.report.OfferedChapter;
import nl.koers.report.ReportPlan;

/**
 * File &gt; Verslag: which chapters go in and in which order (check boxes, up and down, also with Alt+arrow), the
 * facilitator's introduction and closing, and the format. Does not wait: it hands the choice on when the user
 * presses Save, so the window (and a test) keeps running while it is open.
 */
final class ReportDialog {
    /** What the user chose. */
    record Choice(ReportPlan plan, String format) {
    }

    private final Shell shell;
    private final Table chapters;
    private final Text introduction;
    private final Text closing;
    private final Combo format;
    private final Button save;
    private final List<OfferedChapter> offered;

    ReportDialog(Shell parent, Texts texts, List<OfferedChapter> offered, List<String> formats,
            Consumer<Choice> chosen) {
        this.offered = List.copyOf(offered);
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        shell.setText(texts.get("report.title"));
        shell.setData(Ids.KEY, "report");
        shell.setLayout(new GridLayout(2, false));

        label(shell, texts.get(offered.isEmpty() ? "report.noChapters" : "report.chapters"), 2);
        chapters = new Table(shell, SWT.CHECK | SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        chapters.setData(Ids.KEY, "report.chapters");
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 200;
        tableData.widthHint = 420;
        chapters.setLayoutData(tableData);
        for (OfferedChapter c : offered) {
            TableItem row = new TableItem(chapters, SWT.NONE);
            row.setText(c.title());
            row.setData(c.id());
            row.setChecked(true);
        }
        if (!offered.isEmpty()) {
            chapters.setSelection(0);
        }
        Composite moves = new Composite(shell, SWT.NONE);
        moves.setLayout(new GridLayout(1, true));
        moves.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button(moves, texts.get("report.up"), "report.up", () -> move(-1));
        button(moves, texts.get("report.down"), "report.down", () -> move(1));
        button(moves, texts.get("report.all"), "report.all", () -> checkAll(true));
        button(moves, texts.get("report.none"), "report.none", () -> checkAll(false));
        chapters.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.ALT) != 0 && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
                move(e.keyCode == SWT.ARROW_UP ? -1 : 1);
                e.doit = false;
            }
        });

        label(shell, texts.get("report.introduction"), 2);
        introduction = text("report.introduction");
        label(shell, texts.get("report.closing"), 2);
        closing = text("report.closing");

        Composite bottom = new Composite(shell, SWT.NONE);
        bottom.setLayout(new GridLayout(5, false));
        bottom.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(bottom, SWT.NONE).setText(texts.get("report.format"));
        format = new Combo(bottom, SWT.READ_ONLY);
        format.setData(Ids.KEY, "report.format");
        formats.forEach(f -> format.add(f.toUpperCase(java.util.Locale.ROOT)));
        format.setData(List.copyOf(formats));
        format.select(Math.max(0, formats.indexOf("pdf")));
        new Label(bottom, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        save = button(bottom, texts.get("report.save"), "report.save", () -> {
            Choice choice = choice();
            shell.close();
            chosen.accept(choice);
        });
        save.setEnabled(!formats.isEmpty() && !offered.isEmpty());
        button(bottom, texts.get("report.cancel"), "report.cancel", shell::close);
        chapters.addListener(SWT.Selection, e -> save.setEnabled(!formats.isEmpty() && !checked().isEmpty()));
        shell.setDefaultButton(save);
        ChoiceDialog.placeOver(shell, parent);
    }

    Shell shell() {
        return shell;
    }

    void open() {
        shell.open();
        chapters.setFocus();
    }

    /** The chapters ticked, in the order shown. */
    List<String> checked() {
        List<String> ids = new ArrayList<>();
        for (TableItem row : chapters.getItems()) {
            if (row.getChecked()) {
                ids.add((String) row.getData());
            }
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private Choice choice() {
        List<String> formats = (List<String>) format.getData();
        return new Choice(new ReportPlan(checked(), introduction.getText(), closing.getText()),
                formats.get(format.getSelectionIndex()));
    }

    /** Moves the selected chapter one place up or down, keeping its tick and the selection on it. */
    private void move(int by) {
        int from = chapters.getSelectionIndex();
        int to = from + by;
        if (from < 0 || to < 0 || to >= chapters.getItemCount()) {
            return;
        }
        TableItem a = chapters.getItem(from);
        TableItem b = chapters.getItem(to);
        String text = a.getText();
        Object id = a.getData();
        boolean checked = a.getChecked();
        a.setText(b.getText());
        a.setData(b.getData());
        a.setChecked(b.getChecked());
        b.setText(text);
        b.setData(id);
        b.setChecked(checked);
        chapters.setSelection(to);
        chapters.showSelection();
    }

    private void checkAll(boolean on) {
        for (TableItem row : chapters.getItems()) {
            row.setChecked(on);
        }
        save.setEnabled(on && format.getItemCount() > 0 && !offered.isEmpty());
    }

    private Text text(String id) {
        Text t = new Text(shell, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
        t.setData(Ids.KEY, id);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        data.heightHint = 70;
        t.setLayoutData(data);
        // Tab leaves the field, as in every other field of the dialog; a tab in a report's text means nothing
        t.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
        return t;
    }

    private static void label(Composite parent, String text, int span) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
        data.widthHint = 520;
        l.setLayoutData(data);
    }

    private static Button button(Composite parent, String text, String id, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setData(Ids.KEY, id);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }
}

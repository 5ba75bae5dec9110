package nl.koers.shell.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nl.koers.domain.Dossier;
import nl.koers.domain.Texts;
import nl.koers.store.HistoryEntry;

/** File > History: the earlier versions of the open dossier, newest first, and the one to put back. */
final class HistoryDialog {
    /** One kept version and what it holds; {@code dossier} is null when the copy could not be read. */
    record Version(HistoryEntry entry, Dossier dossier) {
    }

    private final Shell shell;
    private final Table table;
    private final Button restore;
    private final List<Version> versions;
    private Version chosen;

    HistoryDialog(Shell parent, Texts texts, String dossierName, List<Version> versions) {
        this.versions = List.copyOf(versions);
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        shell.setText(texts.format("history.title", dossierName));
        shell.setData(Ids.KEY, "history");
        shell.setLayout(new GridLayout(1, false));
        Label intro = new Label(shell, SWT.WRAP);
        intro.setText(versions.isEmpty() ? texts.get("history.none") : texts.get("history.intro"));
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
        introData.widthHint = 560;
        intro.setLayoutData(introData);

        table = new Table(shell, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        table.setData(Ids.KEY, "history.table");
        table.setHeaderVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 240;
        table.setLayoutData(tableData);
        for (String column : List.of("history.column.savedAt", "history.column.size", "history.column.title",
                "history.column.partners")) {
            new TableColumn(table, SWT.NONE).setText(texts.get(column));
        }
        for (Version v : versions) {
            TableItem row = new TableItem(table, SWT.NONE);
            Dossier d = v.dossier();
            row.setText(new String[] { Formats.when(v.entry().savedAt(), texts.locale()),
                    Formats.size(v.entry().size(), texts.locale()),
                    d == null ? texts.get("history.unreadable") : d.title(),
                    d == null ? "" : String.valueOf(d.partners().size()) });
        }
        for (TableColumn c : table.getColumns()) {
            c.pack();
        }

        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        restore = new Button(buttons, SWT.PUSH);
        restore.setText(texts.get("history.restore"));
        restore.setData(Ids.KEY, "history.restore");
        restore.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        restore.setEnabled(false);
        restore.addListener(SWT.Selection, e -> {
            chosen = selected();
            shell.close();
        });
        Button cancel = new Button(buttons, SWT.PUSH);
        cancel.setText(texts.get("dialog.cancel"));
        cancel.setData(Ids.KEY, "history.cancel");
        cancel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        cancel.addListener(SWT.Selection, e -> shell.close());
        // an unreadable copy is listed, so the user sees it exists, but cannot be put back
        table.addListener(SWT.Selection, e -> restore.setEnabled(selected() != null && selected().dossier() != null));
        table.addListener(SWT.DefaultSelection, e -> {
            if (restore.isEnabled()) {
                restore.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            }
        });
        ChoiceDialog.placeOver(shell, parent);
    }

    private Version selected() {
        int i = table.getSelectionIndex();
        return i < 0 ? null : versions.get(i);
    }

    Shell shell() {
        return shell;
    }

    void show() {
        shell.open();
    }

    /** Shows the versions and waits; the one to put back, or empty when the user cancels. */
    Optional<Version> open() {
        show();
        Display display = shell.getDisplay();
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return Optional.ofNullable(chosen);
    }

    Optional<Version> chosen() {
        return Optional.ofNullable(chosen);
    }
}

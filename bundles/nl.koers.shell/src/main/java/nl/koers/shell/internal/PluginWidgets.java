package nl.koers.shell.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import nl.koers.domain.Texts;

/** The plugin dialog's building blocks: a bold heading, a table with its columns, a row of buttons. */
final class PluginWidgets {
    private PluginWidgets() {
    }

    static void heading(Composite shell, String text) {
        Label label = new Label(shell, SWT.NONE);
        label.setText(text);
        var base = label.getFont().getFontData()[0];
        var bold = new org.eclipse.swt.graphics.Font(label.getDisplay(), base.getName(), base.getHeight() + 1, SWT.BOLD);
        label.setFont(bold);
        label.addDisposeListener(e -> bold.dispose());
    }

    static Table table(Composite shell, Texts texts, String id, String... columns) {
        Table table = new Table(shell, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setData(Ids.KEY, id);
        table.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 120;
        table.setLayoutData(data);
        for (String key : columns) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(texts.get(key));
            column.setWidth(switch (key.substring(key.lastIndexOf('.') + 1)) {
                case "name", "signer" -> 230;
                case "vendor", "instruments" -> 170;
                default -> 90;
            });
        }
        return table;
    }

    static Composite row(Composite shell, int columns) {
        Composite row = new Composite(shell, SWT.NONE);
        row.setLayout(new GridLayout(columns, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return row;
    }
}

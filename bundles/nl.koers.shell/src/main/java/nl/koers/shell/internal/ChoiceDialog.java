package nl.koers.shell.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A question with buttons that say what they do ("Alleen lezen", "Elders opslaan…"), which a native message box
 * cannot: its buttons are only yes, no, ok and cancel. Optional rows of facts sit between the text and the buttons.
 */
final class ChoiceDialog {
    /** One fact shown under the question, as "label: value". */
    record Fact(String label, String value) {
    }

    private final Shell shell;
    private int chosen = -1;

    /**
     * @param choices the button texts, left to right; the first is the default, the last is what closing the
     *        window means
     */
    ChoiceDialog(Shell parent, String id, int icon, String title, String message, List<Fact> facts,
            List<String> choices) {
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        shell.setText(title);
        shell.setData(Ids.KEY, id);
        shell.setLayout(new GridLayout(2, false));
        Label image = new Label(shell, SWT.NONE);
        image.setImage(parent.getDisplay().getSystemImage(icon));
        image.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, false, false));
        Label text = new Label(shell, SWT.WRAP);
        text.setText(message);
        text.setData(Ids.KEY, id + ".message");
        GridData textData = new GridData(SWT.FILL, SWT.TOP, true, false);
        textData.widthHint = 460;
        text.setLayoutData(textData);
        if (!facts.isEmpty()) {
            new Label(shell, SWT.NONE);
            Composite grid = new Composite(shell, SWT.NONE);
            grid.setLayout(new GridLayout(2, false));
            grid.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            for (Fact f : facts) {
                Label label = new Label(grid, SWT.NONE);
                label.setText(f.label());
                label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
                Label value = new Label(grid, SWT.WRAP);
                value.setText(f.value());
                GridData valueData = new GridData(SWT.FILL, SWT.TOP, true, false);
                valueData.widthHint = 360;
                value.setLayoutData(valueData);
            }
        }
        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayout(new GridLayout(choices.size(), true));
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
        for (int i = 0; i < choices.size(); i++) {
            int index = i;
            Button b = new Button(buttons, SWT.PUSH);
            b.setText(choices.get(i));
            b.setData(Ids.KEY, id + "." + i);
            b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            b.addListener(SWT.Selection, e -> {
                chosen = index;
                shell.close();
            });
            if (i == 0) {
                shell.setDefaultButton(b);
            }
        }
        // closing the window is the last choice: "Annuleren", "Later", "OK"
        shell.addListener(SWT.Close, e -> {
            if (chosen < 0) {
                chosen = choices.size() - 1;
            }
        });
        placeOver(shell, parent);
    }

    /** Sizes a dialog to its content and puts it over the middle of the window, a little high, as GTK does. */
    static void placeOver(Shell dialog, Shell parent) {
        dialog.pack();
        var p = parent.getBounds();
        var s = dialog.getSize();
        dialog.setLocation(p.x + Math.max(0, (p.width - s.x) / 2), p.y + Math.max(0, (p.height - s.y) / 3));
    }

    Shell shell() {
        return shell;
    }

    /** Shows the dialog without waiting (a screenshot, a test that presses a button itself). */
    void show() {
        shell.open();
    }

    /** Shows the dialog and waits for the user's choice: the index into the choices. */
    int open() {
        show();
        Display display = shell.getDisplay();
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return chosen;
    }

    /** The choice made so far; -1 while the dialog is open and nothing was pressed. */
    int chosen() {
        return chosen;
    }
}

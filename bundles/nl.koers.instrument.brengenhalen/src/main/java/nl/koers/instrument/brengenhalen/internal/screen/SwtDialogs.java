package nl.koers.instrument.brengenhalen.internal.screen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.koers.instrument.brengenhalen.internal.Phrases;

/** The homework buttons' questions as the window asks them: the system's folder and file choosers, and a text. */
final class SwtDialogs implements HomeworkButtons.Dialogs {
    private final Control owner;
    private final Phrases say;

    SwtDialogs(Control owner, Phrases say) {
        this.owner = owner;
        this.say = say;
    }

    @Override
    public Path folder(String title) {
        DirectoryDialog d = new DirectoryDialog(owner.getShell());
        d.setText(title);
        d.setMessage(title);
        String chosen = d.open();
        return chosen == null ? null : Path.of(chosen);
    }

    @Override
    public List<Path> forms(String title) {
        FileDialog d = new FileDialog(owner.getShell(), SWT.OPEN | SWT.MULTI);
        d.setText(title);
        d.setFilterExtensions(new String[] {"*.pdf;*.PDF", "*"});
        d.setFilterNames(new String[] {say.get("screen.homework.pdfFiles"), say.get("screen.homework.allFiles")});
        if (d.open() == null) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        for (String name : d.getFileNames()) {
            out.add(Path.of(d.getFilterPath(), name));
        }
        return out;
    }

    @Override
    public boolean ask(String title, String text) {
        return show(title, text, true);
    }

    @Override
    public void tell(String title, String text) {
        show(title, text, false);
    }

    /** A modal window with the text (scrolling when long) and OK, or Yes and No. */
    private boolean show(String title, String text, boolean question) {
        Shell shell = new Shell(owner.getShell(), SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        shell.setText(title);
        shell.setLayout(new GridLayout(1, false));
        Text body = new Text(shell, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        body.setText(text);
        body.setData(Ui.ID, Ui.PREFIX + "dialog.text");
        GridData bodyData = new GridData(SWT.FILL, SWT.FILL, true, true);
        bodyData.widthHint = 640;
        bodyData.heightHint = Math.min(420, Math.max(80, body.getLineHeight() * (text.split("\n").length + 2)));
        body.setLayoutData(bodyData);
        org.eclipse.swt.widgets.Composite buttons = new org.eclipse.swt.widgets.Composite(shell, SWT.NONE);
        buttons.setLayout(new GridLayout(question ? 2 : 1, true));
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        boolean[] yes = {false};
        Button first = new Button(buttons, SWT.PUSH);
        first.setText(say.get(question ? "screen.homework.yes" : "screen.homework.ok"));
        first.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        first.addListener(SWT.Selection, e -> {
            yes[0] = true;
            shell.close();
        });
        if (question) {
            Button no = new Button(buttons, SWT.PUSH);
            no.setText(say.get("screen.homework.no"));
            no.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            no.addListener(SWT.Selection, e -> shell.close());
            shell.setDefaultButton(no);
        } else {
            shell.setDefaultButton(first);
        }
        shell.pack();
        shell.open();
        Display display = shell.getDisplay();
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return yes[0];
    }
}

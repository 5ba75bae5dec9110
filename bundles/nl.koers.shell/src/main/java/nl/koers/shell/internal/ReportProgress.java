package nl.koers.shell.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;

import nl.koers.domain.Texts;

/**
 * A small window beside the workbench while a report is made: how many chapters are written, and a button that
 * cancels. It does not block the workbench: the facilitator can go on working while the report is written.
 */
final class ReportProgress {
    private final Shell shell;
    private final Label what;
    private final ProgressBar bar;

    ReportProgress(Shell parent, Texts texts, String title, Runnable cancel) {
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.MODELESS);
        shell.setText(title);
        shell.setData(Ids.KEY, "report.progress");
        shell.setLayout(new GridLayout(2, false));
        what = new Label(shell, SWT.NONE);
        what.setData(Ids.KEY, "report.progress.text");
        what.setText(texts.get("progress.making"));
        GridData whatData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        whatData.widthHint = 360;
        what.setLayoutData(whatData);
        bar = new ProgressBar(shell, SWT.HORIZONTAL);
        bar.setData(Ids.KEY, "report.progress.bar");
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button stop = new Button(shell, SWT.PUSH);
        stop.setText(texts.get("progress.cancel"));
        stop.setData(Ids.KEY, "report.progress.cancel");
        stop.addListener(SWT.Selection, e -> {
            stop.setEnabled(false);
            cancel.run();
        });
        // closing the little window cancels too: nobody is left to see the report finish otherwise
        shell.addListener(SWT.Close, e -> {
            if (stop.isEnabled()) {
                stop.setEnabled(false);
                cancel.run();
            }
        });
        ChoiceDialog.placeOver(shell, parent);
        shell.open();
    }

    /** Shows {@code done} of {@code total} chapters written, as text and as a bar. */
    void chapters(String text, int done, int total) {
        if (shell.isDisposed()) {
            return;
        }
        what.setText(text);
        bar.setMaximum(Math.max(1, total));
        bar.setSelection(done);
    }

    void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }

    Shell shell() {
        return shell;
    }
}

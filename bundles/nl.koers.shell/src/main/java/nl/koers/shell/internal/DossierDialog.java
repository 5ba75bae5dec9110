package nl.koers.shell.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Shell;

import nl.koers.domain.Dossier;

/**
 * A window beside the workbench on one part of the open dossier (the spannende punten, the session plans), open
 * beside whatever instrument is at work. It redraws from the dossier it is shown, so undo needs nothing special, and
 * it goes with its dossier.
 */
abstract class DossierDialog {
    /** The window; its children are the subclass's. */
    final Shell shell;
    /** Its fields, committed before a save, an undo or a close. */
    final Form form = new Form();

    DossierDialog(Workbench window, String title, String id) {
        shell = new Shell(window.shell(), SWT.DIALOG_TRIM | SWT.RESIZE);
        shell.setText(title);
        shell.setData(Ids.KEY, id);
        shell.setLayout(new GridLayout(1, false));
        shell.addListener(SWT.Close, e -> form.commitPending());
    }

    /** Shows what {@code d} holds of this part; what was chosen stays chosen while it is there. */
    abstract void show(Dossier d);

    void open() {
        shell.open();
        shell.setActive();
    }

    boolean isOpen() {
        return !shell.isDisposed();
    }

    /** Commits what is typed in a field, before a save, an undo or a close. */
    void commitPending() {
        if (!shell.isDisposed()) {
            form.commitPending();
        }
    }

    void close() {
        if (!shell.isDisposed()) {
            form.commitPending();
            shell.dispose();
        }
    }

    /** Keeps an open dialog with the dossier the window shows: shown anew, or closed when none is open. */
    static void follow(DossierDialog dialog, Dossier shown) {
        if (dialog != null && dialog.isOpen()) {
            if (shown == null) {
                dialog.close();
            } else {
                dialog.show(shown);
            }
        }
    }
}

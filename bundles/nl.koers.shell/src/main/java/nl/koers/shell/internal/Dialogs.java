package nl.koers.shell.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;

import nl.koers.domain.Texts;
import nl.koers.store.DossierStore;

/**
 * The questions the workbench puts to the user in native dialogs. Native dialogs cannot be driven by a test
 * robot, so the UI tests answer through a subclass; everything else in the window is exercised for real.
 */
class Dialogs {
    enum Answer {
        SAVE, DISCARD, CANCEL
    }

    private final Shell shell;
    private final Texts texts;

    Dialogs(Shell shell, Texts texts) {
        this.shell = shell;
        this.texts = texts;
    }

    Answer unsavedChanges(String dossierTitle) {
        MessageBox box = new MessageBox(shell, SWT.ICON_QUESTION | SWT.YES | SWT.NO | SWT.CANCEL);
        box.setText(texts.get("dialog.unsaved.title"));
        box.setMessage(texts.format("dialog.unsaved.text", dossierTitle));
        return switch (box.open()) {
            case SWT.YES -> Answer.SAVE;
            case SWT.NO -> Answer.DISCARD;
            default -> Answer.CANCEL;
        };
    }

    Optional<Path> fileToOpen() {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*" + DossierStore.EXTENSION, "*.*" });
        dialog.setFilterNames(new String[] { texts.get("dialog.filter"), texts.get("dialog.filterAll") });
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    Optional<Path> fileToSave(String suggestedName) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*" + DossierStore.EXTENSION });
        dialog.setFilterNames(new String[] { texts.get("dialog.filter") });
        dialog.setOverwrite(true);
        dialog.setFileName(suggestedName);
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    Optional<Path> folderToExport(Path suggested) {
        org.eclipse.swt.widgets.DirectoryDialog dialog = new org.eclipse.swt.widgets.DirectoryDialog(shell);
        dialog.setText(texts.get("dialog.export.title"));
        if (suggested != null) {
            dialog.setFilterPath(suggested.toString());
        }
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    void tell(int icon, String title, String message) {
        if (shell.isDisposed()) {
            return;
        }
        MessageBox box = new MessageBox(shell, icon | SWT.OK);
        box.setText(title);
        box.setMessage(message);
        box.open();
    }
}

package nl.koers.shell.internal;

import java.util.Optional;
import java.util.concurrent.CompletionException;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

import nl.koers.document.DocumentException;
import nl.koers.document.DocumentView;
import nl.koers.domain.edit.Edit;

/**
 * The window's edit path: edits applied to the open dossier, from the UI thread or from a screen's background work,
 * undo and redo, and what is typed in a field committed before a save, an undo or a close.
 */
final class DossierEditing {
    private final Workbench window;

    DossierEditing(Workbench window) {
        this.window = window;
    }

    /**
     * Applies an edit to the open dossier. One the dossier refuses is told as a warning (and so in the log), also
     * when a screen applies it from its background work: the document refuses that on its own thread, and the
     * warning comes here on the UI thread.
     */
    void apply(Edit edit) {
        DocumentView target = window.view().orElse(null);
        if (target == null) {
            return;
        }
        if (Thread.currentThread() != window.display().getThread()) {
            target.document().apply(edit).whenComplete((state, error) -> {
                if (error != null) {
                    window.onUiThread(() -> editFailed(refusal(error)));
                }
            });
            return;
        }
        try {
            target.apply(edit);
        } catch (RuntimeException e) {
            editFailed(e);
        }
    }

    private void editFailed(Throwable e) {
        window.alert(SWT.ICON_WARNING, "dialog.editFailed.title", e instanceof nl.koers.domain.EditRefused r
                ? r.message(window.texts().locale()) : String.valueOf(e.getMessage()));
    }

    /** The edit's own exception, out of the future's and the document's wrapping. */
    private static Throwable refusal(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof DocumentException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    void undo() {
        if (window.view().isPresent()) {
            commitTyping();
            window.view().ifPresent(DocumentView::undo);
        }
    }

    void redo() {
        if (window.view().isPresent()) {
            commitTyping();
            window.view().ifPresent(DocumentView::redo);
        }
    }

    /**
     * What is typed in a field counts before a save, an undo or a close: fields commit when they lose focus,
     * so the focused one (on the dossier page or in an instrument's screen) is told it does.
     */
    void commitTyping() {
        window.dossierPage().commitPending();
        window.sideWindows().commitPending();
        Control focus = window.display().getFocusControl();
        if (focus != null && !focus.isDisposed() && focus.getShell() == window.shell()) {
            focus.notifyListeners(SWT.FocusOut, new Event());
        }
    }
}

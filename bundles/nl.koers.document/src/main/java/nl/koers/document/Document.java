package nl.koers.document;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

import nl.koers.domain.Dossier;
import nl.koers.domain.edit.Edit;
import nl.koers.store.HistoryEntry;

/**
 * One open dossier. Everything that changes it is queued and done in order on the document's own thread, from
 * whichever thread it was asked; what it did comes back as a {@link DocumentState} through the returned future
 * and to every subscriber. Disk work (saves, recovery copies, history) runs on a thread of its own, so edits go
 * on while a save is written.
 *
 * <p>A failed step completes its future with a {@link DocumentException} (possibly wrapped in a
 * {@link java.util.concurrent.CompletionException}) that says what went wrong; the document and its file are as
 * they were.
 */
@ProviderType
public interface Document {
    /**
     * {@return the newest state} A face that draws it should draw the states its subscription delivers instead.
     */
    DocumentState state();

    /** {@return the dossier of the newest state} */
    default Dossier dossier() {
        return state().dossier();
    }

    /**
     * Applies an edit after those asked for before it; an edit that changes nothing is not recorded.
     *
     * @param edit the change; undo takes it back as one step
     * @return the state after it; fails with {@link DocumentException.Kind#EDIT_REFUSED}, the edit's own exception
     *         as the cause, when the dossier refuses it, or {@link DocumentException.Kind#CLOSED}
     */
    CompletableFuture<DocumentState> apply(Edit edit);

    /**
     * Takes back the last edit not yet taken back.
     *
     * @return the state after it; the dossier stays as it is when there is nothing to undo
     */
    CompletableFuture<DocumentState> undo();

    /**
     * Applies again the last edit that undo took back, unless an edit came after it.
     *
     * @return the state after it; the dossier stays as it is when there is nothing to redo
     */
    CompletableFuture<DocumentState> redo();

    /**
     * Saves the dossier as it is when the save's turn comes (every edit asked for before is in it) to the
     * document's file. Fails with {@link DocumentException.Kind#NO_FILE} for a dossier never saved,
     * {@link DocumentException.Kind#READ_ONLY}, {@link DocumentException.Kind#CHANGED_ON_DISK} when another program
     * saved the file since, or {@link DocumentException.Kind#SAVE_FAILED}.
     *
     * @return the state after the save, no longer dirty
     */
    CompletableFuture<DocumentState> save();

    /**
     * Saves to {@code file} (locked first) and makes it the document's file; the old file's lock goes. An existing
     * {@code file} is written over: ask the user before.
     *
     * @param file where to save; from now on the document's file
     * @return the state after the save, with its new file
     */
    CompletableFuture<DocumentState> saveAs(Path file);

    /** {@return the earlier versions of the document's file, newest first; empty for a dossier never saved} */
    CompletableFuture<List<HistoryEntry>> history();

    /**
     * {@return one earlier version} {@link #apply} an edit with it to go back, so undo can take that back.
     *
     * @param entry an entry of {@link #history()}
     */
    CompletableFuture<Dossier> version(HistoryEntry entry);

    /**
     * Calls {@code listener} through {@code executor} with the current state at once and then after every change,
     * in order, until the returned handle is closed or the document closes.
     *
     * <pre>{@code
     * AutoCloseable following = document.subscribe(display::asyncExec, state -> title.setText(state.dossier().title()));
     * }</pre>
     *
     * @param executor where the listener runs, e.g. a UI thread
     * @param listener gets every state, in order
     * @return the subscription; close it to stop listening
     */
    AutoCloseable subscribe(Executor executor, Consumer<DocumentState> listener);

    /**
     * Writes a recovery copy of the unsaved changes now, without waiting for the editing to pause: for a face that
     * sees something that may end the process (a plugin that holds the window, or ran out of memory). Completes
     * when the copy is written (or failed, which the log says), at once when there is nothing to keep.
     *
     * @return completes when the copy is on disk
     */
    CompletableFuture<Void> keepRecoveryCopy();

    /**
     * This face is done with the document; its unsaved changes are given up (the user agreed). When it was the
     * last face, the recovery copy goes, the lock is released and the threads end once the saves in progress are
     * written.
     */
    void close();

    /**
     * Like {@link #close()}, for a face that goes without the user deciding on unsaved changes (the window was
     * closed by the system): a recovery copy of them is written, and offered at the next start.
     */
    void closeKeepingRecovery();
}

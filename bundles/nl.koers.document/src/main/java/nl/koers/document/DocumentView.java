package nl.koers.document;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import nl.koers.domain.Dossier;
import nl.koers.domain.edit.Edit;

/**
 * A document as one face sees it, on that face's own thread (a window's UI thread): the state it shows is the
 * last one delivered to that thread, so the face never draws a state other than one the document had, and draws
 * them in order. An edit the face makes on its own thread is shown before {@link #apply} returns, as a screen
 * expects; an edit made anywhere else arrives through the subscription. Use it on the face's thread only.
 */
public final class DocumentView implements AutoCloseable {
    /** How long a face waits for its own edit; an edit is a pure function and takes microseconds. */
    private static final long WAIT_SECONDS = 30;

    private final Document document;
    private final BooleanSupplier onFaceThread;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AutoCloseable subscription;
    private DocumentState shown;

    /**
     * A view that follows {@code document} until it is closed.
     *
     * @param document the open document
     * @param faceThread runs a task on the face's thread, in order (e.g. {@code display::asyncExec})
     * @param onFaceThread whether the caller is on the face's thread
     */
    public DocumentView(Document document, Executor faceThread, BooleanSupplier onFaceThread) {
        this.document = document;
        this.onFaceThread = onFaceThread;
        this.shown = document.state();
        this.subscription = document.subscribe(faceThread, this::show);
    }

    /** {@return the document, for what a face does off its thread (save, history)} */
    public Document document() {
        return document;
    }

    /** {@return the state this face shows} */
    public DocumentState state() {
        return shown;
    }

    /** {@return the dossier this face shows} */
    public Dossier dossier() {
        return shown.dossier();
    }

    /** {@return whether the dossier this face shows has changes its file does not have} */
    public boolean isDirty() {
        return shown.dirty();
    }

    /** {@return whether there is an edit to undo} */
    public boolean canUndo() {
        return shown.canUndo();
    }

    /** {@return whether there is an edit to redo} */
    public boolean canRedo() {
        return shown.canRedo();
    }

    /** {@return the label key of the edit undo takes back, for the menu item "Undo …"} */
    public Optional<String> undoLabel() {
        return shown.undoLabel();
    }

    /** {@return the label key of the edit redo applies again} */
    public Optional<String> redoLabel() {
        return shown.redoLabel();
    }

    /**
     * Applies an edit. On the face's thread it is shown (and the listeners have heard of it) when this returns; an
     * edit the dossier refuses throws its own exception here, so the face can say why.
     *
     * @param edit the change
     */
    public void apply(Edit edit) {
        showWhenDone(document.apply(edit));
    }

    /** Takes back the last edit; on the face's thread it is shown when this returns. */
    public void undo() {
        showWhenDone(document.undo());
    }

    /** Applies again the edit undo took back; on the face's thread it is shown when this returns. */
    public void redo() {
        showWhenDone(document.redo());
    }

    /**
     * Calls {@code listener} on the face's thread after every state this view shows.
     *
     * @param listener reads {@link #state()} or {@link #dossier()} itself
     */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Stops calling {@code listener}.
     *
     * @param listener one given to {@link #onChange}
     */
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Stops following the document; the document itself stays open until it is closed. */
    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            // a subscription's close does not fail; nothing to undo if it did
        }
        listeners.clear();
    }

    private void showWhenDone(CompletableFuture<DocumentState> change) {
        if (!onFaceThread.getAsBoolean()) {
            return; // another thread: the subscription shows it on the face's thread
        }
        try {
            show(change.get(WAIT_SECONDS, TimeUnit.SECONDS));
        } catch (ExecutionException | CompletionException e) {
            throw unwrapped(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the document did not answer within " + WAIT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the document", e);
        }
    }

    /** The edit's own exception (a refusal the face can explain), else the document's. */
    private static RuntimeException unwrapped(Throwable failure) {
        Throwable cause = failure instanceof DocumentException d && d.getCause() instanceof RuntimeException r ? r
                : failure;
        return cause instanceof RuntimeException r ? r : new IllegalStateException(cause.getMessage(), cause);
    }

    private void show(DocumentState state) {
        if (state.revision() <= shown.revision()) {
            return; // this face showed it already, or something newer
        }
        shown = state;
        listeners.forEach(Runnable::run);
    }
}

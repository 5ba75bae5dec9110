package nl.koers.domain.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import nl.koers.domain.Dossier;

/**
 * An open dossier: its current value, the edits that led there (for undo and redo), and whether it differs
 * from what was last saved. Not thread-safe: a face uses it from its own UI thread.
 */
public final class DossierSession {
    private record Step(Edit edit, Dossier state) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Consumer<DossierSession>> listeners = new CopyOnWriteArrayList<>();
    private Dossier current;
    private Dossier saved;

    /** A session on a dossier as it is on disk (or as it was just made). */
    public DossierSession(Dossier dossier) {
        this.current = Objects.requireNonNull(dossier);
        this.saved = dossier;
    }

    public Dossier dossier() {
        return current;
    }

    /**
     * Applies an edit; an edit that changes nothing is not recorded. An edit that continues the typing of the last
     * one ({@link Edit#typing}) joins its undo step: one undo goes back to before the typing began.
     */
    public void apply(Edit edit) {
        Dossier next = edit.applyTo(current);
        if (next.equals(current)) {
            return;
        }
        Step last = undo.peek();
        boolean continues = last != null && redo.isEmpty() && edit.typing() != null
                && edit.typing().equals(last.edit().typing());
        Dossier before = continues ? undo.pop().state() : current;
        undo.push(new Step(edit, before));
        redo.clear();
        current = next;
        changed();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The label key of the edit that undo would take back. */
    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(s -> s.edit().labelKey());
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(s -> s.edit().labelKey());
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Step step = undo.pop();
        redo.push(new Step(step.edit(), current));
        current = step.state();
        changed();
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Step step = redo.pop();
        undo.push(new Step(step.edit(), current));
        current = step.state();
        changed();
    }

    /** Whether the dossier differs from what was last saved; undoing back to that point makes it clean again. */
    public boolean isDirty() {
        return !current.equals(saved);
    }

    /** Records that {@code dossier} (a value this session held) is now what is on disk. */
    public void markSaved(Dossier dossier) {
        saved = dossier;
        changed();
    }

    public void onChange(Consumer<DossierSession> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<DossierSession> listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(l -> l.accept(this));
    }
}

package nl.koers.document;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import nl.koers.domain.Dossier;

/**
 * What a document is after one change: a value, so that a face shows exactly one state and a save writes exactly
 * one. Every change (an edit, undo, redo, a save, a close) makes a new state with a higher revision.
 *
 * @param revision counts the changes of this document, from 1; a face ignores a state older than what it shows
 * @param dossier the dossier as it is now
 * @param file the file the document saves to; empty for a dossier never saved
 * @param dirty whether the dossier differs from what its file holds (as far as this document saved or read it)
 * @param undoLabel the label key ({@code nl.koers.domain.Words}) of the edit that undo takes back
 * @param redoLabel the label key of the edit that redo applies again
 * @param readOnly why the document may not be saved over its file; empty when it may
 * @param closed true once the last face closed the document: it takes no edits any more
 */
public record DocumentState(long revision, Dossier dossier, Optional<Path> file, boolean dirty,
        Optional<String> undoLabel, Optional<String> redoLabel, Optional<ReadOnly> readOnly, boolean closed) {

    /** Checks that none of the values is null. */
    public DocumentState {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(undoLabel, "undoLabel");
        Objects.requireNonNull(redoLabel, "redoLabel");
        Objects.requireNonNull(readOnly, "readOnly");
    }

    /** {@return whether there is an edit to undo} */
    public boolean canUndo() {
        return undoLabel.isPresent();
    }

    /** {@return whether there is an edit to redo} */
    public boolean canRedo() {
        return redoLabel.isPresent();
    }
}

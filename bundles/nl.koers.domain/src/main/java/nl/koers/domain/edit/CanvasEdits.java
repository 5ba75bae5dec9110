package nl.koers.domain.edit;

import java.util.ArrayList;
import java.util.List;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.CanvasSnapshot;
import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.EditRefused.Reason;

/**
 * The edits of the partner model canvas: notes stuck on, changed, moved between blocks and taken off, and
 * snapshots of the canvas taken and thrown away. Like every edit, each one is taken back with one undo.
 *
 * <p>An edit that names a note or snapshot that is not in the dossier, or adds one that is there already, throws
 * an {@link EditRefused} naming the id.
 */
public final class CanvasEdits {
    private CanvasEdits() {
    }

    /** Sticks a note on the canvas, after the others; a note with the same id already there is refused. */
    public static Edit addNote(CanvasNote note) {
        return new Edit("edit.addCanvasNote", d -> {
            if (d.canvasNote(note.id()).isPresent()) {
                throw new EditRefused(Reason.NOTE_EXISTS, note.id());
            }
            List<CanvasNote> notes = new ArrayList<>(d.canvasNotes());
            notes.add(note);
            return d.withCanvasNotes(notes);
        });
    }

    /** Replaces a note by its new value (same id), where it is: its text, colour, partner and block. */
    public static Edit updateNote(CanvasNote note) {
        return new Edit("edit.updateCanvasNote", d -> {
            require(d, note.id());
            return d.withCanvasNotes(d.canvasNotes().stream().map(n -> n.id().equals(note.id()) ? note : n).toList());
        });
    }

    /**
     * Moves a note to another block; it goes last there, as a sticker put on a crowded block goes where there
     * is room. Moving it to the block it is on changes nothing (and records nothing).
     */
    public static Edit moveNote(String noteId, String blockId) {
        return new Edit("edit.moveCanvasNote", d -> {
            CanvasNote note = require(d, noteId);
            if (note.blockId().equals(blockId)) {
                return d;
            }
            List<CanvasNote> notes = new ArrayList<>(d.canvasNotes());
            notes.remove(note);
            notes.add(note.inBlock(blockId));
            return d.withCanvasNotes(notes);
        });
    }

    public static Edit removeNote(String noteId) {
        return new Edit("edit.removeCanvasNote", d -> {
            require(d, noteId);
            return d.withCanvasNotes(d.canvasNotes().stream().filter(n -> !n.id().equals(noteId)).toList());
        });
    }

    /** Keeps a snapshot, after the ones taken before it. */
    public static Edit takeSnapshot(CanvasSnapshot snapshot) {
        return new Edit("edit.takeCanvasSnapshot", d -> {
            if (d.canvasSnapshot(snapshot.id()).isPresent()) {
                throw new EditRefused(Reason.SNAPSHOT_EXISTS, snapshot.id());
            }
            List<CanvasSnapshot> snapshots = new ArrayList<>(d.canvasSnapshots());
            snapshots.add(snapshot);
            return d.withCanvasSnapshots(snapshots);
        });
    }

    public static Edit removeSnapshot(String snapshotId) {
        return new Edit("edit.removeCanvasSnapshot", d -> {
            if (d.canvasSnapshot(snapshotId).isEmpty()) {
                throw new EditRefused(Reason.SNAPSHOT_MISSING, snapshotId);
            }
            return d.withCanvasSnapshots(
                    d.canvasSnapshots().stream().filter(s -> !s.id().equals(snapshotId)).toList());
        });
    }

    private static CanvasNote require(Dossier d, String noteId) {
        return d.canvasNote(noteId).orElseThrow(() -> new EditRefused(Reason.NOTE_MISSING, noteId));
    }
}

package nl.koers.domain.analysis;

import nl.koers.domain.CanvasNote;

/**
 * What happened to one note between two pictures of the canvas. A note that moved and was reworded is two
 * changes, one {@link Kind#MOVED} and one {@link Kind#EDITED}.
 *
 * @param before the note as it was, or null when it was {@link Kind#ADDED}
 * @param after the note as it is, or null when it was {@link Kind#REMOVED}
 */
public record CanvasChange(Kind kind, CanvasNote before, CanvasNote after) {
    public enum Kind {
        ADDED, REMOVED, MOVED, EDITED
    }

    /** The note's id: the id after, or before when it was removed. */
    public String noteId() {
        return after != null ? after.id() : before.id();
    }
}

package nl.koers.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The partner model canvas as it was on one day: its notes, frozen, and the template they were placed on, so
 * that a later evaluation or re-think can be compared with it.
 *
 * @param kind the moment it records; null reads as a first design
 * @param takenOn the day it was taken, or null when not recorded
 * @param templateId the canvas template the notes' blocks belong to
 */
public record CanvasSnapshot(String id, String name, SnapshotKind kind, LocalDate takenOn, List<CanvasNote> notes,
        String templateId) {
    public CanvasSnapshot {
        id = Values.id(id);
        name = Values.text(name);
        kind = kind == null ? SnapshotKind.FIRST_DESIGN : kind;
        notes = Values.list(notes);
        templateId = Values.text(templateId);
    }

    /** A snapshot of the notes as they are now, with a fresh id. */
    public static CanvasSnapshot of(String name, SnapshotKind kind, LocalDate takenOn, List<CanvasNote> notes,
            String templateId) {
        return new CanvasSnapshot(null, name, kind, takenOn, notes, templateId);
    }

    public CanvasSnapshot withName(String newName) {
        return new CanvasSnapshot(id, newName, kind, takenOn, notes, templateId);
    }
}

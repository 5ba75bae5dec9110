package nl.koers.domain.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.CanvasSnapshot;
import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.SnapshotKind;

class CanvasEditsTest {
    private final DossierSession session = new DossierSession(Dossier.titled("Jongeren aan het werk"));
    private final CanvasNote note = CanvasNote.of("offer", "Eén loket voor werkgevers", "#fff176", "");

    @Test
    void aNoteMovesToAnotherBlockAndUndoPutsItBack() {
        session.apply(CanvasEdits.addNote(note));
        session.apply(CanvasEdits.addNote(CanvasNote.of("costs", "Coaches", "", "")));
        session.apply(CanvasEdits.moveNote(note.id(), "costs"));

        Dossier moved = session.dossier();
        assertEquals("costs", moved.canvasNote(note.id()).orElseThrow().blockId());
        assertEquals(note.id(), moved.canvasNotes().get(1).id(), "a moved note goes last in its new block");
        assertEquals("edit.moveCanvasNote", session.undoLabel().orElseThrow());

        session.undo();
        assertEquals("offer", session.dossier().canvasNote(note.id()).orElseThrow().blockId());
        assertEquals(note.id(), session.dossier().canvasNotes().get(0).id(), "and in its old place");
        session.redo();
        assertEquals(moved, session.dossier());
    }

    @Test
    void movingToTheSameBlockRecordsNothing() {
        session.apply(CanvasEdits.addNote(note));
        session.apply(CanvasEdits.moveNote(note.id(), "offer"));
        assertEquals("edit.addCanvasNote", session.undoLabel().orElseThrow());
    }

    @Test
    void editAndRemove() {
        session.apply(CanvasEdits.addNote(note));
        session.apply(CanvasEdits.updateNote(note.withText("Twee loketten").withColour("#81d4fa")));
        assertEquals("Twee loketten", session.dossier().canvasNotes().get(0).text());
        assertEquals("#81d4fa", session.dossier().canvasNotes().get(0).colour());
        session.apply(CanvasEdits.removeNote(note.id()));
        assertTrue(session.dossier().canvasNotes().isEmpty());
        session.undo();
        assertEquals("Twee loketten", session.dossier().canvasNotes().get(0).text());
    }

    @Test
    void unknownNotesAndDoubleIdsAreRefused() {
        session.apply(CanvasEdits.addNote(note));
        Dossier before = session.dossier();
        assertThrows(EditRefused.class, () -> session.apply(CanvasEdits.moveNote("nope", "costs")));
        assertThrows(EditRefused.class, () -> session.apply(CanvasEdits.addNote(note)));
        assertThrows(EditRefused.class, () -> session.apply(CanvasEdits.removeSnapshot("nope")));
        assertEquals(before, session.dossier());
    }

    @Test
    void aSnapshotKeepsTheNotesAsTheyWere() {
        session.apply(CanvasEdits.addNote(note));
        CanvasSnapshot first = CanvasSnapshot.of("Eerste ontwerp", SnapshotKind.FIRST_DESIGN, LocalDate.of(2026, 3, 3),
                session.dossier().canvasNotes(), "standaard");
        session.apply(CanvasEdits.takeSnapshot(first));
        session.apply(CanvasEdits.moveNote(note.id(), "costs"));

        CanvasSnapshot kept = session.dossier().canvasSnapshots().get(0);
        assertEquals(List.of(note), kept.notes(), "the snapshot does not follow the canvas");
        assertEquals(SnapshotKind.FIRST_DESIGN, kept.kind());
        session.apply(CanvasEdits.removeSnapshot(first.id()));
        assertFalse(session.dossier().canvasSnapshot(first.id()).isPresent());
    }

    @Test
    void oldConstructorsStillMakeDossiersWithoutSnapshots() {
        Dossier d = new Dossier("id", "t", "", "", null, null, List.of(), null, List.of(note), null, null);
        assertTrue(d.canvasSnapshots().isEmpty());
        assertEquals(d, new Dossier("id", "t", "", "", null, null, List.of(), null, List.of(note), null, null,
                List.of()));
    }
}

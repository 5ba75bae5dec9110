package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.CanvasSnapshot;
import nl.koers.domain.Dossier;
import nl.koers.domain.SnapshotKind;
import nl.koers.store.DossierFileException;
import nl.koers.store.Problem.Kind;

/** Snapshots of the partner model canvas survive saving and opening again, with their notes as they were. */
class CanvasSnapshotStoreTest {
    private final JsonDossierStore store = new JsonDossierStore();

    @TempDir
    Path dir;

    private static Dossier withSnapshots() {
        CanvasNote loket = CanvasNote.of("offer", "Eén loket voor werkgevers", "#ffcc80", "");
        CanvasNote coaches = CanvasNote.of("costs", "Jobcoaches, 2 fte", "#81d4fa", "");
        CanvasSnapshot first = CanvasSnapshot.of("Eerste ontwerp", SnapshotKind.FIRST_DESIGN,
                LocalDate.of(2026, 3, 3), List.of(loket), "standaard");
        CanvasSnapshot evaluation = new CanvasSnapshot(null, "Na een half jaar", SnapshotKind.EVALUATION, null,
                List.of(loket.inBlock("channels"), coaches), "firma.vierkant");
        return Dossier.titled("Jongeren aan het werk").withCanvasNotes(List.of(loket, coaches))
                .withCanvasSnapshots(List.of(first, evaluation));
    }

    @Test
    void snapshotsSurviveSaveAndReopen() throws Exception {
        Dossier original = withSnapshots();
        Path file = dir.resolve("canvas.koers");
        store.write(original, file);
        Dossier read = store.read(file);

        assertEquals(original, read);
        CanvasSnapshot evaluation = read.canvasSnapshots().get(1);
        assertEquals(SnapshotKind.EVALUATION, evaluation.kind());
        assertEquals(null, evaluation.takenOn());
        assertEquals("channels", evaluation.notes().get(0).blockId(), "the snapshot's own place of the note");
        assertEquals("offer", read.canvasNotes().get(0).blockId());
        assertEquals("firma.vierkant", evaluation.templateId());

        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"snapshots\""), json);
        assertTrue(json.contains("\"takenOn\" : \"2026-03-03\"") || json.contains("\"takenOn\":\"2026-03-03\""), json);
    }

    @Test
    void aFileWithoutSnapshotsOpensWithNone() throws Exception {
        Path file = dir.resolve("old.koers");
        store.write(Dossier.titled("Oud").withCanvasNotes(List.of(CanvasNote.of("offer", "x", "", ""))), file);
        String json = Files.readString(file, StandardCharsets.UTF_8).replaceAll(",\\s*\"snapshots\"\\s*:\\s*\\[\\s*\\]", "");
        assertTrue(!json.contains("snapshots"), json);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        Dossier read = store.read(file);
        assertTrue(read.canvasSnapshots().isEmpty());
        assertEquals(1, read.canvasNotes().size());
    }

    @Test
    void aWrongKindSaysWhere() throws Exception {
        Path file = dir.resolve("wrong.koers");
        store.write(withSnapshots(), file);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("\"EVALUATION\"", "\"LATER\""),
                StandardCharsets.UTF_8);
        DossierFileException e = org.junit.jupiter.api.Assertions.assertThrows(DossierFileException.class,
                () -> store.read(file));
        assertEquals(Kind.NOT_ALLOWED, e.problem().kind());
        assertEquals("canvas.snapshots[1].kind", e.problem().where());
    }
}

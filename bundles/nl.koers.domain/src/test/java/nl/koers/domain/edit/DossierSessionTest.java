package nl.koers.domain.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.Dossier;
import nl.koers.domain.Lens;
import nl.koers.domain.Openness;
import nl.koers.domain.Partner;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;
import nl.koers.domain.Route;

class DossierSessionTest {
    private final Partner gemeente = Partner.of("Gemeente Tiel", Role.CORE);
    private final Partner zorg = Partner.of("Zorggroep Betuwe", Role.CHAIN);

    @Test
    void undoAndRedoWalkTheHistoryBothWays() {
        var session = new DossierSession(Dossier.titled("Wijkzorg"));
        session.apply(Edits.addPartner(gemeente));
        session.apply(Edits.addPartner(zorg));
        session.apply(Edits.updatePartner(gemeente.withName("Gemeente Tiel e.o.")));

        assertEquals(List.of("Gemeente Tiel e.o.", "Zorggroep Betuwe"), names(session));
        session.undo();
        assertEquals(List.of("Gemeente Tiel", "Zorggroep Betuwe"), names(session));
        session.undo();
        assertEquals(List.of("Gemeente Tiel"), names(session));
        session.redo();
        session.redo();
        assertEquals(List.of("Gemeente Tiel e.o.", "Zorggroep Betuwe"), names(session));
        assertFalse(session.canRedo());
    }

    @Test
    void editsOfOneStretchOfTypingAreOneUndoStep() {
        var session = new DossierSession(Dossier.titled("Wijkzorg"));
        session.apply(Edits.addPartner(gemeente));
        // a field commits on a pause, then again when it is left
        session.apply(Edits.updatePartner(gemeente.withName("Gemeente")).during("name#1"));
        session.apply(Edits.updatePartner(gemeente.withName("Gemeente Tiel e.o.")).during("name#1"));
        session.undo();
        assertEquals(List.of("Gemeente Tiel"), names(session), "one undo takes all of the typing back");
        session.redo();
        assertEquals(List.of("Gemeente Tiel e.o."), names(session));

        // another stretch, even of the same field, is a step of its own
        session.apply(Edits.updatePartner(gemeente.withName("Gemeente Buren")).during("name#2"));
        session.undo();
        assertEquals(List.of("Gemeente Tiel e.o."), names(session));
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoHistory() {
        var session = new DossierSession(Dossier.titled("Wijkzorg"));
        session.apply(Edits.addPartner(gemeente));
        session.undo();
        assertTrue(session.canRedo());
        session.apply(Edits.addPartner(zorg));
        assertFalse(session.canRedo());
        assertEquals(List.of("Zorggroep Betuwe"), names(session));
    }

    @Test
    void dirtyFollowsTheSavedValueThroughUndo() {
        var session = new DossierSession(Dossier.titled("Wijkzorg"));
        assertFalse(session.isDirty());
        session.apply(Edits.addPartner(gemeente));
        assertTrue(session.isDirty());
        session.markSaved(session.dossier());
        assertFalse(session.isDirty());
        session.apply(Edits.removePartner(gemeente.id()));
        assertTrue(session.isDirty());
        session.undo();
        assertFalse(session.isDirty(), "undo back to the saved state is clean again");
        session.undo();
        assertTrue(session.isDirty(), "undo past the save differs from the file");
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        var session = new DossierSession(Dossier.titled("Wijkzorg"));
        session.apply(Edits.details("Wijkzorg", "", "", null, null));
        assertFalse(session.canUndo());
        assertFalse(session.isDirty());
    }

    @Test
    void labelsNameTheEditThatUndoAndRedoWouldTake() {
        var session = new DossierSession(Dossier.titled("Wijkzorg"));
        assertEquals(Optional.empty(), session.undoLabel());
        session.apply(Edits.details("Wijkzorg", "zorg in de wijk", "Gemeente", Route.SOCIAL, Openness.OPEN));
        session.apply(Edits.addPartner(gemeente));
        assertEquals(Optional.of("edit.addPartner"), session.undoLabel());
        session.undo();
        assertEquals(Optional.of("edit.details"), session.undoLabel());
        assertEquals(Optional.of("edit.addPartner"), session.redoLabel());
    }

    @Test
    void listenersHearEveryChange() {
        var session = new DossierSession(Dossier.titled("Wijkzorg"));
        List<Boolean> dirtiness = new ArrayList<>();
        session.onChange(s -> dirtiness.add(s.isDirty()));
        session.apply(Edits.addPartner(gemeente));
        session.undo();
        session.redo();
        session.markSaved(session.dossier());
        assertEquals(List.of(true, false, true, false), dirtiness);
    }

    @Test
    void addingTheSamePartnerTwiceIsRefusedAndChangesNothing() {
        var session = new DossierSession(Dossier.titled("Wijkzorg"));
        session.apply(Edits.addPartner(gemeente));
        assertThrows(IllegalArgumentException.class, () -> session.apply(Edits.addPartner(gemeente)));
        assertEquals(1, session.dossier().partners().size());
        assertThrows(IllegalArgumentException.class, () -> session.apply(Edits.updatePartner(zorg)));
    }

    @Test
    void removingAPartnerKeepsItsCanvasNotesUnattributed() {
        var note = new CanvasNote(null, "offer", "Eén loket", null, gemeente.id());
        var session = new DossierSession(Dossier.titled("Wijkzorg").withPartner(gemeente).withPartner(zorg)
                .withCanvasNotes(List.of(note)));
        session.apply(Edits.removePartner(gemeente.id()));
        assertEquals(List.of("Zorggroep Betuwe"), names(session));
        assertEquals("", session.dossier().canvasNotes().get(0).partnerId());
        assertEquals("Eén loket", session.dossier().canvasNotes().get(0).text());
    }

    @Test
    void representativesAndTheirLensesAreEditedThroughThePartner() {
        var session = new DossierSession(Dossier.titled("Wijkzorg").withPartner(gemeente));
        var anna = Representative.of("Anna de Vries", "wethouder", Lens.POLITICAL, Lens.UTILITARIAN, Lens.POLITICAL);
        session.apply(Edits.partner("edit.updatePartner", gemeente.id(), p -> p.withRepresentative(anna)));
        var stored = session.dossier().partners().get(0).representatives().get(0);
        assertEquals(List.of(Lens.UTILITARIAN, Lens.POLITICAL), stored.lenses(), "in lens order, no repeats");
        session.undo();
        assertTrue(session.dossier().partners().get(0).representatives().isEmpty());
    }

    @Test
    void movePartnerReordersWithinBounds() {
        var third = Partner.of("Woonstichting", Role.CORE);
        var session = new DossierSession(Dossier.titled("W").withPartner(gemeente).withPartner(zorg).withPartner(third));
        session.apply(Edits.movePartner(third.id(), 0));
        assertEquals(List.of("Woonstichting", "Gemeente Tiel", "Zorggroep Betuwe"), names(session));
        session.apply(Edits.movePartner(third.id(), 99));
        assertEquals(List.of("Gemeente Tiel", "Zorggroep Betuwe", "Woonstichting"), names(session));
    }

    private static List<String> names(DossierSession session) {
        return session.dossier().partners().stream().map(Partner::name).toList();
    }
}

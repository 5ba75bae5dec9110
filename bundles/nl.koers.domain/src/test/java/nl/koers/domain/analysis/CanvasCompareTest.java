package nl.koers.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.analysis.CanvasChange.Kind;

class CanvasCompareTest {
    private final CanvasNote stay = new CanvasNote("n1", "offer", "Eén loket voor werkgevers", "", "p1");
    private final CanvasNote move = new CanvasNote("n2", "activities", "Matchen op vaardigheden", "", "p2");
    private final CanvasNote reword = new CanvasNote("n3", "costs", "Coaches 2 fte", "", "");
    private final CanvasNote gone = new CanvasNote("n4", "branding", "Eigen logo", "", "");

    @Test
    void marksAdditionsRemovalsMovesAndEdits() {
        CanvasNote added = new CanvasNote("n5", "revenues", "Bijdrage per plaatsing", "", "");
        CanvasCompare c = CanvasCompare.of(List.of(stay, move, reword, gone),
                List.of(stay, move.inBlock("resources"), reword.withText("Coaches 3 fte"), added));

        assertEquals(Set.of(), c.kindsOf("n1"), "an unchanged note is not marked");
        assertEquals(Set.of(Kind.MOVED), c.kindsOf("n2"));
        assertEquals(Set.of(Kind.EDITED), c.kindsOf("n3"));
        assertEquals(Set.of(Kind.REMOVED), c.kindsOf("n4"));
        assertEquals(Set.of(Kind.ADDED), c.kindsOf("n5"));
        CanvasChange moved = c.changes(Kind.MOVED).get(0);
        assertEquals("activities", moved.before().blockId());
        assertEquals("resources", moved.after().blockId());
        assertEquals(Kind.REMOVED, c.changes().get(0).kind(), "removals come first");
        assertEquals(4, c.changes().size());
    }

    @Test
    void aNoteMovedAndRewordedIsBoth() {
        CanvasCompare c = CanvasCompare.of(List.of(move), List.of(move.inBlock("offer").withText("Matchen")));
        assertEquals(Set.of(Kind.MOVED, Kind.EDITED), c.kindsOf("n2"));
    }

    @Test
    void aStickerWrittenAgainWithTheSameWordsIsTheSameNote() {
        CanvasNote rewritten = new CanvasNote("other-id", "resources", "  matchen op   VAARDIGHEDEN", "", "");
        CanvasCompare c = CanvasCompare.of(List.of(move), List.of(rewritten));
        assertEquals(Set.of(Kind.MOVED), c.kindsOf("other-id"), "moved, not removed and added");
        assertTrue(c.changes(Kind.REMOVED).isEmpty());
    }

    @Test
    void sameCanvasHasNoChanges() {
        assertTrue(CanvasCompare.of(List.of(stay, move), List.of(stay, move)).isEmpty());
        assertTrue(CanvasCompare.of(List.of(), List.of()).isEmpty());
    }

    @Test
    void fromAnEmptyCanvasEverythingIsAdded() {
        CanvasCompare c = CanvasCompare.of(List.of(), List.of(stay, move));
        assertEquals(2, c.changes(Kind.ADDED).size());
        assertEquals("n1", c.changes().get(0).noteId());
    }
}

package nl.koers.instrument.belangendialoog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.edit.DossierSession;
import nl.koers.instrument.belangendialoog.internal.DialogueData.Block;
import nl.koers.instrument.belangendialoog.internal.DialogueData.Logic;

class DialogueDataTest {
    @Test
    void ticksAndAnswersAreEditsThatUndo() {
        DossierSession s = new DossierSession(Dossiers.small());
        s.apply(DialogueData.tick(Block.LISTEN, true));
        s.apply(DialogueData.tick(Block.WIN_WIN, true));
        s.apply(DialogueData.answer("p-roc", 1, Logic.NETWORK));
        s.apply(DialogueData.answer("p-roc", 2, Logic.HIERARCHY));
        DialogueData data = DialogueData.of(s.dossier());
        assertTrue(data.ticked(Block.LISTEN));
        assertFalse(data.ticked(Block.BUILD_ON));
        assertEquals(2, data.tickedCount());
        assertEquals(Optional.of(Logic.NETWORK), data.answer("p-roc", 1));
        assertEquals(Optional.empty(), data.answer("p-roc", 3));
        assertEquals(Optional.empty(), data.answer("p-gemeente", 1));
        s.undo();
        assertEquals(Optional.empty(), DialogueData.of(s.dossier()).answer("p-roc", 2));
        s.apply(DialogueData.tick(Block.LISTEN, false));
        assertFalse(DialogueData.of(s.dossier()).ticked(Block.LISTEN));
    }

    @Test
    void theScoreCountsNetworkHierarchyAndOpenRows() {
        DossierSession s = new DossierSession(Dossiers.small());
        assertEquals(new TableLogic.Score(0, 0, 7), TableLogic.score(s.dossier(), "p-gemeente"));
        for (int row = 1; row <= TableLogic.ROWS; row++) {
            s.apply(DialogueData.answer("p-gemeente", row, row <= 5 ? Logic.NETWORK : Logic.HIERARCHY));
        }
        TableLogic.Score score = TableLogic.score(s.dossier(), "p-gemeente");
        assertEquals(new TableLogic.Score(5, 2, 0), score);
        assertTrue(score.complete());
        s.apply(DialogueData.answer("p-gemeente", 7, null));
        assertEquals(new TableLogic.Score(5, 1, 1), TableLogic.score(s.dossier(), "p-gemeente"));
    }

    @Test
    void whatThisVersionDoesNotKnowIsKept() {
        Dossier d = Dossiers.small().withInstrumentData(BelangendialoogInstrument.ID,
                Map.of("futureTimer", 12, "tableLogic", Map.of("p-roc", Map.of("1", "network", "9", "ROZE"))));
        assertEquals(Optional.of(Logic.NETWORK), DialogueData.of(d).answer("p-roc", 1), "read without regard to case");
        Dossier after = DialogueData.tick(Block.QUALITIES, true).applyTo(d);
        Map<?, ?> data = (Map<?, ?>) after.instrumentData().get(BelangendialoogInstrument.ID);
        assertEquals(12, data.get("futureTimer"));
        assertEquals(Map.of("1", "network", "9", "ROZE"), ((Map<?, ?>) data.get("tableLogic")).get("p-roc"));
    }
}

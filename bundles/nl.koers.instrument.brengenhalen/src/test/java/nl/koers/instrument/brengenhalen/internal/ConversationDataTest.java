package nl.koers.instrument.brengenhalen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.Match;
import nl.koers.domain.edit.DossierSession;
import nl.koers.store.internal.JsonDossierStore;

class ConversationDataTest {
    @TempDir
    Path dir;

    @Test
    void aDossierWithoutDataHasNoNotesAndNoAgreements() {
        ConversationData data = ConversationData.of(Dossiers.sample());
        assertEquals("", data.note("p-roc"));
        assertTrue(data.agreements().isEmpty());
        assertNull(data.toData(), "nothing to keep");
    }

    @Test
    void notesAndAgreementsAreKeptInTheDocumentedShape() {
        Dossier d = Dossiers.sample();
        Match m = BringGet.matches(d).get(0);
        ConversationData data = ConversationData.of(d).withNote("p-roc", "Wil vooral leerwerkplekken.")
                .withNote("p-gemeente", "Budget is er tot 2028.").withAgreed(m, true);
        assertEquals(Map.of("notes", Map.of("p-roc", "Wil vooral leerwerkplekken.", "p-gemeente",
                "Budget is er tot 2028."), "agreed", List.of(Map.of("bring", m.bring().contributionId(), "get",
                        m.get().contributionId()))), data.toData());
        // blank notes and withdrawn agreements leave nothing behind
        assertNull(data.withNote("p-roc", " ").withNote("p-gemeente", "").withAgreed(m, false).toData());
    }

    @Test
    void editsAreUndoneAndSurviveSavingAndReadingBack() throws Exception {
        DossierSession session = new DossierSession(Dossiers.sample());
        Match m = BringGet.matches(session.dossier()).get(2);
        session.apply(ConversationData.of(session.dossier()).withNote("p-werkgevers", "Eén loket!").edit());
        session.apply(ConversationData.of(session.dossier()).withAgreed(m, true).edit());
        assertTrue(ConversationData.of(session.dossier()).agreed(m));
        session.undo();
        assertFalse(ConversationData.of(session.dossier()).agreed(m));
        session.redo();

        JsonDossierStore store = new JsonDossierStore();
        Path file = dir.resolve("gesprek.koers");
        store.write(session.dossier(), file);
        Dossier back = store.read(file);
        assertEquals(session.dossier(), back);
        ConversationData data = ConversationData.of(back);
        assertEquals("Eén loket!", data.note("p-werkgevers"));
        assertTrue(data.agreed(m));
    }

    @Test
    void whatThisVersionDoesNotKnowIsKeptAndOddShapesAreIgnored() {
        Dossier d = Dossiers.sample().withInstrumentData(ConversationData.INSTRUMENT, Map.of(
                "notes", Map.of("p-roc", 42, "p-gemeente", "goed"),
                "agreed", List.of("nonsense", Map.of("bring", "x")),
                "future", Map.of("k", true)));
        ConversationData data = ConversationData.of(d);
        assertEquals("", data.note("p-roc"));
        assertEquals("goed", data.note("p-gemeente"));
        assertTrue(data.agreements().isEmpty());
        Map<String, Object> written = data.withNote("p-roc", "nu wel").toData();
        assertEquals(Map.of("k", true), written.get("future"));
        assertEquals(Map.of("p-gemeente", "goed", "p-roc", "nu wel"), written.get("notes"));
    }
}

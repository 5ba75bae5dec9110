package nl.koers.document.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.document.Document;
import nl.koers.document.DocumentException;
import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.PlanItem;
import nl.koers.domain.SessionPlan;
import nl.koers.domain.edit.PlanEdits;
import nl.koers.store.internal.FileDossierLocks;
import nl.koers.store.internal.FileLocalHistory;
import nl.koers.store.internal.FileRecoveryStore;
import nl.koers.store.internal.JsonDossierStore;

/** A session plan made through the document, on a real file: every change one undo, saved and read back. */
class SessionPlanDocumentTest {
    @TempDir
    Path dir;

    private JsonDossierStore store;
    private Registry documents;
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        Path data = dir.resolve("data");
        store = new JsonDossierStore(data, 20);
        documents = new Registry(store, new FileRecoveryStore(data), new FileLocalHistory(data, 20),
                new FileDossierLocks(), 1);
        file = dir.resolve("tiel.koers");
        store.write(Dossier.titled("Tiel"), file);
    }

    @Test
    void aPlanMadeThroughTheDocumentIsUndoneStepByStepAndSaved() throws Exception {
        Document document = documents.open(file);
        SessionPlan plan = SessionPlan.titled("Startbijeenkomst");
        PlanItem interests = PlanItem.step("netwerkambitie", 0, "Belangen benoemen", 20);
        PlanItem coffee = PlanItem.pause("Pauze", 15);
        PlanItem bringGet = PlanItem.step("netwerkambitie", 1, "Brengen en halen", 20);
        document.apply(PlanEdits.add(plan));
        document.apply(PlanEdits.details(plan.id(), "Startbijeenkomst", LocalDate.of(2026, 3, 12),
                LocalTime.of(9, 30), "Stadhuis"));
        document.apply(PlanEdits.addItem(plan.id(), interests, 0));
        document.apply(PlanEdits.addItem(plan.id(), bringGet, 1));
        document.apply(PlanEdits.addItem(plan.id(), coffee, 1));
        document.apply(PlanEdits.updateItem(plan.id(), bringGet.withMinutes(35))).join();
        assertEquals(70, document.dossier().sessionPlans().get(0).minutes());
        assertEquals("edit.updatePlanItem", document.state().undoLabel().orElseThrow());

        document.undo().join();
        assertEquals(55, document.dossier().sessionPlans().get(0).minutes());
        document.undo().join();
        assertEquals(List.of("Belangen benoemen", "Brengen en halen"), titles(document));
        document.redo().join();
        assertEquals(List.of("Belangen benoemen", "Pauze", "Brengen en halen"), titles(document));

        // an edit of a part that another face took away is refused whole, and nothing changes
        document.apply(PlanEdits.removeItem(plan.id(), coffee.id())).join();
        CompletionException refused = assertThrows(CompletionException.class,
                () -> document.apply(PlanEdits.updateItem(plan.id(), coffee.withMinutes(5))).join());
        DocumentException why = (DocumentException) refused.getCause();
        assertEquals(DocumentException.Kind.EDIT_REFUSED, why.kind());
        assertEquals(EditRefused.Reason.PLAN_ITEM_MISSING, ((EditRefused) why.getCause()).reason());
        document.undo().join();

        assertFalse(document.save().join().dirty());
        SessionPlan read = store.read(file).sessionPlans().get(0);
        assertEquals(List.of("Belangen benoemen", "Pauze", "Brengen en halen"),
                read.items().stream().map(PlanItem::title).toList());
        assertEquals("Stadhuis", read.place());
        assertTrue(read.startOf(bringGet.id()).orElseThrow().equals(LocalTime.of(10, 5)));
        document.close();
    }

    private static List<String> titles(Document document) {
        return document.dossier().sessionPlans().get(0).items().stream().map(PlanItem::title).toList();
    }
}

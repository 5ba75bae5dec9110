package nl.koers.domain.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.PlanItem;
import nl.koers.domain.SessionPlan;

/** A meeting planned step by step, each change one undo; the sums the timer and the printout use. */
class PlanEditsTest {
    private final DossierSession session = new DossierSession(Dossier.titled("Jongeren aan het werk"));
    private final SessionPlan start = SessionPlan.titled("Startbijeenkomst");
    private final PlanItem interests = PlanItem.step("netwerkambitie", 0, "Belangen benoemen", 20);
    private final PlanItem coffee = PlanItem.pause("Pauze", 15);
    private final PlanItem bringGet = PlanItem.step("netwerkambitie", 1, "Brengen en halen", 25);

    private SessionPlan plan() {
        return session.dossier().sessionPlan(start.id()).orElseThrow();
    }

    private List<String> titles() {
        return plan().items().stream().map(PlanItem::title).toList();
    }

    @Test
    void aMeetingIsPlannedReorderedAndUndoneOneChangeAtATime() {
        session.apply(PlanEdits.add(start));
        session.apply(PlanEdits.details(start.id(), "Startbijeenkomst", LocalDate.of(2026, 3, 12),
                LocalTime.of(9, 30), "Stadhuis Tiel"));
        session.apply(PlanEdits.addItem(start.id(), interests, 99));
        session.apply(PlanEdits.addItem(start.id(), bringGet, 99));
        session.apply(PlanEdits.addItem(start.id(), coffee, 1));
        assertEquals(List.of("Belangen benoemen", "Pauze", "Brengen en halen"), titles());
        assertEquals(60, plan().minutes());

        session.apply(PlanEdits.moveItem(start.id(), coffee.id(), 2));
        assertEquals(List.of("Belangen benoemen", "Brengen en halen", "Pauze"), titles());
        session.apply(PlanEdits.updateItem(start.id(), bringGet.withMinutes(40)));
        assertEquals(75, plan().minutes());
        assertEquals("edit.updatePlanItem", session.undoLabel().orElseThrow());

        session.undo();
        assertEquals(60, plan().minutes());
        session.undo();
        assertEquals(List.of("Belangen benoemen", "Pauze", "Brengen en halen"), titles());
        session.apply(PlanEdits.removeItem(start.id(), coffee.id()));
        assertEquals(List.of("Belangen benoemen", "Brengen en halen"), titles());
        assertEquals("Stadhuis Tiel", plan().place());
        session.apply(PlanEdits.remove(start.id()));
        assertTrue(session.dossier().sessionPlans().isEmpty());
        session.undo();
        assertEquals(2, plan().items().size());
    }

    @Test
    void theTimerAndThePrintoutFindTheirSumsInThePlan() {
        SessionPlan p = start.withDetails("Start", null, LocalTime.of(9, 30), "")
                .withItems(List.of(interests, coffee, bringGet));
        assertEquals(interests, p.stepOf("netwerkambitie", 0).orElseThrow());
        assertTrue(p.stepOf("netwerkambitie", 3).isEmpty());
        assertTrue(p.stepOf("brengenhalen", 0).isEmpty());
        assertEquals(40, p.minutesAfter(interests.id()), "the break and the next step");
        assertEquals(0, p.minutesAfter(bringGet.id()));
        assertEquals(LocalTime.of(10, 5), p.startOf(bringGet.id()).orElseThrow());
        assertTrue(start.startOf(interests.id()).isEmpty(), "no start time, no clock times");
    }

    @Test
    void aPartThatIsNotThereOrMinutesOutOfRangeAreRefused() {
        session.apply(PlanEdits.add(start));
        assertEquals(EditRefused.Reason.PLAN_EXISTS,
                assertThrows(EditRefused.class, () -> session.apply(PlanEdits.add(start))).reason());
        assertEquals(EditRefused.Reason.PLAN_ITEM_MISSING, assertThrows(EditRefused.class,
                () -> session.apply(PlanEdits.removeItem(start.id(), coffee.id()))).reason());
        assertEquals(EditRefused.Reason.PLAN_MISSING, assertThrows(EditRefused.class,
                () -> session.apply(PlanEdits.addItem("weg", coffee, 0))).reason());
        EditRefused tooLong = assertThrows(EditRefused.class, () -> coffee.withMinutes(PlanItem.MAX_MINUTES + 1));
        assertEquals("1441 minuten kan niet: een onderdeel duurt 0 tot 1440 minuten.",
                tooLong.message(java.util.Locale.of("nl")));
    }
}

package nl.koers.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportPlanTest {
    @Test
    void thePlanKeepsTheChosenOrderAsItWasWhenMade() {
        List<String> ids = new ArrayList<>(List.of("koers.spannendepunten", "koers.partners"));
        ReportPlan plan = new ReportPlan(ids, null, "Tot ziens.");
        ids.clear();
        assertEquals(List.of("koers.spannendepunten", "koers.partners"), plan.chapterIds());
        assertEquals("", plan.introduction());
        assertEquals("Tot ziens.", plan.closing());
    }

    @Test
    void everythingIsEveryOfferedChapterWithoutOwnTexts() {
        assertNull(ReportPlan.everything().chapterIds());
        assertEquals("", ReportPlan.everything().closing());
    }
}

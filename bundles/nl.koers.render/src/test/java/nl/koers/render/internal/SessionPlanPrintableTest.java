package nl.koers.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.PlanItem;
import nl.koers.domain.SessionPlan;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.instrument.api.Step;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.report.Block;

/** The session plan on A4, read back from the real PDF, and the same plan as a chapter of the report. */
class SessionPlanPrintableTest {
    /** An installed instrument, for its name. */
    private static final Instrument NETWERKAMBITIE = new Instrument() {
        @Override
        public String id() {
            return "netwerkambitie";
        }

        @Override
        public InstrumentDescriptor describe(Locale locale) {
            return new InstrumentDescriptor("netwerkambitie", "Netwerkambitie", "", "", "", "", "", List.of(),
                    List.of(new Step("Belangen benoemen", "", "", 20)), List.of(), "");
        }
    };

    private final SessionPlanPrintable printable = new SessionPlanPrintable(List.of(NETWERKAMBITIE));
    private final SessionPlanChapter chapter = new SessionPlanChapter(List.of(NETWERKAMBITIE));

    private static Dossier planned() {
        SessionPlan start = new SessionPlan(null, "Startbijeenkomst", LocalDate.of(2026, 3, 12), LocalTime.of(9, 30),
                "Stadhuis Tiel", List.of(PlanItem.step("netwerkambitie", 0, "Belangen benoemen", 20),
                        PlanItem.pause("Koffie", 15), PlanItem.step("netwerkambitie", 1, "Brengen en halen", 25),
                        PlanItem.step("firma.energiekaart", 0, "Energie peilen", 30)));
        return Dossier.titled("Jongeren aan het werk").withSessionPlans(List.of(start,
                SessionPlan.titled("Tweede sessie").withItems(List.of(PlanItem.step("netwerkambitie", 3,
                        "Samen de gedeelde ambitie verwoorden", 45)))));
    }

    @Test
    void everyStepAndBreakIsPrintedWithWhenItBeginsAndItsMinutes() throws Exception {
        List<Page> pages = printable.pages(planned(), Locale.of("nl"));
        assertEquals(PageSize.A4_PORTRAIT, pages.get(0).size());
        assertEquals(2, pages.size(), "each meeting on a page of its own");
        String text = Pdfs.text(Pdfs.write(new PdfBoxRenderer(), pages)).replaceAll("\\s+", " ");

        for (String expected : List.of("Sessieplan \u2013 Startbijeenkomst", "Samenwerking: Jongeren aan het werk",
                "Datum: donderdag 12 maart 2026", "Aanvang: 9:30", "Plaats: Stadhuis Tiel",
                "Tijd Onderdeel Instrument Minuten", "9:30 Belangen benoemen Netwerkambitie 20",
                "9:50 Koffie pauze 15", "10:05 Brengen en halen Netwerkambitie 25",
                "10:30 Energie peilen firma.energiekaart 30", "Totaal: 90 minuten, tot 11:00",
                "Sessieplan \u2013 Tweede sessie", "Samen de gedeelde ambitie verwoorden Netwerkambitie 45",
                "Totaal: 45 minuten")) {
            assertTrue(text.contains(expected), () -> expected + " in: " + text);
        }
    }

    @Test
    void theSamePlanIsAChapterOfTheReport() {
        List<Block> blocks = chapter.blocks(planned(), Locale.ENGLISH);
        assertEquals("Session plan", chapter.title(Locale.ENGLISH));
        assertEquals(new Block.Heading(1, "Startbijeenkomst"), blocks.get(0), "under the chapter Session plan");
        Block.Table table = (Block.Table) blocks.get(2);
        assertEquals(List.of("Time", "Part", "Instrument", "Minutes"), table.header());
        assertEquals(List.of("9:50", "Koffie", "break", "15"), table.rows().get(1));
        assertEquals(new Block.Paragraph("Total: 90 minutes, until 11:00"), blocks.get(3));
        assertTrue(chapter.blocks(Dossier.titled("Leeg"), Locale.ENGLISH).isEmpty(), "no plans, no chapter");
    }

    @Test
    void aLongPlanGoesOnMorePagesAndLosesNoPart() throws Exception {
        List<PlanItem> many = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            many.add(PlanItem.step("netwerkambitie", i % 4, "Onderdeel " + i, i));
        }
        Dossier d = Dossier.titled("Lang").withSessionPlans(List.of(SessionPlan.titled("Hele dag").withItems(many)));
        List<Page> pages = printable.pages(d, Locale.of("nl"));
        assertTrue(pages.size() > 1, "pages: " + pages.size());
        String text = Pdfs.text(Pdfs.write(new PdfBoxRenderer(), pages)).replaceAll("\\s+", " ");
        for (int i = 1; i <= 70; i++) {
            assertTrue(text.contains("Onderdeel " + i + " Netwerkambitie " + i + " "), "part " + i);
        }
        assertTrue(text.contains("Totaal: 2485 minuten"), text);
    }
}

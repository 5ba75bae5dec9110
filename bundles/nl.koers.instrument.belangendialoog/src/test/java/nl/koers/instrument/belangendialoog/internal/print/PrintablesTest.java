package nl.koers.instrument.belangendialoog.internal.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.domain.Dossier;
import nl.koers.domain.Lens;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.testing.PageChecks;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.belangendialoog.internal.DialogueData;
import nl.koers.instrument.belangendialoog.internal.DialogueData.Logic;
import nl.koers.instrument.belangendialoog.internal.Dossiers;
import nl.koers.instrument.belangendialoog.internal.Phrases;
import nl.koers.instrument.belangendialoog.internal.TableLogic;

class PrintablesTest {
    private static final Locale NL = Locale.of("nl");
    private static final Locale EN = Locale.ENGLISH;
    /** How a missing key shows: {@code !key!}. */
    static final java.util.regex.Pattern MISSING = java.util.regex.Pattern.compile("![a-zA-Z][\\w.]*!");

    private final Printable map = new InterestMapPrintable();
    private final Printable mapA3 = new InterestMapA3();
    private final Printable mapA0 = new InterestMapA0();
    private final Printable lenses = new LensesPrintable();
    private final Printable positions = new PositionsPrintable();
    private final Printable logic = new LogicPrintable();

    private List<Printable> all() {
        return List.of(map, mapA3, mapA0, lenses, positions, logic);
    }

    @Test
    void idsFormatsAndNames() {
        assertEquals(List.of("belangendialoog.map", "belangendialoog.map.a3", "belangendialoog.map.a0",
                "belangendialoog.lenses", "belangendialoog.positions", "belangendialoog.logic"), all().stream().map(Printable::id).toList());
        for (Printable p : all()) {
            assertEquals(p == map ? Printable.Format.PNG : Printable.Format.PDF, p.format(), p.id());
            for (Locale l : List.of(NL, EN)) {
                String name = p.name(l);
                assertFalse(name.isBlank() || name.contains("!"), p.id() + " " + l + ": " + name);
            }
            assertNotEquals(p.name(NL), p.name(EN), p.id() + " speaks both languages");
        }
    }

    @Test
    void theMapShowsEveryPartnerByLevelWithTheSharedInterestsMarked() {
        Dossier d = Dossiers.small();
        List<Page> pages = map.pages(d, NL);
        assertEquals(1, pages.size());
        Page page = pages.get(0);
        assertEquals(PageSize.A3_LANDSCAPE, page.size());
        assertWellLaidOut(page, 8);
        assertContains(page, d.title());
        for (Partner p : d.partners()) {
            assertContains(page, p.name());
            p.interests().forEach(i -> assertContains(page, i.text()));
        }
        for (String level : List.of("Individu", "Organisatie", "Netwerk")) {
            assertContains(page, level);
        }
        // the two linked interests carry the tag, and the foot says what they share
        assertEquals(2, labels(page).stream().filter(l -> l.text().equals("G1")).count() - 1,
                "G1 beside both interests, and once in the list at the foot");
        assertContains(page, "Elke jongere een plek: Gemeente Waalstede en ROC Lingedal");
        assertContains(page, "Zichtbaar resultaat voor de wethouder (wens \u00b7 kernwaarde)");
        assertContains(page, "(eis)");
    }

    @Test
    void theMapOnA3AndA0IsTheSameMapLarger() {
        Dossier d = Dossiers.small();
        Page a3 = mapA3.pages(d, EN).get(0);
        Page a0 = mapA0.pages(d, EN).get(0);
        assertEquals(PageSize.A3_LANDSCAPE, a3.size());
        assertEquals(PageSize.A0_LANDSCAPE, a0.size());
        assertWellLaidOut(a3, 8);
        assertWellLaidOut(a0, 20);
        assertEquals(texts(a3), texts(a0));
        assertTrue(largest(a0) > 2.5 * largest(a3), largest(a0) + " vs " + largest(a3));
        assertContains(a3, "Individual");
        assertContains(a3, "S1");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 6, 9})
    void theMapFitsManyFullPartners(int n) {
        Dossier d = Dossiers.many(n);
        for (Printable p : List.of(map, mapA3, mapA0)) {
            Page page = p.pages(d, NL).get(0);
            assertWellLaidOut(page, p == mapA0 ? 20 : 8);
            d.partners().forEach(partner -> assertContains(page, partner.name()));
            if (n > 1) {
                assertTrue(texts(page).stream().anyMatch(t -> t.startsWith("\u2026 en nog ")
                        && t.endsWith("(zie Standpunten en belangen per partner, A4)")), "says what is left out and where");
            }
        }
    }

    /**
     * A table too large for one sheet goes on to the next ones, on A3 and on A0 (which holds more rows a sheet),
     * every row readable: no label on another, none below the smallest type; every partner on exactly one sheet;
     * every shared interest used on a sheet explained on it, by the dossier's number; the first sheet, which is
     * also the image, says which partners it shows and where the rest is.
     */
    @ParameterizedTest
    @ValueSource(ints = {24, 50, 200})
    void aLargeTableGoesOnToMoreSheets(int n) {
        Dossier d = Dossiers.many(n);
        List<Page> a3 = mapA3.pages(d, NL);
        List<Page> a0 = mapA0.pages(d, NL);
        for (List<Page> sheets : List.of(a3, a0)) {
            boolean onA0 = sheets == a0;
            assertTrue(sheets.size() > 1, sheets.size() + " sheets");
            sheets.forEach(sheet -> assertWellLaidOut(sheet, onA0 ? 20 : 8));
            for (Partner p : d.partners()) {
                assertEquals(1, sheets.stream().filter(sheet -> texts(sheet).contains(p.name())).count(), p.name());
            }
            sheets.forEach(PrintablesTest::assertSharedInterestsExplained);
            Page first = sheets.get(0);
            assertContains(first, "blad 1 van " + sheets.size());
            assertContains(first, "partners 1 tot en met ");
            assertContains(first, "De andere staan op de volgende bladen van \u201c"
                    + (onA0 ? mapA0 : mapA3).name(NL) + "\u201d");
        }
        long rowsA3 = d.partners().stream().filter(p -> texts(a3.get(0)).contains(p.name())).count();
        long rowsA0 = d.partners().stream().filter(p -> texts(a0.get(0)).contains(p.name())).count();
        assertTrue(rowsA0 > rowsA3, "A0 holds more rows a sheet: " + rowsA0 + " vs " + rowsA3);
        assertEquals(a3.get(0), map.pages(d, NL).get(0), "the image is the first sheet of A3");
    }

    /** Every tag on a sheet (G7, or G6 G7 beside an interest in two links) has its line in the sheet's legend. */
    private static void assertSharedInterestsExplained(Page sheet) {
        Set<String> texts = texts(sheet);
        texts.stream().filter(t -> t.matches("G\\d+( G\\d+)*")).flatMap(t -> java.util.Arrays.stream(t.split(" ")))
                .distinct().forEach(tag -> {
                    // in Dossiers.many, link Gk is "Gedeeld k+1", between partners k and k+1
                    int k = Integer.parseInt(tag.substring(1));
                    assertTrue(texts.stream().anyMatch(t -> t.startsWith("Gedeeld " + (k + 1) + ": ")),
                            tag + " is explained on its sheet: " + texts);
                });
    }

    @Test
    void theLensProfileCountsEachLensAndNamesTheOneNobodyWears() {
        Dossier d = Dossiers.small();
        Page page = lenses.pages(d, NL).get(0);
        assertEquals(PageSize.A4_LANDSCAPE, page.size());
        assertWellLaidOut(page, 8);
        assertContains(page, "4 personen aan tafel");
        assertContains(page, "Utilitair: 2 personen");
        assertContains(page, "Zingevend: 2 personen");
        assertContains(page, "Politiek: 1 persoon");
        assertContains(page, "Relationeel: niemand");
        assertContains(page, "Niemand kijkt door deze bril");
        assertContains(page, "Hoe kunnen we verbinding cre\u00ebren?");
        assertContains(page, "Marieke van Doorn (Gemeente Waalstede)");
        // the bars: as long as the counts, two as long as the longest
        List<Box> bars = page.shapes().stream().filter(Box.class::isInstance).map(Box.class::cast)
                .filter(b -> b.fill() == LensFigure.BAR).toList();
        assertEquals(3, bars.size());
        assertEquals(bars.get(0).width(), bars.get(2).width(), 1e-9); // utilitarian 2, meaning 2
        assertEquals(bars.get(0).width() / 2, bars.get(1).width(), 1e-9); // political 1
        // in English too, and without people
        Page empty = lenses.pages(Dossier.titled("Leeg"), EN).get(0);
        assertWellLaidOut(empty, 8);
        assertContains(empty, "Nobody at the table yet");
        assertContains(empty, "Relational: 0 people");
        for (Lens l : Lens.values()) {
            assertFalse(texts(empty).contains("nobody"), "an empty table has no lens nobody wears: " + l);
        }
    }

    /**
     * At a large table the lens sheet still asks every lens's questions, and no text is cut: who wears a lens, and
     * who wears none, is named as far as there is room and the rest is counted as people.
     */
    @ParameterizedTest
    @ValueSource(ints = {24, 200})
    void theLensesOfALargeTableAskEveryQuestionAndCountWhoIsLeftOut(int n) {
        Dossier d = Dossiers.many(n);
        Page page = lenses.pages(d, NL).get(0);
        assertWellLaidOut(page, 8);
        assertNothingCut(page);
        Phrases say = new Phrases(NL);
        for (Lens l : Lens.values()) {
            say.questions(l).forEach(q -> assertContains(page, q));
        }
        assertTrue(texts(page).stream().noneMatch(t -> t.startsWith("\u2026 en nog ")), "no question counted");
        if (n == 200) {
            assertTrue(texts(page).stream().anyMatch(t -> t.startsWith("Wie: ") && t.contains(" en nog ")
                    && t.contains(" anderen")), "who else wears a lens is counted: " + texts(page));
            assertTrue(texts(page).stream().anyMatch(t -> t.startsWith("Nog zonder bril: ")
                    && t.contains(" anderen")), "who wears none is counted: " + texts(page));
        }
    }

    @Test
    void positionsOnePagePerPartnerWithTheirLadders() {
        Dossier d = Dossiers.small();
        List<Page> pages = positions.pages(d, NL);
        assertEquals(d.partners().size(), pages.size());
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            Partner p = d.partners().get(i);
            assertEquals(PageSize.A4_PORTRAIT, page.size());
            assertWellLaidOut(page, 8);
            assertContains(page, p.name());
            for (Position pos : p.positions()) {
                assertContains(page, pos.text());
                pos.whys().forEach(w -> assertContains(page, w));
            }
        }
        assertContains(pages.get(0), "Waarom? Omdat de raad alleen blijft investeren");
        assertContains(pages.get(0), "organisatie \u00b7 Minder jongeren in de bijstand (eis)");
        assertContains(pages.get(1), "Nog geen belang bekend");
        assertContains(pages.get(2), "Nog geen standpunten");
        // without partners, one page that says so
        List<Page> none = positions.pages(Dossier.titled("Leeg"), EN);
        assertEquals(1, none.size());
        assertContains(none.get(0), "no partners yet");
    }

    @Test
    void theSheetOfTheLogicOfTheTableShowsFigureOneThatItRefersTo() {
        Dossier d = DialogueData.answer("p-roc", 1, Logic.NETWORK).applyTo(Dossiers.small());
        Page page = logic.pages(d, NL).get(0);
        assertEquals(PageSize.A4_LANDSCAPE, page.size());
        assertWellLaidOut(page, 8);
        assertContains(page, "Figuur 1: Logica van de hi\u00ebrarchie versus logica van het netwerk");
        assertTrue(texts(page).stream().anyMatch(t -> t.contains("Figuur 1 zet")), "the sheet refers to it");
        Phrases say = new Phrases(NL);
        for (int row = 1; row <= TableLogic.ROWS; row++) {
            assertContains(page, say.get("logic." + row + ".hierarchy"));
            assertContains(page, say.get("logic." + row + ".network"));
        }
        assertContains(page, "ROC Lingedal: 1 netwerk, 0 hi\u00ebrarchie, 6 nog open");
        assertContains(page, "Gemeente Waalstede: nog niet besproken");
        Page english = logic.pages(Dossier.titled("Leeg"), EN).get(0);
        assertWellLaidOut(english, 8);
        assertContains(english, "Figure 1: The logic of the hierarchy versus the logic of the network");
    }

    /**
     * At a large table the summary per partner goes on to the next sheets, in columns: every partner's line once,
     * nothing cut, and the first sheet says the rest follows (not a sheet that does not show it).
     */
    @ParameterizedTest
    @ValueSource(ints = {24, 200})
    void theLogicOfALargeTableGoesOnWithEveryPartner(int n) {
        Dossier d = Dossiers.many(n);
        List<Page> pages = logic.pages(d, NL);
        Phrases say = new Phrases(NL);
        for (Page page : pages) {
            assertEquals(PageSize.A4_LANDSCAPE, page.size());
            assertWellLaidOut(page, 8);
            assertNothingCut(page);
            assertTrue(texts(page).stream().noneMatch(t -> t.contains("Standpunten en belangen")), "points elsewhere");
        }
        for (Partner p : d.partners()) {
            String line = say.score(p, TableLogic.score(d, p.id()));
            assertEquals(1, pages.stream().filter(page -> texts(page).contains(line)).count(), line);
        }
        if (n == 200) {
            assertTrue(pages.size() > 1, pages.size() + " sheets");
            assertContains(pages.get(0), "op het volgende blad");
            assertEquals(1, labels(pages.get(1)).stream().filter(l -> l.text().contains("op het volgende blad"))
                    .count(), "only below the sheet's last column");
            assertContains(pages.get(1), "blad 2 van " + pages.size());
        }
    }

    @Test
    void figureOneMarksTheSideAPartnerChoseInEachRow() {
        Phrases say = new Phrases(NL);
        Page page = new Page(PageSize.A4_LANDSCAPE, LogicFigure.figure(say,
                java.util.Map.of(1, Logic.NETWORK, 7, Logic.HIERARCHY), 15, 15, 267, 180, 12));
        assertWellLaidOut(page, 8);
        List<Box> marks = page.shapes().stream().filter(Box.class::isInstance).map(Box.class::cast)
                .filter(b -> nl.koers.instrument.api.figure.kit.Sheet.MARK.equals(b.fill())).toList();
        assertEquals(2, marks.size());
        assertTrue(marks.get(0).x() > marks.get(1).x(), "the network on the right, the hierarchy on the left");
        assertTrue(labels(page).stream().filter(Label::bold).anyMatch(l -> l.text().equals(say.get("logic.1.network"))));
        assertEquals(0, LogicFigure.page(say, java.util.Map.of(), PageSize.A4_LANDSCAPE, 12).shapes().stream()
                .filter(Box.class::isInstance).map(Box.class::cast)
                .filter(b -> nl.koers.instrument.api.figure.kit.Sheet.MARK.equals(b.fill())).count());
    }

    @Test
    void manyPositionsWithDeepLaddersGoOnOnANextPageAndNoneIsLeftOut() {
        Dossier d = Dossiers.many(2);
        List<Page> pages = positions.pages(d, EN);
        assertTrue(pages.size() > d.partners().size(), "the positions go on on a next page");
        List<String> all = new java.util.ArrayList<>();
        for (Page page : pages) {
            assertWellLaidOut(page, 8);
            all.addAll(texts(page));
        }
        assertTrue(all.stream().noneMatch(t -> t.contains("more")), "nothing is left out");
        d.partners().forEach(p -> p.positions().forEach(pos -> assertTrue(all.stream()
                .anyMatch(t -> t.contains(pos.text())), pos.text())));
    }

    // ---- checks

    /**
     * Every label lies within the printable area (inside the margins), has room for at least one line, is at
     * least {@code minPt} large, and no two labels overlap; a label is inside an outlined box or clear of it
     * ({@link PageChecks}); and no label shows a missing text.
     */
    static void assertWellLaidOut(Page page, double minPt) {
        PageChecks.assertWellLaidOut(page, minPt);
        for (Label l : labels(page)) {
            assertFalse(MISSING.matcher(l.text()).find(), "'" + l.text() + "' is a missing text");
        }
    }

    /** Every label is high enough for all the lines its text takes in the printed font: nothing is cut off. */
    static void assertNothingCut(Page page) {
        for (Label l : labels(page)) {
            int lines = nl.koers.instrument.api.figure.kit.Sheet.PRINTED.lines(l.text(), l.width(), l.sizePt(),
                    l.bold());
            assertTrue(nl.koers.instrument.api.figure.kit.Sheet.height(lines, l.sizePt()) <= l.height() + 1e-6,
                    "'" + l.text() + "' takes " + lines + " lines in " + l.height() + " mm");
        }
    }

    static List<Label> labels(Page page) {
        return PageChecks.labels(page);
    }

    static Set<String> texts(Page page) {
        return PageChecks.texts(page);
    }

    static void assertContains(Page page, String text) {
        PageChecks.assertContains(page, text);
    }

    private static double largest(Page page) {
        return labels(page).stream().mapToDouble(Label::sizePt).max().orElse(0);
    }
}

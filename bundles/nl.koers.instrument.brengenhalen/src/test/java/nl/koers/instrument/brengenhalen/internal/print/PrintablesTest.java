package nl.koers.instrument.brengenhalen.internal.print;

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
import nl.koers.domain.Partner;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.Match;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.TextMeasure;
import nl.koers.instrument.api.figure.testing.PageChecks;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.brengenhalen.internal.ConversationData;
import nl.koers.instrument.brengenhalen.internal.Dossiers;

class PrintablesTest {
    private static final Locale NL = Locale.of("nl");
    private static final Locale EN = Locale.ENGLISH;
    private static final double A3_MIN_PT = 7;

    private final Printable png = new FigurePrintable();
    private final Printable a3 = new FigurePosterA3();
    private final Printable a0 = new FigurePosterA0();

    @Test
    void idsFormatsSizesAndNames() {
        assertEquals("brengenhalen.figure", png.id());
        assertEquals("brengenhalen.figure.a3", a3.id());
        assertEquals("brengenhalen.figure.a0", a0.id());
        assertEquals(Printable.Format.PNG, png.format());
        assertEquals(Printable.Format.PDF, a3.format());
        assertEquals(Printable.Format.PDF, a0.format());
        Dossier d = Dossiers.sample();
        assertEquals(PageSize.A3_LANDSCAPE, onlyPage(png, d).size());
        assertEquals(PageSize.A3_LANDSCAPE, onlyPage(a3, d).size());
        assertEquals(PageSize.A0_LANDSCAPE, onlyPage(a0, d).size());
        for (Printable p : List.of(png, a3, a0)) {
            for (Locale l : List.of(NL, EN)) {
                String name = p.name(l);
                assertFalse(name.isBlank() || name.contains("!"), p.id() + " " + l + ": " + name);
            }
            assertNotEquals(p.name(NL), p.name(EN), p.id() + " speaks both languages");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void theFigureStaysReadableFromOneToTwelvePartners(int n) {
        Dossier d = Dossiers.table(n);
        for (Printable p : List.of(a3, a0)) {
            Page page = onlyPage(p, d);
            assertWellLaidOut(page, minPt(page));
            d.partners().forEach(partner -> assertContains(page, partner.name()));
            assertContains(page, "elke jongere in Rivierenland");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 12})
    void twoAndTwelvePartnersShowEveryItemWithItsAmount(int n) {
        Dossier d = Dossiers.table(n);
        Page page = onlyPage(a3, d);
        assertWellLaidOut(page, A3_MIN_PT);
        for (Partner p : d.partners()) {
            assertContains(page, p.name());
            p.contributions().forEach(c -> assertContains(page, c.description()));
        }
        assertContains(page, "17\u00a0euro/jaar"); // partner 2's first item: an amount with its unit, unbroken
        // with two partners the type is larger than with twelve
        if (n == 2) {
            Dossier twelve = Dossiers.table(12);
            assertTrue(itemPt(page, d) > itemPt(onlyPage(a3, twelve), twelve), "more room, larger type");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 12})
    void anOverfullFigureStaysInsideAndSaysWhatIsLeftOut(int n) {
        Dossier d = Dossiers.overfull(n);
        for (Printable p : List.of(a3, a0)) {
            Page page = onlyPage(p, d);
            assertWellLaidOut(page, minPt(page));
            d.partners().forEach(partner -> assertTrue(labels(page).stream()
                    .anyMatch(l -> l.text().equals(partner.name())), partner.name()));
        }
        Page page = onlyPage(a3, d);
        if (n == 12) {
            assertTrue(texts(page).stream().anyMatch(t -> t.startsWith("\u2026 en nog ")
                    && t.endsWith("(zie het huiswerk)")), "says how many more and where");
        }
        // what is cut short keeps its category and amount: they come first
        assertTrue(texts(page).stream().anyMatch(t -> t.startsWith("mensen \u00b7 1.234.567,89\u00a0")), "amount first");
    }

    @Test
    void theSampleWithItsSharedAmbitionInTheCore() {
        Dossier d = Dossiers.sample();
        Page page = onlyPage(a3, d);
        assertWellLaidOut(page, A3_MIN_PT);
        String statement = d.ambition().current().orElseThrow().statement();
        assertTrue(labels(page).stream().anyMatch(l -> l.text().equals(statement)), "the current statement");
        assertContains(page, "GEZAMENLIJKE KERN");
        assertContains(page, "Ronde 2");
        d.partners().forEach(p -> assertContains(page, p.name()));
        assertContains(page, "250.000\u00a0euro/jaar");
        assertContains(page, "(eis)");
        // the type grows with the sheet
        Page poster = onlyPage(a0, d);
        assertWellLaidOut(poster, A3_MIN_PT * k(poster));
        assertEquals(smallest(page) * k(poster), smallest(poster), 0.01);
    }

    /**
     * The figure measures its text as the printer will: with the advance widths of the embedded font, every label
     * of a figure that fits holds all of its text, and no line is cut short.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sample", "2", "5", "12"})
    void everyLabelHoldsItsWholeTextInThePrintedFont(String which) throws Exception {
        Dossier d = which.equals("sample") ? Dossiers.sample() : Dossiers.table(Integer.parseInt(which));
        PrintedFont regular = new PrintedFont("DejaVuSans.ttf");
        PrintedFont bold = new PrintedFont("DejaVuSans-Bold.ttf");
        for (Printable p : List.of(a3, a0)) {
            for (Label l : labels(onlyPage(p, d))) {
                PrintedFont font = l.bold() ? bold : regular;
                int lines = TextMeasure.lines(l.text(), l.width(), t -> font.widthMm(t, l.sizePt())).size();
                int room = (int) Math.floor(l.height() / TextMeasure.lineHeightMm(l.sizePt()));
                assertTrue(lines <= room, "'" + l.text() + "' takes " + lines + " lines, has room for " + room);
            }
        }
    }

    /** The renderer's font, measured the way the renderer measures it: the sum of the characters' advances. */
    private static final class PrintedFont {
        private final org.apache.fontbox.ttf.TrueTypeFont font;
        private final org.apache.fontbox.ttf.CmapLookup cmap;
        private final double unitsPerEm;

        PrintedFont(String file) throws java.io.IOException {
            try (java.io.InputStream in = PrintablesTest.class.getResourceAsStream(
                    "/nl/koers/render/internal/fonts/" + file)) {
                font = new org.apache.fontbox.ttf.TTFParser().parse(
                        new org.apache.pdfbox.io.RandomAccessReadBuffer(in.readAllBytes()));
            }
            cmap = font.getUnicodeCmapLookup();
            unitsPerEm = font.getUnitsPerEm();
        }

        double widthMm(String text, double pt) {
            double units = text.codePoints().mapToDouble(c -> {
                try {
                    return font.getAdvanceWidth(cmap.getGlyphId(c));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
            return units / unitsPerEm * pt * 25.4 / 72;
        }
    }

    @Test
    void withoutAnAmbitionTheTitleIsTheCoreAndWithoutPartnersTheCoreStandsAlone() {
        Dossier d = Dossiers.table(3).withAmbition(null);
        Page page = onlyPage(a3, d);
        assertWellLaidOut(page, A3_MIN_PT);
        assertTrue(labels(page).stream().anyMatch(l -> l.text().equals(d.title()) && l.align() == Label.Align.CENTER),
                "the title in the core");
        assertContains(page, "nog geen gedeelde ambitie");

        Page empty = onlyPage(a0, Dossier.titled("Nieuw"));
        assertWellLaidOut(empty, A3_MIN_PT * k(empty));
        assertContains(empty, "Nieuw");
        assertContains(onlyPage(png, Dossier.titled("New"), EN), "no shared ambition yet");
    }

    @Test
    void agreedItemsAreTickedInTheFigure() {
        Dossier d = Dossiers.sample();
        Match m = BringGet.matches(d).get(0);
        Dossier agreed = ConversationData.of(d).withAgreed(m, true).edit().applyTo(d);
        Page page = onlyPage(a3, agreed);
        assertWellLaidOut(page, A3_MIN_PT);
        assertEquals(2, ticked(page), "both sides ticked");
        assertEquals(0, ticked(onlyPage(a3, d)), "none before");
    }

    @Test
    void speaksEnglish() {
        Page page = onlyPage(png, Dossiers.sample());
        assertWellLaidOut(page, A3_MIN_PT);
        assertContains(onlyPage(a3, Dossiers.sample(), EN), "SHARED CORE");
        assertContains(onlyPage(a3, Dossiers.sample(), EN), "Brings");
    }

    // ---- checks

    private static Page onlyPage(Printable p, Dossier d) {
        return onlyPage(p, d, NL);
    }

    private static Page onlyPage(Printable p, Dossier d, Locale locale) {
        List<Page> pages = p.pages(d, locale);
        assertEquals(1, pages.size());
        return pages.get(0);
    }

    private static double k(Page page) {
        return Math.min(page.size().widthMm(), page.size().heightMm()) / PageSize.A3_LANDSCAPE.heightMm();
    }

    private static double minPt(Page page) {
        return A3_MIN_PT * k(page) - 1e-9;
    }

    /**
     * Every label lies within the printable area (inside the margins), has room for at least one line, is at
     * least {@code minPt} large, is inside a box or clear of it, and no two labels overlap ({@link PageChecks});
     * and no two outlined boxes overlap.
     */
    static void assertWellLaidOut(Page page, double minPt) {
        PageChecks.assertWellLaidOut(page, minPt);
        PageChecks.assertBoxesApart(page);
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

    /** The items ticked as agreed (the key to the colours says what a tick means, and is not counted). */
    private static long ticked(Page page) {
        return labels(page).stream().filter(l -> l.text().startsWith("\u2713 ") && !l.text().equals("\u2713 afgesproken"))
                .count();
    }

    /** The size of the type of the partners' items. */
    private static double itemPt(Page page, Dossier d) {
        String first = d.partners().get(0).contributions().get(0).description();
        return labels(page).stream().filter(l -> l.text().contains(first)).findFirst().orElseThrow().sizePt();
    }

    private static double smallest(Page page) {
        return labels(page).stream().mapToDouble(Label::sizePt).min().orElse(0);
    }
}

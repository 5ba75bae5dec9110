package nl.koers.instrument.netwerkambitie.internal.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.domain.Dossier;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.testing.PageChecks;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.netwerkambitie.internal.Dossiers;

class PrintablesTest {
    private static final Locale NL = Locale.of("nl");
    private static final Locale EN = Locale.ENGLISH;

    private final Printable cards = new CardsPrintable();
    private final Printable blank = new BlankCardsPrintable();
    private final Printable a3 = new AmbitionPosterA3();
    private final Printable a0 = new AmbitionPosterA0();
    private final Printable exchange = new ExchangePrintable();
    private final Printable exchangeSheets = new ExchangeSheetsA3();

    @Test
    void idsFormatsAndNames() {
        assertEquals("netwerkambitie.cards", cards.id());
        assertEquals("netwerkambitie.cards.blank", blank.id());
        assertEquals("netwerkambitie.ambition.a3", a3.id());
        assertEquals("netwerkambitie.ambition.a0", a0.id());
        assertEquals("netwerkambitie.exchange", exchange.id());
        for (Printable p : all()) {
            assertEquals(p == exchange ? Printable.Format.PNG : Printable.Format.PDF, p.format(), p.id());
            for (Locale l : List.of(NL, EN)) {
                String name = p.name(l);
                assertFalse(name.isBlank() || name.contains("!"), p.id() + " " + l + ": " + name);
            }
            assertTrue(!p.name(NL).equals(p.name(EN)), p.id() + " speaks both languages");
        }
    }

    @Test
    void filledCardsOnePerPartnerWithTheirItems() {
        Dossier d = Dossiers.small();
        List<Page> pages = cards.pages(d, NL);
        assertEquals(d.partners().size(), pages.size());
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            Partner p = d.partners().get(i);
            assertEquals(PageSize.A4_PORTRAIT, page.size());
            assertWellLaidOut(page, 9);
            assertContains(page, p.name());
            assertContains(page, d.title());
            p.interests().forEach(interest -> assertContains(page, interest.text()));
            p.contributions().forEach(c -> assertContains(page, c.description()));
        }
        // the amount and unit are on the card, as a Dutch reader writes them
        assertContains(pages.get(0), "250.000\u00a0euro/jaar");
        assertContains(pages.get(0), "eis");
        assertContains(pages.get(2), "\u2014"); // an empty box says it is empty
    }

    @Test
    void anOverfullCardStaysInsideItsBoxesAndSaysWhatIsLeftOut() {
        Dossier d = Dossiers.overfull();
        Page page = cards.pages(d, NL).get(0);
        assertWellLaidOut(page, 9);
        assertTrue(texts(page).stream().anyMatch(t -> t.startsWith("\u2026 en nog ")
                && t.endsWith("(zie het dossier in Koers)")), "says how many more and where");
        assertContains(page, "0. Een heel lang belang");
    }

    @Test
    void blankCardsCarryTheNameAndThePrompts() {
        Dossier d = Dossiers.small();
        List<Page> pages = blank.pages(d, NL);
        assertEquals(d.partners().size(), pages.size());
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            assertEquals(PageSize.A4_PORTRAIT, page.size());
            assertWellLaidOut(page, 9);
            assertContains(page, d.partners().get(i).name());
            assertContains(page, d.title());
            assertContains(page, "continu\u00efteit"); // the category hints, in the words of the domain
            assertContains(page, "W / E");
            assertContains(page, "onderhandelbaar");
        }
        // without partners, one card with a line for the name
        Page empty = blank.pages(Dossier.titled("Nieuw"), EN).get(0);
        assertWellLaidOut(empty, 9);
        assertContains(empty, "W / D");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void postersWithoutAnAmbitionSaySo(String language) {
        Dossier d = Dossiers.small();
        for (Printable poster : List.of(a3, a0)) {
            List<Page> pages = poster.pages(d, Locale.of(language));
            assertEquals(1, pages.size());
            assertWellLaidOut(pages.get(0), 9);
            assertContains(pages.get(0), language.equals("nl") ? "nog geen gedeelde ambitie" : "No shared ambition");
        }
    }

    @Test
    void postersShowTheCurrentVersionWithFactsAndEndorsements() {
        Dossier d = Dossiers.withAmbition();
        Page onA3 = a3.pages(d, NL).get(0);
        Page onA0 = a0.pages(d, NL).get(0);
        assertEquals(PageSize.A3_LANDSCAPE, onA3.size());
        assertEquals(PageSize.A0_PORTRAIT, onA0.size());
        for (Page page : List.of(onA3, onA0)) {
            assertWellLaidOut(page, 12);
            assertContains(page, "elke jongere in Rivierenland");
            assertContains(page, "vaste contactpersoon");
            assertContains(page, "35% van hen heeft ook schulden");
            assertContains(page, "Regionale monitor 2025");
            assertContains(page, "Gemeente Waalstede");
            assertContains(page, "Wij missen de school als plek");
            assertContains(page, "Jeugdzorg De Overstap"); // not asked yet, but on the poster
            assertContains(page, "Ronde 2");
        }
        // the type grows with the sheet
        assertTrue(largest(onA0) > 2.5 * largest(onA3), largest(onA0) + " vs " + largest(onA3));
    }

    @Test
    void theExchangeSheetPrintsTheAgreedMatchesOnly() {
        Dossier d = Dossiers.matching();
        d = d.withMatchDecisions(List.of(new MatchDecision("c-r3", "c-g2", MatchDecision.Verdict.CONFIRMED),
                new MatchDecision("c-j1", "c-g2", MatchDecision.Verdict.DISMISSED)));
        Page page = exchange.pages(d, NL).get(0);
        assertWellLaidOut(page, 8);
        Set<String> texts = texts(page);
        assertContains(page, "Afgesproken: ROC Lingedal brengt \u201cLeerbanen bij het ROC\u201d");
        assertFalse(texts.stream().anyMatch(t -> t.contains("Afgesproken: Jeugdzorg")), texts.toString());
    }

    @Test
    void exchangeIsOneA3ImageWithEveryCardAndTheFindings() {
        Dossier d = Dossiers.small();
        List<Page> pages = exchange.pages(d, NL);
        assertEquals(1, pages.size());
        Page page = pages.get(0);
        assertEquals(PageSize.A3_LANDSCAPE, page.size());
        assertWellLaidOut(page, 8);
        d.partners().forEach(p -> assertContains(page, p.name()));
        assertContains(page, "Stagebegeleiders");
        assertContains(page, "Eis zonder antwoord: ROC Lingedal wil \u201cFinanciering na 2028\u201d halen");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 6, 7, 12})
    void exchangeFitsManyPartners(int n) {
        Dossier d = Dossiers.many(n);
        Page page = exchange.pages(d, NL).get(0);
        assertWellLaidOut(page, 7);
        d.partners().forEach(p -> assertContains(page, p.name()));
    }

    /**
     * A table too large for one sheet goes on to the next ones, every card readable: no label on another, none
     * below the smallest type; every partner on one of the sheets, once; the findings on the first, which says how
     * many sheets there are and where the rest is.
     */
    @ParameterizedTest
    @ValueSource(ints = {24, 50, 200})
    void aLargeTableGoesOnToMoreSheets(int n) {
        Dossier d = Dossiers.many(n);
        List<Page> sheets = exchangeSheets.pages(d, NL);
        assertTrue(sheets.size() > 1, sheets.size() + " sheets");
        sheets.forEach(sheet -> assertWellLaidOut(sheet, 7));
        for (Partner p : d.partners()) {
            assertEquals(1, sheets.stream().filter(sheet -> texts(sheet).contains(p.name())).count(), p.name());
        }
        assertContains(sheets.get(0), "blad 1 van " + sheets.size());
        assertContains(sheets.get(0), "Overzicht van de uitwisseling, alle bladen (A3)");
        assertContains(sheets.get(0), "Wat valt op");
        assertFalse(texts(sheets.get(1)).contains("Wat valt op"));
        assertEquals(sheets.subList(0, 1), exchange.pages(d, NL), "the image is the first of the same sheets");
    }

    @Test
    void cardsForTwelvePartnersFit() {
        Dossier d = Dossiers.many(12);
        List<Page> pages = cards.pages(d, EN);
        assertEquals(12, pages.size());
        pages.forEach(p -> assertWellLaidOut(p, 9));
        pages = blank.pages(d, EN);
        assertEquals(12, pages.size());
        pages.forEach(p -> assertWellLaidOut(p, 9));
    }

    // ---- checks

    private List<Printable> all() {
        return List.of(cards, blank, a3, a0, exchange, exchangeSheets);
    }

    /**
     * Every label lies within the printable area (inside the margins), has room for at least one line, is at
     * least {@code minPt} large, and no two labels overlap.
     */
    static void assertWellLaidOut(Page page, double minPt) {
        PageChecks.assertWellLaidOut(page, minPt);
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

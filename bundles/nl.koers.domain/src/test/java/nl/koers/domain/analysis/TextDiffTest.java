package nl.koers.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.koers.domain.analysis.Segment.Change;

class TextDiffTest {
    private static String join(List<Segment> segments, Change skipped) {
        return segments.stream().filter(s -> s.change() != skipped).map(Segment::text).collect(Collectors.joining());
    }

    private static void assertRebuilds(String before, String after) {
        List<Segment> diff = TextDiff.words(before, after);
        assertEquals(before, join(diff, Change.ADDED), "SAME + REMOVED gives the text before");
        assertEquals(after, join(diff, Change.REMOVED), "SAME + ADDED gives the text after");
        for (int i = 0; i < diff.size(); i++) {
            assertTrue(!diff.get(i).text().isEmpty(), "no empty segments");
            if (i > 0) {
                assertNotEquals(diff.get(i - 1).change(), diff.get(i).change(), () -> "merged: " + diff);
            }
        }
    }

    @Test
    void identicalTextsAreOneSameSegment() {
        String text = "Samen zorgen we dat ouderen langer thuis wonen.";
        assertEquals(List.of(new Segment(Change.SAME, text)), TextDiff.words(text, text));
    }

    @Test
    void anEmptyTextBeforeIsOneAddedSegment() {
        assertEquals(List.of(new Segment(Change.ADDED, "Een nieuwe ambitie.")), TextDiff.words("", "Een nieuwe ambitie."));
        assertEquals(List.of(new Segment(Change.ADDED, "Een nieuwe ambitie.")), TextDiff.words(null, "Een nieuwe ambitie."));
    }

    @Test
    void anEmptyTextAfterIsOneRemovedSegment() {
        assertEquals(List.of(new Segment(Change.REMOVED, "Weg ermee")), TextDiff.words("Weg ermee", ""));
    }

    @Test
    void twoEmptyTextsHaveNoSegments() {
        assertEquals(List.of(), TextDiff.words("", ""));
    }

    @Test
    void aReplacedWordIsRemovedThenAdded() {
        assertEquals(List.of(
                new Segment(Change.SAME, "In 2030 wonen "),
                new Segment(Change.REMOVED, "alle "),
                new Segment(Change.ADDED, "de meeste "),
                new Segment(Change.SAME, "ouderen thuis.")),
                TextDiff.words("In 2030 wonen alle ouderen thuis.", "In 2030 wonen de meeste ouderen thuis."));
    }

    @Test
    void aRewrittenPhraseReadsAsOneRemovalAndOneAddition() {
        assertEquals(List.of(
                new Segment(Change.SAME, "Wij "),
                new Segment(Change.REMOVED, "willen samen iets "),
                new Segment(Change.ADDED, "gaan gezamenlijk veel "),
                new Segment(Change.SAME, "bereiken")),
                TextDiff.words("Wij willen samen iets bereiken", "Wij gaan gezamenlijk veel bereiken"));
    }

    @Test
    void aWordAddedAtTheEndKeepsTheSpaceSensible() {
        assertEquals(List.of(new Segment(Change.SAME, "Samen sterk"), new Segment(Change.ADDED, " in de regio")),
                TextDiff.words("Samen sterk", "Samen sterk in de regio"));
    }

    @Test
    void punctuationIsItsOwnWord() {
        assertEquals(List.of(
                new Segment(Change.SAME, "Samen "),
                new Segment(Change.REMOVED, "sterk"),
                new Segment(Change.ADDED, "krachtig"),
                new Segment(Change.SAME, ".")),
                TextDiff.words("Samen sterk.", "Samen krachtig."));
    }

    @Test
    void wordsWithHyphensAndAccentsStayWhole() {
        assertEquals(List.of(
                new Segment(Change.SAME, "De "),
                new Segment(Change.REMOVED, "zorg-keten "),
                new Segment(Change.ADDED, "coördinatie "),
                new Segment(Change.SAME, "werkt")),
                TextDiff.words("De zorg-keten werkt", "De coördinatie werkt"));
    }

    @Test
    void aChangedSpaceIsMarkedWithoutTheWord() {
        assertEquals(List.of(
                new Segment(Change.SAME, "Eerste"),
                new Segment(Change.REMOVED, " "),
                new Segment(Change.ADDED, "\n"),
                new Segment(Change.SAME, "regel")),
                TextDiff.words("Eerste regel", "Eerste\nregel"));
    }

    @Test
    void leadingAndTrailingSpaceSurvive() {
        assertRebuilds("  voor", "voor  ");
        assertRebuilds("\n\tinspringen en meer ", " inspringen en minder\n");
        assertRebuilds("   ", "");
        assertRebuilds("", " \n ");
    }

    @Test
    void randomTextsAlwaysRebuildBothSides() {
        String[] words = {"samen", "zorg", "wij", "de", "het", "regio", ".", ",", "ouderen", "thuis", "2030", "één"};
        String[] spaces = {" ", " ", " ", "  ", "\n", ""};
        Random random = new Random(42);
        for (int run = 0; run < 500; run++) {
            assertRebuilds(randomText(random, words, spaces), randomText(random, words, spaces));
        }
    }

    @Test
    void longTextsAreComparedQuickly() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            String w = "w" + random.nextInt(200);
            a.append(w).append(' ');
            b.append(random.nextInt(10) == 0 ? "x" : w).append(' ');
        }
        long start = System.nanoTime();
        assertRebuilds(a.toString(), b.toString());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "a few thousand words take well under a second");
    }

    private static String randomText(Random random, String[] words, String[] spaces) {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(5) == 0) {
            out.append(spaces[random.nextInt(spaces.length)]);
        }
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            out.append(words[random.nextInt(words.length)]).append(spaces[random.nextInt(spaces.length)]);
        }
        return out.toString();
    }
}

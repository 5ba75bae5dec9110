package nl.koers.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.figure.TextMeasure;

class VisibleLinesTest {
    /** One millimetre per character: easy to reason about. */
    private static final TextMeasure.Width MONO = text -> text.codePointCount(0, text.length());

    @Test
    void linesThatFitAreShownAsTheyAre() {
        List<String> lines = List.of("een", "twee");
        assertSame(lines, VisibleLines.of(lines, 2, 10, MONO));
    }

    @Test
    void theLastShownLineEndsInAnEllipsisWhenTextIsCut() {
        assertEquals(List.of("een", "twee \u2026"), VisibleLines.of(List.of("een", "twee", "drie"), 2, 10, MONO));
    }

    @Test
    void wordsMakeRoomForTheEllipsis() {
        // "aaa bbbb ccc …" is 14 wide: the frame of 10 holds "aaa bbbb …"
        assertEquals(List.of("aaa bbbb \u2026"), VisibleLines.of(List.of("aaa bbbb ccc", "ddd"), 1, 10, MONO));
    }

    @Test
    void aWordWiderThanTheFrameIsCutInside() {
        assertEquals(List.of("samenwerk\u2026"),
                VisibleLines.of(List.of("samenwerkingsverband", "meer"), 1, 10, MONO));
    }

    @Test
    void asManyLinesAsTheHeightHoldsButAtLeastOne() {
        double line = TextMeasure.lineHeightMm(10);
        assertEquals(3, VisibleLines.maxLines(line * 3.5, 10));
        assertEquals(1, VisibleLines.maxLines(line / 2, 10));
    }

    /** A word of 30,000 characters is cut with a few measurements, not one per character dropped (it took 42 s). */
    @Test
    void aVeryLongWordIsCutWithFewMeasurements() {
        for (int n : new int[] {1_000, 30_000}) {
            Counting width = new Counting();
            String word = "a".repeat(n);
            assertEquals(List.of("a".repeat(49) + "\u2026"), VisibleLines.of(List.of(word, "meer"), 1, 50, width));
            width.atMostNLogN(n);
        }
    }

    /** A paragraph of 200,000 characters, broken into lines and cut, is measured in about n log n. */
    @Test
    void aVeryLongParagraphIsBrokenAndCutWithFewMeasurements() {
        for (int n : new int[] {2_000, 200_000}) {
            Counting width = new Counting();
            String paragraph = ("samen werken aan " + "x".repeat(40) + " ").repeat(n / 58);
            List<String> lines = TextMeasure.lines(paragraph, 60, width);
            List<String> shown = VisibleLines.of(lines, 3, 60, width);
            assertEquals(3, shown.size());
            assertEquals(lines.get(2) + " \u2026", shown.get(2));
            width.atMostNLogN(paragraph.length());
        }
    }

    /** Whether two ways of cutting agree: by halving, and by dropping one word, then one character, at a time. */
    @Test
    void cuttingByHalvingFindsWhatDroppingOneByOneFinds() {
        java.util.Random random = new java.util.Random(42);
        String[] pieces = {"a", "bb", "samenwerking", " ", "  ", "\t", "é", "\uD83D\uDE00", "x y"};
        for (int round = 0; round < 2000; round++) {
            StringBuilder line = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            double frame = random.nextInt(25);
            // widths differ per character, as in a real font
            TextMeasure.Width width = text -> text.codePoints().mapToDouble(c -> 0.5 + (c % 7) / 4.0).sum();
            assertEquals(droppingOneByOne(line.toString(), frame, width),
                    VisibleLines.withEllipsis(line.toString(), frame, width), "round " + round + ": " + line);
        }
    }

    /** The way it was done before: simple, and quadratic in the length of the line. */
    private static String droppingOneByOne(String line, double widthMm, TextMeasure.Width width) {
        String kept = line.strip();
        while (kept.contains(" ") && width.of(kept + " " + VisibleLines.ELLIPSIS) > widthMm) {
            kept = kept.substring(0, kept.lastIndexOf(' ')).strip();
        }
        if (width.of(kept + " " + VisibleLines.ELLIPSIS) <= widthMm) {
            return kept.isEmpty() ? VisibleLines.ELLIPSIS : kept + " " + VisibleLines.ELLIPSIS;
        }
        while (!kept.isEmpty() && width.of(kept + VisibleLines.ELLIPSIS) > widthMm) {
            kept = kept.substring(0, kept.offsetByCodePoints(kept.length(), -1));
        }
        return kept + VisibleLines.ELLIPSIS;
    }

    /** {@link #MONO}, counting how often it is asked and how many characters it reads. */
    private static final class Counting implements TextMeasure.Width {
        private long calls;
        private long characters;

        @Override
        public double of(String text) {
            calls++;
            characters += text.length();
            return MONO.of(text);
        }

        /** Both counts grow at most as n log n, with a small factor: the work of fitting a text of n characters. */
        void atMostNLogN(int n) {
            double nLogN = n * (Math.log(n) / Math.log(2));
            assertTrue(calls <= nLogN, calls + " measurements for " + n + " characters");
            assertTrue(characters <= 4 * nLogN, characters + " characters measured for " + n + " characters");
        }
    }
}

package nl.koers.instrument.api.figure.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.TextMeasure;
import nl.koers.instrument.api.figure.kit.Flow.Entry;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;
import nl.koers.instrument.api.figure.kit.Sheet.LineCount;

/**
 * The kit measures text in time that grows with the text, and a flow measures each entry once and only as far as
 * the frame reaches; what they set is what measuring every piece again set (the old flow is kept beside this test).
 */
class FlowPropertyTest {
    private static final String[] PIECES = {"een", "samenwerkingsverband", " ", "  ", "\n", "\r\n", "é", "\u2026",
        "\u2014", "\u4e2d", "x", ""};

    @Test
    void countingByAddingUpBreaksWhereMeasuringBreaks() {
        Random random = new Random(21);
        for (int round = 0; round < 3000; round++) {
            String text = text(random, 20);
            double width = random.nextInt(60);
            double pt = 6 + random.nextInt(8);
            boolean bold = random.nextBoolean();
            assertEquals(TextMeasure.lines(text, width, s -> PrintedFont.width(s, pt, bold)).size(),
                    PrintedFont.lines(text, width, pt, bold), "round " + round + ": " + text);
            double ch = pt * 0.3528 * (bold ? Sheet.BOLD_EM : Sheet.CHAR_EM);
            assertEquals(TextMeasure.lines(text, width, s -> s.length() * ch).size(),
                    Sheet.lines(text, width, pt, bold), "round " + round + ": " + text);
        }
    }

    @Test
    void aParagraphOf200000CharactersInAWideFrameIsReadOnce() {
        String paragraph = ("samen werken aan " + "x".repeat(40) + " ").repeat(200_000 / 58);
        AtomicLong read = new AtomicLong();
        int lines = AddedWidths.lines(paragraph, 1e9, c -> {
            read.incrementAndGet();
            return 1;
        }, n -> n);
        assertEquals(1, lines);
        assertTrue(read.get() <= paragraph.length() + 1, read + " characters read for " + paragraph.length());
    }

    @Test
    void aFlowSetsWhatTheOldFlowSet() {
        Random random = new Random(22);
        for (int round = 0; round < 1000; round++) {
            List<Entry> entries = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                entries.add(Entry.of(text(random, 8)));
            }
            double pt = 7 + random.nextInt(5);
            double gap = random.nextInt(3) * 0.5;
            int maxLines = 1 + random.nextInt(4);
            Frame frame = new Frame(5, 10, 20 + random.nextInt(60), random.nextInt(80));
            double marker = random.nextBoolean() ? 0 : 6;
            LineCount count = random.nextBoolean() ? Sheet.ESTIMATE : Sheet.PRINTED;
            List<Shape> expected = new ArrayList<>();
            List<Shape> actual = new ArrayList<>();
            double used = new FlowReference(count, expected, frame, pt, marker, maxLines)
                    .set(entries, "niets", n -> "en nog " + n, gap);
            assertEquals(used, new Flow(count, actual, frame, pt, marker, maxLines)
                    .set(entries, "niets", n -> "en nog " + n, gap), "round " + round);
            assertEquals(expected, actual, "round " + round);
        }
    }

    /** A list of 10,000 entries in a frame that holds a few is measured as far as the frame reaches. */
    @Test
    void aLongListIsMeasuredAsFarAsTheFrameReaches() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            entries.add(Entry.of("punt " + i));
        }
        AtomicLong measured = new AtomicLong();
        LineCount counting = (text, width, pt, bold) -> {
            measured.incrementAndGet();
            return Sheet.lines(text, width, pt, bold);
        };
        List<Shape> out = new ArrayList<>();
        new Flow(counting, out, new Frame(0, 0, 80, 60), 10, 0, 2).set(entries, "niets", n -> "en nog " + n, 1);
        assertTrue(out.size() > 3, "the frame holds a few");
        assertTrue(measured.get() <= 4 * out.size(), measured + " measurements for " + out.size() + " labels");
    }

    private static String text(Random random, int pieces) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(pieces); i > 0; i--) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }
}

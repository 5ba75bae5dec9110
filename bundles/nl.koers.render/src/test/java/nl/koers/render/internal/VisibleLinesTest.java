package nl.koers.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
}

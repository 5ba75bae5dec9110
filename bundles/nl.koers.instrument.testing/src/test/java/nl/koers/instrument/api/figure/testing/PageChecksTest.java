package nl.koers.instrument.api.figure.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;

class PageChecksTest {
    private static Page a4(Shape... shapes) {
        return new Page(PageSize.A4_PORTRAIT, List.of(shapes));
    }

    private static Label text(double x, double y, String text) {
        return Label.of(x, y, 60, 10, text, 10);
    }

    @Test
    void aTidyPagePasses() {
        Page page = a4(text(20, 20, "title"), text(20, 40, "body"), Box.outlined(15, 35, 80, 20, Colour.BLACK, 0.3));
        assertDoesNotThrow(() -> PageChecks.assertWellLaidOut(page, 8));
        assertDoesNotThrow(() -> PageChecks.assertBoxesApart(page));
    }

    @Test
    void eachFaultIsNamed() {
        assertFails(a4(text(1, 20, "left")), 8, "'left'", "starts inside the margin");
        assertFails(a4(text(180, 20, "right")), 8, "'right'", "ends inside the margin");
        assertFails(a4(text(20, 20, "small")), 12, "'small'", "is at least 12");
        assertFails(a4(Label.of(20, 20, 60, 1, "flat", 10)), 8, "'flat'", "has room for a line");
        assertFails(a4(text(20, 20, "a"), text(50, 25, "b")), 8, "'a' overlaps 'b'");
        assertFails(a4(text(20, 20, "across"), Box.outlined(50, 10, 40, 40, Colour.BLACK, 0.3)), 8,
                "'across' crosses the edge of a box");
        assertFails(a4(), 8, "no labels");
    }

    @Test
    void boxesThatOverlapFailOnlyWhenAsked() {
        Page page = a4(text(20, 100, "x"), Box.outlined(15, 15, 50, 50, Colour.BLACK, 0.3),
                Box.outlined(40, 40, 50, 50, Colour.BLACK, 0.3));
        assertDoesNotThrow(() -> PageChecks.assertWellLaidOut(page, 8));
        AssertionError e = assertThrows(AssertionError.class, () -> PageChecks.assertBoxesApart(page));
        assertTrue(e.getMessage().startsWith("two boxes overlap"), e.getMessage());
        // boxes that only touch are apart
        assertDoesNotThrow(() -> PageChecks.assertBoxesApart(a4(Box.outlined(15, 15, 50, 50, Colour.BLACK, 0.3),
                Box.outlined(65, 15, 50, 50, Colour.BLACK, 0.3))));
    }

    private static void assertFails(Page page, double minPt, String... says) {
        AssertionError e = assertThrows(AssertionError.class, () -> PageChecks.assertWellLaidOut(page, minPt));
        for (String part : says) {
            assertTrue(e.getMessage().contains(part), e.getMessage() + " should say " + part);
        }
    }
}

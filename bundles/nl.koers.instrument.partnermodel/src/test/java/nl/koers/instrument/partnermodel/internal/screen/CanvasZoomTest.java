package nl.koers.instrument.partnermodel.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

class CanvasZoomTest {
    /** A wall that fits the view at 40 %. */
    private static final double FITS = 0.4;

    private final List<String> said = new ArrayList<>();
    private final CanvasZoom zoom = new CanvasZoom(least -> FITS, () -> said.add("laid out"));

    CanvasZoomTest() {
        zoom.onChange(() -> said.add("zoom " + Math.round(zoom.value() * 100)));
    }

    @Test
    void untilTheUserChoosesTheWholeWallIsShownWhileItsTypeIsReadable() {
        zoom.suggest(0.3);
        assertEquals(FITS, zoom.value());
        zoom.suggest(0.5);
        assertEquals(1, zoom.value(), "type too small at 40 %: shown at 100 %, scrolling");
        assertEquals(List.of("zoom 40", "zoom 100"), said, "a suggestion lays nothing out: the wall is being laid out");
    }

    @Test
    void whatTheUserChoseStaysAndStaysWithinItsLimits() {
        zoom.by(1.25);
        assertEquals(1.25, zoom.value());
        zoom.suggest(0.3);
        assertEquals(1.25, zoom.value(), "chosen: no longer suggested");
        for (int i = 0; i < 20; i++) {
            zoom.by(2);
        }
        assertEquals(CanvasZoom.MAX, zoom.value());
        for (int i = 0; i < 20; i++) {
            zoom.by(0.5);
        }
        assertEquals(CanvasZoom.MIN, zoom.value());
        zoom.fit();
        assertEquals(FITS, zoom.value());
        assertEquals(List.of("laid out", "zoom 125"), said.subList(0, 2), "the wall laid out before it is told");
    }

    @Test
    void ctrlWithPlusMinusAndZeroZoomOtherKeysPass() {
        Event plus = key('+', SWT.MOD1);
        zoom.keys(plus);
        assertEquals(1.25, zoom.value());
        assertFalse(plus.doit, "the key is the zoom's");
        zoom.keys(key('-', SWT.MOD1));
        assertEquals(1, zoom.value(), 1e-9);
        zoom.keys(key('0', SWT.MOD1));
        assertEquals(FITS, zoom.value());

        Event plain = key('+', 0);
        zoom.keys(plain);
        Event other = key('x', SWT.MOD1);
        zoom.keys(other);
        assertEquals(FITS, zoom.value());
        assertTrue(plain.doit && other.doit, "typed, not taken");
    }

    private static Event key(char c, int mask) {
        Event e = new Event();
        e.character = c;
        e.stateMask = mask;
        e.doit = true;
        return e;
    }
}

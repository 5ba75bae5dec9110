package nl.koers.instrument.partnermodel.internal.screen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import nl.koers.instrument.api.figure.TextMeasure;
import nl.koers.instrument.api.swt.FigurePainter;

/**
 * What the canvas measured, kept from one laying out to the next: the fonts the figure painter draws in, one per
 * size, the width of every piece of text in them, and the lines each text breaks into at a width. An edit changes
 * one note: the next layout measures that note's text and finds every other in here. One per display for all the
 * instrument's steps; freed with the display.
 */
final class TextWidths {
    /** Enough for thousands of notes at a few sizes; beyond it (a long session of edits) all is measured anew. */
    private static final int MOST = 200_000;

    /** Measured in one slice at least, however long finding the measured text took: each slice gets further. */
    private static final int LEAST_PER_SLICE = 100;

    private record Broken(int font, String text, double widthMm, double pxPerMm) {
    }

    private final Display display;
    private final int dpi;
    private final Image image;
    private final GC gc;
    private final Map<Integer, Font> fonts = new HashMap<>();
    /** Widths in pixels by font and text: a layout tries many arrangements of the same words. */
    private final Map<Integer, Map<String, Integer>> widths = new HashMap<>();
    private final Map<Broken, List<String>> lines = new HashMap<>();
    /** Draws the canvases: it keeps its own fonts and the lines each label broke into, for the next canvas too. */
    private final FigurePainter painter;
    private int kept;
    private long measured;
    private long asked;
    /** When the current slice ends ({@link System#nanoTime}); without a slice, never. */
    private long sliceEnds = Long.MAX_VALUE;
    private int measuredInSlice;

    TextWidths(Display display) {
        this.display = display;
        this.dpi = display.getDPI().y;
        this.image = new Image(display, 1, 1);
        this.gc = new GC(image);
        this.painter = new FigurePainter(display);
    }

    /** The painter all canvases on this display draw with. */
    FigurePainter painter() {
        return painter;
    }

    /** Dots per inch of the screen, vertically: what the painter turns points into pixels with. */
    int dpi() {
        return dpi;
    }

    /**
     * The lines of {@code text} in a frame {@code widthMm} wide at {@code pxPerMm}, in font {@code font} ({@link
     * #font}'s key), compared in millimetres as the painter compares them.
     */
    List<String> lines(int font, String text, double widthMm, double pxPerMm) {
        asked++;
        Broken key = new Broken(font, text, widthMm, pxPerMm);
        List<String> known = lines.get(key);
        if (known == null) {
            known = List.copyOf(TextMeasure.lines(text, widthMm, s -> width(font, s) / pxPerMm));
            remember();
            lines.put(key, known);
        }
        return known;
    }

    /** The width of {@code text} in pixels, in font {@code font}. */
    int width(int font, String text) {
        Map<String, Integer> known = widths.computeIfAbsent(font, k -> new HashMap<>());
        Integer w = known.get(text);
        if (w == null) {
            if (measuredInSlice >= LEAST_PER_SLICE && System.nanoTime() > sliceEnds) {
                throw new Later();
            }
            measuredInSlice++;
            gc.setFont(font(font));
            w = gc.textExtent(text).x;
            measured++;
            remember();
            known.put(text, w);
        }
        return w;
    }

    /**
     * Measures for {@code nanos} from now (and at least a hundred pieces of text); after that, text not measured yet
     * throws {@link Later}. What was measured is kept, so the same work done again in the next turn of the event
     * loop finds it and gets further.
     */
    void slice(long nanos) {
        sliceEnds = System.nanoTime() + nanos;
        measuredInSlice = 0;
    }

    /** Measures whatever is asked, as long as it takes: the end of a {@link #slice}. */
    void unlimited() {
        sliceEnds = Long.MAX_VALUE;
    }

    /** The slice ended before all text was measured: the rest waits for the next turn of the event loop. */
    static final class Later extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Later() {
            // thrown and caught within one laying out: no stack to fill
            super(null, null, false, false);
        }
    }

    /** The font the painter makes for this key: its size in whole points, negative for bold. */
    private Font font(int key) {
        return fonts.computeIfAbsent(key, k -> {
            FontData base = display.getSystemFont().getFontData()[0];
            return new Font(display, base.getName(), Math.abs(k), k < 0 ? SWT.BOLD : SWT.NORMAL);
        });
    }

    private void remember() {
        if (++kept > MOST) {
            widths.clear();
            lines.clear();
            kept = 0;
        }
    }

    /** How many pieces of text were measured on the screen so far (the rest were found here): for tests. */
    long measured() {
        return measured;
    }

    /** How many line breaks were asked for, found here or not: a laying out that reuses its plans asks none. */
    long asked() {
        return asked;
    }

    void dispose() {
        painter.dispose();
        gc.dispose();
        image.dispose();
        fonts.values().forEach(Font::dispose);
        fonts.clear();
    }
}

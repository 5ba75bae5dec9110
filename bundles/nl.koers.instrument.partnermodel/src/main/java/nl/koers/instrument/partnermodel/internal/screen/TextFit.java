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

/**
 * Measures text in the fonts the figure painter draws it in, at the scale it is drawn: a label laid out with
 * these lines is drawn whole, without the painter's ellipsis. Estimates from an average character width fall
 * short on screen, where a bold title in a narrow block is wider than guessed.
 */
final class TextFit implements AutoCloseable {
    private final Display display;
    private final double pxPerMm;
    private final Image image;
    private final GC gc;
    private final Map<Integer, Font> fonts = new HashMap<>();
    /** Widths in pixels by font and text: a layout tries many arrangements of the same words. */
    private final Map<Integer, Map<String, Integer>> widths = new HashMap<>();

    TextFit(Display display, double pxPerMm) {
        this.display = display;
        this.pxPerMm = pxPerMm;
        this.image = new Image(display, 1, 1);
        this.gc = new GC(image);
    }

    /** The lines of {@code text} in a frame {@code widthMm} wide, as the painter breaks them. */
    List<String> lines(String text, double widthMm, double pt, boolean bold) {
        Map<String, Integer> known = widths.computeIfAbsent(key(pt, bold), k -> new HashMap<>());
        gc.setFont(font(pt, bold));
        return TextMeasure.lines(text, widthMm, s -> known.computeIfAbsent(s, t -> gc.textExtent(t).x) / pxPerMm);
    }

    int count(String text, double widthMm, double pt, boolean bold) {
        return lines(text, widthMm, pt, bold).size();
    }

    /** The width of the widest line or word, in millimetres: a frame narrower than this cuts it. */
    double widest(String text, double widthMm, double pt, boolean bold) {
        double widest = 0;
        for (String line : lines(text, widthMm, pt, bold)) {
            widest = Math.max(widest, widths.get(key(pt, bold)).computeIfAbsent(line, t -> gc.textExtent(t).x)
                    / pxPerMm);
        }
        return widest;
    }

    /** The font the painter makes for a label of {@code pt} points at this scale. */
    private Font font(double pt, boolean bold) {
        return fonts.computeIfAbsent(key(pt, bold), k -> {
            FontData base = display.getSystemFont().getFontData()[0];
            return new Font(display, base.getName(), Math.abs(k), bold ? SWT.BOLD : SWT.NORMAL);
        });
    }

    /** The font's size in whole points, as the painter rounds it; negative for bold. */
    private int key(double pt, boolean bold) {
        int heightPt = Math.max(1, (int) Math.round(pt * 0.3528 * pxPerMm * 72 / display.getDPI().y));
        return bold ? -heightPt : heightPt;
    }

    @Override
    public void close() {
        gc.dispose();
        image.dispose();
        fonts.values().forEach(Font::dispose);
    }
}

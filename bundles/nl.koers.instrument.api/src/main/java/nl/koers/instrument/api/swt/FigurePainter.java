package nl.koers.instrument.api.swt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Region;
import org.eclipse.swt.widgets.Display;

import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.TextMeasure;

/**
 * Draws a {@link Page} with SWT, scaled to fit a rectangle: the same description the render bundle prints. A
 * screen that shows a figure paints it in a canvas:
 *
 * <pre>{@code
 * canvas.addPaintListener(e -> {
 *     Rectangle r = canvas.getClientArea();
 *     FigurePainter.paint(e.gc, page, r.x, r.y, r.width, r.height);
 * });
 * }</pre>
 */
public final class FigurePainter {
    /** Enough for thousands of labels at a few sizes; beyond it (a long session of edits) all is measured anew. */
    private static final int MOST = 200_000;

    /** A label's text broken at a width, in one font at one scale. */
    private record Broken(int font, String text, double widthMm, double scale) {
    }

    private final Display display;
    private final int dpi;
    private final Map<Integer, Font> fonts = new HashMap<>();
    private final Map<Integer, Map<String, Integer>> widths = new HashMap<>();
    private final Map<Broken, List<String>> lines = new HashMap<>();
    private int kept;

    /**
     * A painter for one canvas that keeps what it made for the next paint: one font per size, and the lines each
     * label's text breaks into. A canvas that paints again on every edit then measures only the text that changed.
     * Dispose of it with the canvas:
     *
     * <pre>{@code
     * FigurePainter painter = new FigurePainter(canvas.getDisplay());
     * canvas.addDisposeListener(e -> painter.dispose());
     * canvas.addPaintListener(e -> painter.draw(e.gc, page, 0, 0, width, height));
     * }</pre>
     *
     * @param display the display it paints on; call it on that display's thread
     * @since 1.6
     */
    public FigurePainter(Display display) {
        this.display = display;
        this.dpi = display.getDPI().y;
    }

    /**
     * Paints {@code page} so that it fits {@code width} x {@code height} pixels at {@code (x, y)}, centred, on a
     * white sheet. Call it on the UI thread; the fonts and colours it makes are its own and freed.
     *
     * @param gc where to paint
     * @param page what to paint
     * @param x left of the rectangle, pixels
     * @param y top of the rectangle, pixels
     * @param width width of the rectangle, pixels
     * @param height height of the rectangle, pixels
     */
    public static void paint(GC gc, Page page, int x, int y, int width, int height) {
        FigurePainter painter = new FigurePainter(gc.getDevice() instanceof Display d ? d : Display.getCurrent());
        try {
            painter.draw(gc, page, x, y, width, height);
        } finally {
            painter.dispose();
        }
    }

    /**
     * Paints {@code page} as {@link #paint} does, with the fonts and lines kept from earlier paints. Only the shapes
     * that reach into the clipping of {@code gc} are drawn: a canvas that redraws the part that changed pays for
     * that part.
     *
     * @param gc where to paint
     * @param page what to paint
     * @param x left of the rectangle, pixels
     * @param y top of the rectangle, pixels
     * @param width width of the rectangle, pixels
     * @param height height of the rectangle, pixels
     * @since 1.6
     */
    public void draw(GC gc, Page page, int x, int y, int width, int height) {
        double scale = Math.min(width / page.size().widthMm(), height / page.size().heightMm());
        double offsetX = x + (width - page.size().widthMm() * scale) / 2;
        double offsetY = y + (height - page.size().heightMm() * scale) / 2;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Color white = new Color(255, 255, 255);
        gc.setBackground(white);
        gc.fillRectangle(px(offsetX), px(offsetY), px(page.size().widthMm() * scale),
                px(page.size().heightMm() * scale));
        Rectangle clip = gc.getClipping();
        for (Shape shape : page.shapes()) {
            if (clip.intersects(bounds(shape, scale, offsetX, offsetY))) {
                switch (shape) {
                    case Box b -> box(gc, b, scale, offsetX, offsetY);
                    case Line l -> line(gc, l, scale, offsetX, offsetY);
                    case Label t -> label(gc, t, scale, offsetX, offsetY);
                }
            }
        }
    }

    /**
     * Frees the fonts it made. A painter that is disposed of can paint again; it makes them anew.
     *
     * @since 1.6
     */
    public void dispose() {
        fonts.values().forEach(Font::dispose);
        fonts.clear();
    }

    /** Where a shape draws, in pixels, with room for its outline. */
    private static Rectangle bounds(Shape shape, double s, double ox, double oy) {
        return switch (shape) {
            case Box b -> around(b.x(), b.y(), b.x() + b.width(), b.y() + b.height(), b.strokeMm(), s, ox, oy);
            case Line l -> around(Math.min(l.x1(), l.x2()), Math.min(l.y1(), l.y2()), Math.max(l.x1(), l.x2()),
                    Math.max(l.y1(), l.y2()), l.widthMm(), s, ox, oy);
            case Label t -> around(t.x(), t.y(), t.x() + t.width(), t.y() + t.height(), 0, s, ox, oy);
        };
    }

    private static Rectangle around(double left, double top, double right, double bottom, double lineMm, double s,
            double ox, double oy) {
        int edge = Math.max(1, px(lineMm * s)) + 2;
        int x = px(ox + left * s) - edge;
        int y = px(oy + top * s) - edge;
        return new Rectangle(x, y, px(ox + right * s) + edge - x, px(oy + bottom * s) + edge - y);
    }

    private static void box(GC gc, Box b, double s, double ox, double oy) {
        int x = px(ox + b.x() * s);
        int y = px(oy + b.y() * s);
        int w = px(b.width() * s);
        int h = px(b.height() * s);
        int arc = px(b.cornerMm() * 2 * s);
        if (b.fill() != null) {
            Color c = colour(b.fill());
            gc.setBackground(c);
            gc.fillRoundRectangle(x, y, w, h, arc, arc);
        }
        if (b.stroke() != null) {
            Color c = colour(b.stroke());
            gc.setForeground(c);
            gc.setLineWidth(Math.max(1, px(b.strokeMm() * s)));
            gc.drawRoundRectangle(x, y, w, h, arc, arc);
        }
    }

    private static void line(GC gc, Line l, double s, double ox, double oy) {
        gc.setForeground(colour(l.colour()));
        gc.setLineWidth(Math.max(1, px(l.widthMm() * s)));
        gc.drawLine(px(ox + l.x1() * s), px(oy + l.y1() * s), px(ox + l.x2() * s), px(oy + l.y2() * s));
    }

    private void label(GC gc, Label t, double s, double ox, double oy) {
        // points to pixels at this scale: 1 pt = 0.3528 mm
        int heightPx = Math.max(1, (int) Math.round(t.sizePt() * 0.3528 * s * 72 / dpi));
        int font = t.bold() ? -heightPx : heightPx;
        // the label's box within the clipping the paint event gave: with none (setClipping(null)) GTK lets the
        // painter draw outside its widget, over the buttons below a canvas
        Region given = new Region(display);
        Region box = new Region(display);
        try {
            gc.getClipping(given);
            gc.setFont(font(font));
            gc.setForeground(colour(t.colour()));
            double lineMm = TextMeasure.lineHeightMm(t.sizePt());
            List<String> lines = lines(gc, font, t.text(), t.width(), s);
            // a frame of no size (a figure squeezed very small) shows nothing; a Region refuses a negative size
            box.add(px(ox + t.x() * s), px(oy + t.y() * s), Math.max(0, px(t.width() * s)),
                    Math.max(0, px(t.height() * s)));
            box.intersect(given);
            gc.setClipping(box);
            int maxLines = Math.max(1, (int) Math.floor(t.height() / lineMm));
            for (int i = 0; i < Math.min(lines.size(), maxLines); i++) {
                String line = lines.get(i);
                if (i == maxLines - 1 && lines.size() > maxLines) {
                    line = line + " \u2026";
                }
                double lineWidthMm = t.align() == Label.Align.LEFT ? 0 : width(gc, font, line) / s;
                double dx = switch (t.align()) {
                    case LEFT -> 0;
                    case CENTER -> (t.width() - lineWidthMm) / 2;
                    case RIGHT -> t.width() - lineWidthMm;
                };
                gc.drawText(line, px(ox + (t.x() + dx) * s), px(oy + (t.y() + i * lineMm) * s), true);
            }
            gc.setClipping(given);
        } finally {
            box.dispose();
            given.dispose();
        }
    }

    /** The font for a label's size in whole pixels' worth of points, negative for bold: made once per painter. */
    private Font font(int key) {
        return fonts.computeIfAbsent(key, k -> {
            FontData base = display.getSystemFont().getFontData()[0];
            return new Font(display, base.getName(), Math.abs(k), k < 0 ? SWT.BOLD : SWT.NORMAL);
        });
    }

    /** The lines of a label's text at its width, in the font set on {@code gc}. */
    private List<String> lines(GC gc, int font, String text, double widthMm, double s) {
        Broken key = new Broken(font, text, widthMm, s);
        List<String> known = lines.get(key);
        if (known == null) {
            known = List.copyOf(TextMeasure.lines(text, widthMm, piece -> width(gc, font, piece) / s));
            remember();
            lines.put(key, known);
        }
        return known;
    }

    /** The width of {@code text} in pixels in the font set on {@code gc}, whose key is {@code font}. */
    private int width(GC gc, int font, String text) {
        Map<String, Integer> known = widths.computeIfAbsent(font, k -> new HashMap<>());
        Integer w = known.get(text);
        if (w == null) {
            w = gc.textExtent(text).x;
            remember();
            known.put(text, w);
        }
        return w;
    }

    private void remember() {
        if (++kept > MOST) {
            widths.clear();
            lines.clear();
            kept = 0;
        }
    }

    private static Color colour(Colour c) {
        // SWT colours made from RGB need no disposal since SWT 3.120
        return new Color(c.red(), c.green(), c.blue());
    }

    private static int px(double v) {
        return (int) Math.round(v);
    }
}

package nl.koers.instrument.api.swt;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
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
    private FigurePainter() {
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
        double scale = Math.min(width / page.size().widthMm(), height / page.size().heightMm());
        double offsetX = x + (width - page.size().widthMm() * scale) / 2;
        double offsetY = y + (height - page.size().heightMm() * scale) / 2;
        Display display = gc.getDevice() instanceof Display d ? d : Display.getCurrent();
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Color white = new Color(255, 255, 255);
        gc.setBackground(white);
        gc.fillRectangle(px(offsetX), px(offsetY), px(page.size().widthMm() * scale),
                px(page.size().heightMm() * scale));
        for (Shape shape : page.shapes()) {
            switch (shape) {
                case Box b -> box(gc, b, scale, offsetX, offsetY);
                case Line l -> line(gc, l, scale, offsetX, offsetY);
                case Label t -> label(gc, display, t, scale, offsetX, offsetY);
            }
        }
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

    private static void label(GC gc, Display display, Label t, double s, double ox, double oy) {
        // points to pixels at this scale: 1 pt = 0.3528 mm
        int heightPx = Math.max(1, (int) Math.round(t.sizePt() * 0.3528 * s * 72 / display.getDPI().y));
        FontData base = display.getSystemFont().getFontData()[0];
        Font font = new Font(display, base.getName(), heightPx, t.bold() ? SWT.BOLD : SWT.NORMAL);
        // the label's box within the clipping the paint event gave: with none (setClipping(null)) GTK lets the
        // painter draw outside its widget, over the buttons below a canvas
        Region given = new Region(display);
        Region box = new Region(display);
        try {
            gc.getClipping(given);
            gc.setFont(font);
            gc.setForeground(colour(t.colour()));
            double lineMm = TextMeasure.lineHeightMm(t.sizePt());
            List<String> lines = TextMeasure.lines(t.text(), t.width(), text -> gc.textExtent(text).x / s);
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
                double lineWidthMm = gc.textExtent(line).x / s;
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
            font.dispose();
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

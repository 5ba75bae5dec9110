package nl.koers.render.internal;

import java.util.ArrayList;
import java.util.List;

import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.TextMeasure;

/**
 * Sets a list down the pages of a sheet, top to bottom within the margins: a cursor that starts a new page when the
 * next row does not fit. For the dossier's own printables, which are lists (spannende punten, session plans).
 */
final class PageCursor {
    private static final Colour RULE = new Colour(190, 190, 190);

    private final PageSize size;
    private final List<Page> pages = new ArrayList<>();
    private List<Shape> shapes = new ArrayList<>();
    private double y;

    PageCursor(PageSize size) {
        this.size = size;
        y = size.marginMm();
    }

    /** The left edge of the text. */
    double left() {
        return size.marginMm();
    }

    /** The width between the margins. */
    double width() {
        return size.widthMm() - 2 * size.marginMm();
    }

    /** Starts a new page when {@code h} millimetres do not fit on this one. */
    void fit(double h) {
        if (y + h > size.heightMm() - size.marginMm()) {
            newPage();
        }
    }

    /** Goes on on a fresh page, unless this one is still empty. */
    void newPage() {
        if (!shapes.isEmpty()) {
            pages.add(new Page(size, shapes));
            shapes = new ArrayList<>();
            y = size.marginMm();
        }
    }

    void down(double mm) {
        y += mm;
    }

    /** A thin line across the text's width at the cursor. */
    void rule() {
        shapes.add(new Line(left(), y, left() + width(), y, RULE, 0.2));
    }

    /** Puts a label at the cursor's height without moving it; returns how high it is. */
    double label(double x, double w, String text, double pt, boolean bold, Colour colour) {
        double h = height(text, w, pt);
        shapes.add(new Label(x, y, w, h, text, pt, bold, colour, Label.Align.LEFT));
        return h;
    }

    /** The pages so far, the one in progress included. */
    List<Page> pages() {
        List<Page> all = new ArrayList<>(pages);
        all.add(new Page(size, shapes));
        return List.copyOf(all);
    }

    /** Lines measured generously (wider than DejaVu Sans is), so no line is cut off. */
    static double height(String text, double w, double pt) {
        int lines = TextMeasure.lines(text, w, s -> s.length() * pt * 0.3528 * 0.6).size();
        return Math.max(1, lines) * TextMeasure.lineHeightMm(pt);
    }
}

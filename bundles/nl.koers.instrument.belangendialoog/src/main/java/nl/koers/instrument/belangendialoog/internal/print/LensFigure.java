package nl.koers.instrument.belangendialoog.internal.print;

import java.util.ArrayList;
import java.util.List;

import nl.koers.domain.Lens;
import nl.koers.domain.analysis.LensProfile;
import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.belangendialoog.internal.Phrases;

/**
 * The lens profile of the table as a bar chart: one bar per lens, as long as the number of people who wear it,
 * the number beside it, and the lens nobody wears in red with "niemand". The window draws the same figure that
 * is printed. Three columns that never overlap: the lens, the bar, the count.
 */
public final class LensFigure {
    static final Colour BAR = new Colour(0, 120, 136);
    static final Colour EMPTY = new Colour(200, 200, 200);

    private LensFigure() {
    }

    /** The chart alone on a page of its own, for the screen: type of {@code pt} points. */
    public static Page page(Phrases say, LensProfile profile, PageSize size, double pt) {
        double m = size.marginMm() / 2;
        return new Page(size, chart(say, profile, m, m, size.widthMm() - 2 * m, size.heightMm() - 2 * m, pt));
    }

    /** The chart inside the frame at {@code x, y} of {@code w} by {@code h} millimetres. */
    public static List<Shape> chart(Phrases say, LensProfile profile, double x, double y, double w, double h,
            double pt) {
        List<Shape> out = new ArrayList<>();
        double nameW = w * 0.30;
        double countW = w * 0.22;
        double gap = Math.max(1.5, w * 0.015);
        double barX = x + nameW + gap;
        double barW = w - nameW - countW - 2 * gap;
        double rowH = h / Lens.values().length;
        pt = fitting(say, profile, pt, nameW, countW, rowH);
        double labelH = Sheet.height(1, pt);
        double barH = Math.min(rowH * 0.62, labelH * 1.6);
        int most = Math.max(1, profile.most());
        for (int i = 0; i < Lens.values().length; i++) {
            Lens lens = Lens.values()[i];
            int count = profile.count(lens);
            boolean nobody = profile.nobody().contains(lens);
            double middle = y + i * rowH + rowH / 2;
            Colour ink = nobody ? Sheet.DEMAND : Sheet.INK;
            out.add(new Label(x, middle - labelH / 2, nameW, labelH, capital(say.word(lens)), pt, true, ink,
                    Label.Align.RIGHT));
            if (count > 0) {
                out.add(Box.filled(barX, middle - barH / 2, barW * count / most, barH, BAR));
            } else {
                out.add(Box.outlined(barX, middle - barH / 2, Math.min(barW, barH), barH, EMPTY, 0.3));
            }
            String what = nobody ? say.get("lens.nobody") : say.format("lens.count", count);
            out.add(new Label(x + w - countW, middle - labelH / 2, countW, labelH, what, pt, nobody, ink,
                    Label.Align.LEFT));
        }
        out.add(new Line(barX, y, barX, y + h, Sheet.QUIET, 0.3));
        return out;
    }

    /** The type size, at most {@code pt} at which every lens name and count fits its column and row. */
    private static double fitting(Phrases say, LensProfile profile, double pt, double nameW, double countW,
            double rowH) {
        double size = Math.min(pt, (rowH - 0.2) / Sheet.lineMm(1));
        for (Lens lens : Lens.values()) {
            String count = profile.nobody().contains(lens) ? say.get("lens.nobody")
                    : say.format("lens.count", profile.count(lens));
            while (size > 6 && (Sheet.lines(capital(say.word(lens)), nameW, size, true) > 1
                    || Sheet.lines(count, countW, size, true) > 1)) {
                size -= 0.5;
            }
        }
        return size;
    }

    public static String capital(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}

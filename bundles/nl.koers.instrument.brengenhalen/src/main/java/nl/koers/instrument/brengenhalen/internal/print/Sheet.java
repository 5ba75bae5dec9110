package nl.koers.instrument.brengenhalen.internal.print;

import java.util.List;

import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.TextMeasure;

/**
 * The tiny layout kit of the printed sheets: text heights, boxes with a title strip, and sharing out the height
 * of a sheet between boxes by what they hold. Measures in millimetres, type in points.
 */
final class Sheet {
    static final Colour INK = new Colour(33, 33, 33);
    static final Colour QUIET = new Colour(100, 100, 100);
    static final Colour RULE = new Colour(190, 190, 190);
    static final Colour STRIP = new Colour(222, 236, 238);
    static final Colour ACCENT = new Colour(0, 88, 102);
    static final Colour DEMAND = new Colour(165, 25, 25);
    static final Colour MARK = new Colour(255, 246, 200);
    static final Colour BRING = new Colour(0, 115, 80);
    static final Colour GET = new Colour(190, 90, 0);
    static final Colour AGREED = new Colour(0, 110, 50);
    static final Colour CORE = new Colour(232, 243, 244);
    static final Colour TABLE = new Colour(246, 249, 249);

    private Sheet() {
    }

    /** A rectangle on the page. */
    record Frame(double x, double y, double w, double h) {
        double bottom() {
            return y + h;
        }

        double right() {
            return x + w;
        }

        /** The same frame made smaller by {@code pad} on every side. */
        Frame inset(double pad) {
            return new Frame(x + pad, y + pad, w - 2 * pad, h - 2 * pad);
        }
    }

    static double lineMm(double pt) {
        return TextMeasure.lineHeightMm(pt);
    }

    /** The height of {@code lines} lines: the label shows exactly that many. */
    static double height(int lines, double pt) {
        return lines * lineMm(pt) + 0.2;
    }

    /** How many lines {@code text} will take in {@code widthMm}, in the printed font. */
    static int lines(String text, double widthMm, double pt) {
        return lines(text, widthMm, pt, false);
    }

    static int lines(String text, double widthMm, double pt, boolean bold) {
        return Measure.lines(text, widthMm, pt, bold);
    }

    /** A label sized to its text (at most {@code maxLines}), at the top left of the rest. */
    static Label text(double x, double y, double w, String text, double pt, int maxLines) {
        int n = Math.max(1, Math.min(maxLines, lines(text, w, pt)));
        return new Label(x, y, w, height(n, pt), text, pt, false, INK, Label.Align.LEFT);
    }

    /**
     * A box with its title in a strip along the top; returns the frame left for the content, inside the
     * box's padding.
     */
    static Frame box(List<Shape> out, Frame f, String title, double titlePt) {
        return box(out, f, title, titlePt, 1);
    }

    /** A box whose title may take up to {@code titleLines} lines. */
    static Frame box(List<Shape> out, Frame f, String title, double titlePt, int titleLines) {
        int n = Math.max(1, Math.min(titleLines, lines(title, f.w() - 5, titlePt, true)));
        double strip = n * lineMm(titlePt) + 3;
        out.add(new Box(f.x(), f.y(), f.w(), strip, STRIP, null, 0, 0));
        out.add(new Box(f.x(), f.y(), f.w(), f.h(), null, ACCENT, 0.35, 1.5));
        out.add(new Label(f.x() + 2.5, f.y() + 1.5, f.w() - 5, height(n, titlePt), title, titlePt, true, ACCENT,
                Label.Align.LEFT));
        return new Frame(f.x() + 2.5, f.y() + strip + 2, f.w() - 5, f.h() - strip - 3.5);
    }

    /** The height of a box whose content is {@code contentMm} high, with its title strip and padding. */
    static double boxHeight(double contentMm, double titlePt) {
        return lineMm(titlePt) + 3 + 2 + contentMm + 1.5;
    }

    /** The width of a marker column that holds each of {@code words} in bold at {@code pt}. */
    static double markerWidth(double pt, String... words) {
        int longest = 0;
        for (String w : words) {
            longest = Math.max(longest, w.length());
        }
        return longest * pt * 0.3528 * 0.72 + 1.5;
    }

    static Line rule(double x1, double y, double x2) {
        return new Line(x1, y, x2, y, RULE, 0.25);
    }

    /**
     * Shares {@code available} out between parts that need {@code needs} and must get at least {@code mins}:
     * when all fits, what is left over is shared in proportion to the needs; when it does not, every part gets
     * its minimum and the rest is shared in proportion to what each needs beyond it.
     */
    static double[] share(double available, double[] needs, double[] mins) {
        int n = needs.length;
        double[] want = new double[n];
        double total = 0;
        double minTotal = 0;
        for (int i = 0; i < n; i++) {
            want[i] = Math.max(needs[i], mins[i]);
            total += want[i];
            minTotal += mins[i];
        }
        double[] out = new double[n];
        if (total <= available) {
            double extra = available - total;
            for (int i = 0; i < n; i++) {
                out[i] = want[i] + extra * want[i] / total;
            }
            return out;
        }
        double beyond = total - minTotal;
        double rest = Math.max(0, available - minTotal);
        for (int i = 0; i < n; i++) {
            out[i] = mins[i] + (beyond <= 0 ? 0 : rest * (want[i] - mins[i]) / beyond);
        }
        return out;
    }
}

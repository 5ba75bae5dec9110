package nl.koers.instrument.api.figure.kit;

import java.util.List;

import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.TextMeasure;

/**
 * The tiny layout kit of the printed sheets: text height estimates, boxes with a title strip, and sharing
 * out the height of a sheet between boxes by what they hold. Measures in millimetres, type in points.
 * <p>
 * Text is measured with an estimate from an average character width unless a {@link LineCount} that knows the
 * printed font is passed in. An instrument may extend this class with its own colours and sheet parts; its
 * static methods are then reached through the subclass's name.
 */
public class Sheet {
    public static final Colour INK = new Colour(33, 33, 33);
    public static final Colour QUIET = new Colour(100, 100, 100);
    public static final Colour RULE = new Colour(190, 190, 190);
    public static final Colour STRIP = new Colour(222, 236, 238);
    public static final Colour ACCENT = new Colour(0, 88, 102);
    public static final Colour DEMAND = new Colour(165, 25, 25);
    public static final Colour MARK = new Colour(255, 246, 200);

    /** Average character width as a share of the type size: generous, so an estimate rarely falls short. */
    public static final double CHAR_EM = 0.54;
    public static final double BOLD_EM = 0.62;

    /** For an instrument's own sheet kit, which adds to this one. */
    protected Sheet() {
    }

    /** How many lines a text takes in a width, at a type size, in the font the sheet is printed in. */
    @FunctionalInterface
    public interface LineCount {
        int lines(String text, double widthMm, double pt, boolean bold);
    }

    /** The estimate from an average character width, {@link #lines(String, double, double, boolean)}. */
    public static final LineCount ESTIMATE = Sheet::lines;

    /** A rectangle on the page. */
    public record Frame(double x, double y, double w, double h) {
        public double bottom() {
            return y + h;
        }

        public double right() {
            return x + w;
        }

        /** The same frame made smaller by {@code pad} on every side. */
        public Frame inset(double pad) {
            return new Frame(x + pad, y + pad, w - 2 * pad, h - 2 * pad);
        }
    }

    public static double lineMm(double pt) {
        return TextMeasure.lineHeightMm(pt);
    }

    /** The height of {@code lines} lines: the label shows exactly that many. */
    public static double height(int lines, double pt) {
        return lines * lineMm(pt) + 0.2;
    }

    /** How many lines {@code text} will take in {@code widthMm}, estimated with an average character width. */
    public static int lines(String text, double widthMm, double pt) {
        return lines(text, widthMm, pt, false);
    }

    public static int lines(String text, double widthMm, double pt, boolean bold) {
        double ch = pt * 0.3528 * (bold ? BOLD_EM : CHAR_EM);
        return TextMeasure.lines(text, widthMm, s -> s.length() * ch).size();
    }

    /** A label sized to its text (at most {@code maxLines}), at the top left of the rest. */
    public static Label text(double x, double y, double w, String text, double pt, int maxLines) {
        int n = Math.max(1, Math.min(maxLines, lines(text, w, pt)));
        return new Label(x, y, w, height(n, pt), text, pt, false, INK, Label.Align.LEFT);
    }

    /**
     * A box with its title in a strip along the top; returns the frame left for the content, inside the
     * box's padding.
     */
    public static Frame box(List<Shape> out, Frame f, String title, double titlePt) {
        return box(out, f, title, titlePt, 1);
    }

    /** A box whose title may take up to {@code titleLines} lines. */
    public static Frame box(List<Shape> out, Frame f, String title, double titlePt, int titleLines) {
        int n = Math.max(1, Math.min(titleLines, lines(title, f.w() - 5, titlePt, true)));
        double strip = n * lineMm(titlePt) + 3;
        out.add(new Box(f.x(), f.y(), f.w(), strip, STRIP, null, 0, 0));
        out.add(new Box(f.x(), f.y(), f.w(), f.h(), null, ACCENT, 0.35, 1.5));
        out.add(new Label(f.x() + 2.5, f.y() + 1.5, f.w() - 5, height(n, titlePt), title, titlePt, true, ACCENT,
                Label.Align.LEFT));
        return new Frame(f.x() + 2.5, f.y() + strip + 2, f.w() - 5, f.h() - strip - 3.5);
    }

    /** The height of a box whose content is {@code contentMm} high, with its title strip and padding. */
    public static double boxHeight(double contentMm, double titlePt) {
        return lineMm(titlePt) + 3 + 2 + contentMm + 1.5;
    }

    /** The width of a marker column that holds each of {@code words} in bold at {@code pt}. */
    public static double markerWidth(double pt, String... words) {
        int longest = 0;
        for (String w : words) {
            longest = Math.max(longest, w.length());
        }
        return longest * pt * 0.3528 * 0.72 + 1.5;
    }

    public static Line rule(double x1, double y, double x2) {
        return new Line(x1, y, x2, y, RULE, 0.25);
    }

    /**
     * Shares {@code available} out between parts that need {@code needs} and must get at least {@code mins}:
     * when all fits, what is left over is shared in proportion to the needs; when it does not, every part gets
     * its minimum and the rest is shared in proportion to what each needs beyond it.
     */
    public static double[] share(double available, double[] needs, double[] mins) {
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

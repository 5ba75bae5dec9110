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
 *
 * <pre>{@code
 * Frame page = new Frame(m, m, size.widthMm() - 2 * m, size.heightMm() - 2 * m);
 * double[] heights = Sheet.share(page.h(), new double[] {needBring, needGet}, new double[] {30, 30});
 * Frame bring = Sheet.box(shapes, new Frame(page.x(), page.y(), page.w(), heights[0]), title, 12);
 * }</pre>
 */
public class Sheet {
    /** Text. */
    public static final Colour INK = new Colour(33, 33, 33);
    /** What is said quietly: an empty list, "and N more". */
    public static final Colour QUIET = new Colour(100, 100, 100);
    /** Thin lines between parts ({@link #rule}). */
    public static final Colour RULE = new Colour(190, 190, 190);
    /** The strip behind a box's title. */
    public static final Colour STRIP = new Colour(222, 236, 238);
    /** A box's outline and title. */
    public static final Colour ACCENT = new Colour(0, 88, 102);
    /** A demand, so a room sees at a glance what is not negotiable. */
    public static final Colour DEMAND = new Colour(165, 25, 25);
    /** A light background that marks something out, like a highlighter. */
    public static final Colour MARK = new Colour(255, 246, 200);

    /** Average character width as a share of the type size: generous, so an estimate rarely falls short. */
    public static final double CHAR_EM = 0.54;
    /** The same for bold type. */
    public static final double BOLD_EM = 0.62;

    /** For an instrument's own sheet kit, which adds to this one. */
    protected Sheet() {
    }

    /** How many lines a text takes in a width, at a type size, in the font the sheet is printed in. */
    @FunctionalInterface
    public interface LineCount {
        /**
         * {@return how many lines {@code text} takes}
         *
         * @param text the text
         * @param widthMm the width it wraps to
         * @param pt type size in points
         * @param bold whether it is bold
         */
        int lines(String text, double widthMm, double pt, boolean bold);
    }

    /** The estimate from an average character width, {@link #lines(String, double, double, boolean)}. */
    public static final LineCount ESTIMATE = Sheet::lines;

    /**
     * Lines counted in the font the renderer prints in ({@link PrintedFont}): a label sized with it shows all its
     * text, where the estimate may fall a line short in a wide font.
     */
    public static final LineCount PRINTED = PrintedFont::lines;

    /**
     * A rectangle on the page, in millimetres.
     *
     * @param x left edge
     * @param y top edge
     * @param w width
     * @param h height
     */
    public record Frame(double x, double y, double w, double h) {
        /** {@return the bottom edge} */
        public double bottom() {
            return y + h;
        }

        /** {@return the right edge} */
        public double right() {
            return x + w;
        }

        /**
         * {@return the same frame made smaller by {@code pad} on every side}
         *
         * @param pad millimetres
         */
        public Frame inset(double pad) {
            return new Frame(x + pad, y + pad, w - 2 * pad, h - 2 * pad);
        }
    }

    /**
     * {@return the height of one line in millimetres, as every renderer breaks it}
     *
     * @param pt type size in points
     */
    public static double lineMm(double pt) {
        return TextMeasure.lineHeightMm(pt);
    }

    /**
     * {@return the height of {@code lines} lines: a label of that height shows exactly that many}
     *
     * @param lines how many lines
     * @param pt type size in points
     */
    public static double height(int lines, double pt) {
        return lines * lineMm(pt) + 0.2;
    }

    /**
     * {@return how many lines {@code text} will take in {@code widthMm}, estimated with an average character width}
     *
     * @param text the text
     * @param widthMm the width it wraps to
     * @param pt type size in points
     */
    public static int lines(String text, double widthMm, double pt) {
        return lines(text, widthMm, pt, false);
    }

    /**
     * {@return how many lines {@code text} will take, in regular or bold type, estimated} This is
     * {@link #ESTIMATE}.
     *
     * @param text the text
     * @param widthMm the width it wraps to
     * @param pt type size in points
     * @param bold whether it is bold
     */
    public static int lines(String text, double widthMm, double pt, boolean bold) {
        double ch = pt * 0.3528 * (bold ? BOLD_EM : CHAR_EM);
        // the same breaks as TextMeasure.lines with a width of length times ch, added up as the line grows
        return AddedWidths.lines(text, widthMm, c -> 1, chars -> chars * ch);
    }

    /**
     * {@return a label sized to its text (at most {@code maxLines} lines), at the top left of the rest}
     *
     * @param x left edge, mm
     * @param y top edge, mm
     * @param w width, mm
     * @param text the text, in ink
     * @param pt type size in points
     * @param maxLines at most this many lines; more is cut with an ellipsis
     */
    public static Label text(double x, double y, double w, String text, double pt, int maxLines) {
        int n = Math.max(1, Math.min(maxLines, lines(text, w, pt)));
        return new Label(x, y, w, height(n, pt), text, pt, false, INK, Label.Align.LEFT);
    }

    /**
     * A box with its title in a strip along the top, on one line.
     *
     * @param out the page's shapes: the box, strip and title are added here
     * @param f where the box goes
     * @param title the title
     * @param titlePt the title's type size in points
     * @return the frame left for the content, inside the box's padding
     */
    public static Frame box(List<Shape> out, Frame f, String title, double titlePt) {
        return box(out, f, title, titlePt, 1);
    }

    /**
     * A box whose title may take up to {@code titleLines} lines.
     *
     * @param out the page's shapes: the box, strip and title are added here
     * @param f where the box goes
     * @param title the title
     * @param titlePt the title's type size in points
     * @param titleLines at most this many lines of title
     * @return the frame left for the content, inside the box's padding
     */
    public static Frame box(List<Shape> out, Frame f, String title, double titlePt, int titleLines) {
        return boxOf(out, f, title, titlePt, Math.max(1, Math.min(titleLines, lines(title, f.w() - 5, titlePt, true))));
    }

    private static Frame boxOf(List<Shape> out, Frame f, String title, double titlePt, int n) {
        double strip = n * lineMm(titlePt) + 3;
        out.add(new Box(f.x(), f.y(), f.w(), strip, STRIP, null, 0, 0));
        out.add(new Box(f.x(), f.y(), f.w(), f.h(), null, ACCENT, 0.35, 1.5));
        out.add(new Label(f.x() + 2.5, f.y() + 1.5, f.w() - 5, height(n, titlePt), title, titlePt, true, ACCENT,
                Label.Align.LEFT));
        return new Frame(f.x() + 2.5, f.y() + strip + 2, f.w() - 5, f.h() - strip - 3.5);
    }

    /**
     * A box whose title takes every line it needs, counted with {@code count}: for a title that must be read whole,
     * such as a partner's name.
     *
     * @param out the page's shapes: the box, strip and title are added here
     * @param f where the box goes
     * @param title the title
     * @param titlePt the title's type size in points
     * @param count how many lines a text takes, best {@link #PRINTED}
     * @return the frame left for the content, inside the box's padding
     * @since 1.2
     */
    public static Frame box(List<Shape> out, Frame f, String title, double titlePt, LineCount count) {
        return boxOf(out, f, title, titlePt, titleLines(count, title, f.w(), titlePt));
    }

    /**
     * {@return the lines a box's title takes in a box {@code boxWidthMm} wide, counted with {@code count}}
     *
     * @param count how many lines a text takes
     * @param title the title
     * @param boxWidthMm the width of the box
     * @param titlePt the title's type size in points
     * @since 1.2
     */
    public static int titleLines(LineCount count, String title, double boxWidthMm, double titlePt) {
        return Math.max(1, count.lines(title, boxWidthMm - 5, titlePt, true));
    }

    /**
     * {@return the height of a box whose content is {@code contentMm} high, with a title of {@code titleLines}}
     *
     * @param contentMm the content's height
     * @param titlePt the title's type size
     * @param titleLines the lines the title takes ({@link #titleLines})
     * @since 1.2
     */
    public static double boxHeight(double contentMm, double titlePt, int titleLines) {
        return boxHeight(contentMm, titlePt) + (titleLines - 1) * lineMm(titlePt);
    }

    /**
     * {@return the largest type size from {@code largest} down to {@code smallest}, in steps of half a point, at
     * which {@code fits} holds; {@code smallest} when none does} Text shrinks to a readable minimum before it
     * takes more room or anything is counted.
     *
     * @param largest the size to start from, in points
     * @param smallest the readable minimum, in points
     * @param fits whether everything fits at a size
     * @since 1.2
     */
    public static double largestFitting(double largest, double smallest, java.util.function.DoublePredicate fits) {
        for (double pt = largest; pt > smallest + 1e-9; pt -= 0.5) {
            if (fits.test(pt)) {
                return pt;
            }
        }
        return smallest;
    }

    /**
     * {@return the height of a box whose content is {@code contentMm} high, with its title strip and padding}
     *
     * @param contentMm the content's height
     * @param titlePt the title's type size, for a title of one line
     */
    public static double boxHeight(double contentMm, double titlePt) {
        return lineMm(titlePt) + 3 + 2 + contentMm + 1.5;
    }

    /**
     * {@return the width of a marker column that holds each of {@code words} in bold at {@code pt}}
     *
     * @param pt type size in points
     * @param words the markers, such as the words for wish and demand
     */
    public static double markerWidth(double pt, String... words) {
        int longest = 0;
        for (String w : words) {
            longest = Math.max(longest, w.length());
        }
        return longest * pt * 0.3528 * 0.72 + 1.5;
    }

    /**
     * {@return a thin horizontal line in the rule colour}
     *
     * @param x1 where it starts, mm
     * @param y its height on the page, mm
     * @param x2 where it ends, mm
     */
    public static Line rule(double x1, double y, double x2) {
        return new Line(x1, y, x2, y, RULE, 0.25);
    }

    /**
     * Shares {@code available} out between parts that need {@code needs} and must get at least {@code mins}:
     * when all fits, what is left over is shared in proportion to the needs; when it does not, every part gets
     * its minimum and the rest is shared in proportion to what each needs beyond it.
     *
     * @param available the room there is, mm
     * @param needs what each part needs, mm (see {@link Flow#need})
     * @param mins what each part gets at least, mm
     * @return what each part gets, in the same order
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

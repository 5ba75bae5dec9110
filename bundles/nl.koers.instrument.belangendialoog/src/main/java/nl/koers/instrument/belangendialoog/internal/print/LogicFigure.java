package nl.koers.instrument.belangendialoog.internal.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.belangendialoog.internal.DialogueData.Logic;
import nl.koers.instrument.belangendialoog.internal.Phrases;
import nl.koers.instrument.belangendialoog.internal.TableLogic;

/**
 * Figure 1 of the method: the logic of the hierarchy beside the logic of the network, the seven characteristics
 * row by row. When a partner's answers are given, the side it chose is marked in each row. The window draws the
 * same figure that is printed.
 */
public final class LogicFigure {
    private static final double PAD = 1.5;
    private static final double MIN_PT = 6;

    private LogicFigure() {
    }

    /** The figure alone on a page of its own, for the screen: type of at most {@code pt} points. */
    public static Page page(Phrases say, Map<Integer, Logic> answers, PageSize size, double pt) {
        double m = size.marginMm() / 2;
        return new Page(size, figure(say, answers, m, m, size.widthMm() - 2 * m, size.heightMm() - 2 * m, pt));
    }

    /**
     * The figure inside the frame at {@code x, y} of {@code w} by {@code h} millimetres, its type as large as fits,
     * at most {@code pt}; {@code answers} (row 1 to 7) marks the chosen side, empty for none.
     */
    public static List<Shape> figure(Phrases say, Map<Integer, Logic> answers, double x, double y, double w,
            double h, double pt) {
        double size = pt;
        while (size > MIN_PT && height(say, w, size) > h) {
            size -= 0.5;
        }
        List<Shape> out = new ArrayList<>();
        double half = w / 2;
        double cell = half - 2 * PAD;
        String caption = say.get("logic.figure");
        int captionLines = Sheet.lines(caption, w, size, true);
        out.add(new Label(x, y, w, Sheet.height(captionLines, size), caption, size, true, Sheet.ACCENT,
                Label.Align.LEFT));
        double top = y + Sheet.height(captionLines, size) + PAD;
        double headH = headHeight(say, cell, size);
        out.add(Box.filled(x, top, w, headH, Sheet.STRIP));
        out.add(new Label(x + PAD, top + PAD, cell, headH - 2 * PAD, say.get("logic.hierarchy"), size, true,
                Sheet.INK, Label.Align.LEFT));
        out.add(new Label(x + half + PAD, top + PAD, cell, headH - 2 * PAD, say.get("logic.network"), size, true,
                Sheet.INK, Label.Align.LEFT));
        double rowY = top + headH;
        for (int row = 1; row <= TableLogic.ROWS; row++) {
            double rowH = rowHeight(say, row, cell, size);
            Logic chosen = answers.get(row);
            if (chosen != null) {
                out.add(Box.filled(chosen == Logic.HIERARCHY ? x : x + half, rowY, half, rowH, Sheet.MARK));
            }
            out.add(new Label(x + PAD, rowY + PAD, cell, rowH - 2 * PAD, say.get("logic." + row + ".hierarchy"),
                    size, chosen == Logic.HIERARCHY, Sheet.INK, Label.Align.LEFT));
            out.add(new Label(x + half + PAD, rowY + PAD, cell, rowH - 2 * PAD, say.get("logic." + row + ".network"),
                    size, chosen == Logic.NETWORK, Sheet.INK, Label.Align.LEFT));
            rowY += rowH;
            out.add(Sheet.rule(x, rowY, x + w));
        }
        out.add(new Line(x + half, top, x + half, rowY, Sheet.RULE, 0.25));
        out.add(Box.outlined(x, top, w, rowY - top, Sheet.ACCENT, 0.35));
        return out;
    }

    /** How high the figure is at {@code w} millimetres wide in type of {@code pt} points. */
    public static double height(Phrases say, double w, double pt) {
        double cell = w / 2 - 2 * PAD;
        double total = Sheet.height(Sheet.lines(say.get("logic.figure"), w, pt, true), pt) + PAD
                + headHeight(say, cell, pt);
        for (int row = 1; row <= TableLogic.ROWS; row++) {
            total += rowHeight(say, row, cell, pt);
        }
        return total;
    }

    private static double headHeight(Phrases say, double cell, double pt) {
        int lines = Math.max(Sheet.lines(say.get("logic.hierarchy"), cell, pt, true),
                Sheet.lines(say.get("logic.network"), cell, pt, true));
        return Sheet.height(lines, pt) + 2 * PAD;
    }

    /** A row as high as the longer of its two cells, in bold: the chosen side is set in bold. */
    private static double rowHeight(Phrases say, int row, double cell, double pt) {
        int lines = Math.max(Sheet.lines(say.get("logic." + row + ".hierarchy"), cell, pt, true),
                Sheet.lines(say.get("logic." + row + ".network"), cell, pt, true));
        return Sheet.height(lines, pt) + 2 * PAD;
    }
}

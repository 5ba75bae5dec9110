package nl.koers.instrument.belangendialoog.internal.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.kit.Flow;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;
import nl.koers.instrument.belangendialoog.internal.Phrases;
import nl.koers.instrument.belangendialoog.internal.TableLogic;

/**
 * The logic of the table on A4 landscape: the sheet refers to figure 1, so it shows it, on the left; on the right
 * each partner's score, as the first step sums it up. A summary too long for the first sheet goes on to the next
 * ones, in columns; each line whole.
 */
final class LogicSheet {
    static final PageSize SIZE = PageSize.A4_LANDSCAPE;
    private static final double PT = 10;
    private static final double TITLE_PT = 11;
    private static final double GAP = 8;
    private static final double ENTRY_GAP = 0.8;
    /** Columns of the summary on a sheet of its own. */
    private static final int COLUMNS = 3;

    private final Phrases say;

    LogicSheet(Phrases say) {
        this.say = say;
    }

    List<Page> pages(Dossier d) {
        double m = SIZE.marginMm();
        Frame page = new Frame(m, m, SIZE.widthMm() - 2 * m, SIZE.heightMm() - 2 * m);
        List<Flow.Entry> scores = scores(d);
        double figureW = page.w() * 0.62;
        double x = page.x() + figureW + GAP;
        // the summary's columns: the first beside the figure, then COLUMNS a sheet
        List<Frame> first = List.of(inner(new Frame(x, top(d, page, 1, 1), page.right() - x, 0), page));
        List<Frame> next = columns(inner(new Frame(page.x(), top(d, page, 2, 2), page.w(), 0), page));
        int sheets = 0;
        for (int from = 0; from < scores.size(); sheets++) {
            List<Frame> cols = sheets == 0 ? first : next;
            for (int c = 0; c < cols.size() && from < scores.size(); c++) {
                from = fitting(scores, from, cols.get(c), c == cols.size() - 1);
            }
        }
        List<Page> out = new ArrayList<>();
        int from = 0;
        for (int s = 0; s < sheets; s++) {
            List<Shape> shapes = new ArrayList<>();
            double top = Sheet.header(shapes, page, kicker(s + 1, sheets), d.title(), say.get("logic.title"),
                    s == 0 ? say.get("logic.subtitle") : "", 1);
            List<Frame> cols;
            if (s == 0) {
                double figureH = Math.min(page.bottom() - top, LogicFigure.height(say, figureW, PT));
                shapes.addAll(LogicFigure.figure(say, Map.of(), page.x(), top, figureW, figureH, PT));
                Sheet.box(shapes, new Frame(x, top, page.right() - x, page.bottom() - top),
                        say.get("screen.logic.summary"), TITLE_PT);
                cols = first;
            } else {
                Sheet.box(shapes, new Frame(page.x(), top, page.w(), page.bottom() - top),
                        say.format("logic.summaryContinued", say.get("screen.logic.summary")), TITLE_PT);
                cols = next;
            }
            for (int c = 0; c < cols.size() && from < scores.size(); c++) {
                boolean last = c == cols.size() - 1;
                int to = fitting(scores, from, cols.get(c), last);
                column(shapes, cols.get(c), scores, from, to, last);
                from = to;
            }
            out.add(new Page(SIZE, shapes));
        }
        return out;
    }

    private String kicker(int sheet, int sheets) {
        return say.get("logic.kicker") + (sheets > 1 ? " \u00b7 " + say.format("sheet.count", sheet, sheets) : "");
    }

    /** Where the body of a sheet starts below its head. */
    private double top(Dossier d, Frame page, int sheet, int sheets) {
        return Sheet.header(new ArrayList<>(), page, kicker(sheet, sheets), d.title(), say.get("logic.title"),
                sheet == 1 ? say.get("logic.subtitle") : "", 1);
    }

    /** The frame inside the summary's box that starts at {@code box}'s top and runs to the page's foot. */
    private static Frame inner(Frame box, Frame page) {
        return Sheet.box(new ArrayList<>(), new Frame(box.x(), box.y(), box.w(), page.bottom() - box.y()), "",
                TITLE_PT);
    }

    private static List<Frame> columns(Frame f) {
        double w = (f.w() - (COLUMNS - 1) * GAP) / COLUMNS;
        List<Frame> out = new ArrayList<>();
        for (int c = 0; c < COLUMNS; c++) {
            out.add(new Frame(f.x() + c * (w + GAP), f.y(), w, f.h()));
        }
        return out;
    }

    /**
     * Where the lines from {@code from} on stop in a column: each whole, and in a sheet's last column room below
     * for the line that says how many follow. At least one, so the summary always goes on.
     */
    private int fitting(List<Flow.Entry> entries, int from, Frame f, boolean lastColumn) {
        double y = 0;
        int i = from;
        while (i < entries.size()) {
            double h = Sheet.height(lines(entries.get(i).text(), f.w()), PT);
            int after = entries.size() - i - 1;
            double reserve = lastColumn && after > 0 ? ENTRY_GAP + moreHeight(after, f.w()) : 0;
            if (y + h + reserve > f.h() + 1e-6) {
                break;
            }
            y += h + ENTRY_GAP;
            i++;
        }
        return Math.max(i, from + 1);
    }

    /** The lines {@code from} to {@code to} in a column; below a sheet's last, how many follow on the next sheet. */
    private void column(List<Shape> out, Frame f, List<Flow.Entry> entries, int from, int to, boolean last) {
        double used = new Flow(Sheet.PRINTED, out, f, PT, 0, Flow.WHOLE).set(entries.subList(from, to), "",
                n -> say.format("list.more", n), ENTRY_GAP);
        int rest = entries.size() - to;
        if (last && rest > 0 && f.y() + used + moreHeight(rest, f.w()) <= f.bottom() + 1e-6) {
            out.add(new Label(f.x(), f.y() + used, f.w(), moreHeight(rest, f.w()), more(rest), PT, false,
                    Sheet.QUIET, Label.Align.LEFT));
        }
    }

    private String more(int rest) {
        return say.format("logic.moreNext", rest);
    }

    private double moreHeight(int rest, double w) {
        return Sheet.height(lines(more(rest), w), PT);
    }

    private static int lines(String text, double w) {
        return Sheet.PRINTED.lines(text, w, PT, false);
    }

    private List<Flow.Entry> scores(Dossier d) {
        List<Flow.Entry> out = new ArrayList<>();
        if (d.partners().isEmpty()) {
            out.add(new Flow.Entry("", null, say.get("map.noPartners"), Sheet.QUIET));
        }
        for (Partner p : d.partners()) {
            TableLogic.Score s = TableLogic.score(d, p.id());
            String line = say.score(p, s);
            out.add(s.started() ? Flow.Entry.of(line) : new Flow.Entry("", null, line, Sheet.QUIET));
        }
        return out;
    }
}

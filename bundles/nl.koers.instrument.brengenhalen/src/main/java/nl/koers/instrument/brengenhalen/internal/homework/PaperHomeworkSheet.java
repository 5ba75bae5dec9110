package nl.koers.instrument.brengenhalen.internal.homework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.koers.domain.Category;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.TextMeasure;
import nl.koers.instrument.api.figure.kit.PrintedFont;

/**
 * The homework on paper, for partners who write by hand: two A4 pages per partner with the same questions as the
 * fillable form, boxes with lines to write on, and per category of bring and get a row with room for what, how
 * much and which unit, and W / E to circle.
 */
final class PaperHomeworkSheet {
    static final PageSize SIZE = PageSize.A4_PORTRAIT;
    static final int PAGES = 2;
    private static final double M = 15;
    private static final double W = SIZE.widthMm() - 2 * M;
    private static final double BOTTOM = SIZE.heightMm() - M;
    private static final double LINE_GAP = 8;
    private static final double ROW_H = 10.5;
    private static final double MIN_NAME_PT = 10;

    private static final Colour INK = new Colour(33, 33, 33);
    private static final Colour QUIET = new Colour(100, 100, 100);
    private static final Colour ACCENT = new Colour(0, 88, 102);
    private static final Colour RULE = new Colour(190, 190, 190);
    private static final Colour EDGE = new Colour(150, 172, 178);
    private static final Colour STRIP = new Colour(222, 236, 238);

    /** Average character width as a share of the type size: generous, so an estimate rarely falls short. */
    private static final double CHAR_EM = 0.56;

    private final Texts texts;
    private final Texts words;
    private final Locale locale;

    PaperHomeworkSheet(Locale locale) {
        this.locale = locale;
        this.texts = HomeworkTexts.of(locale);
        this.words = Texts.words(locale);
    }

    /** @param p the partner, or null for a form with a line to write the name on */
    List<Page> pages(Dossier d, Partner p) {
        return List.of(questions(d, p), bringAndGet(d, p));
    }

    private Page questions(Dossier d, Partner p) {
        List<Shape> out = new ArrayList<>();
        double y = header(out, d, p, 18);
        y = text(out, M, y, W, texts.get("form.intro"), 9.5, INK, false) + 1.5;
        y = text(out, M, y, W, texts.get("paper.return"), 9, QUIET, false) + 5;
        y = text(out, M, y, W, texts.get("q1.title"), 12, ACCENT, true) + 1;
        y = question(out, y, texts.get("q1.question"), 46);
        y = text(out, M, y, W, texts.get("q2.title"), 12, ACCENT, true) + 1;
        y = question(out, y, texts.get("q2.own"), 32);
        y = question(out, y, texts.get("q2.add"), 32);
        question(out, y, texts.get("q2.coreValue"), 32);
        footer(out, p, 1);
        return new Page(SIZE, out);
    }

    private Page bringAndGet(Dossier d, Partner p) {
        List<Shape> out = new ArrayList<>();
        double y = header(out, d, p, 13);
        y = text(out, M, y, W, texts.get("q3.title"), 12, ACCENT, true) + 1;
        y = text(out, M, y, W, texts.get("q3.intro"), 9.5, INK, false) + 1;
        y = text(out, M, y, W, texts.get("paper.wishOrDemandHint"), 9, QUIET, false) + 3;
        y = table(out, y, Direction.BRING) + 4;
        table(out, y, Direction.GET);
        footer(out, p, 2);
        return new Page(SIZE, out);
    }

    /** What the sheet is, the collaboration, and the partner's name (or a line to write it on). */
    private double header(List<Shape> out, Dossier d, Partner p, double namePt) {
        double y = M;
        out.add(new Label(M, y, W * 0.55, height(1, 10), texts.get("form.kicker"), 10, true, ACCENT,
                Label.Align.LEFT));
        // the collaboration's title whole, however long: it names the dossier the answers go back to
        double titleH = height(Math.max(2, PrintedFont.lines(d.title(), W * 0.45 - 2, 9, false)), 9);
        out.add(new Label(M + W * 0.55 + 2, y, W * 0.45 - 2, titleH, d.title(), 9, false, QUIET, Label.Align.RIGHT));
        y += titleH + 1;
        String name = p == null ? "" : p.name();
        if (name.isBlank()) {
            out.add(new Line(M, y + height(1, namePt), M + W * 0.7, y + height(1, namePt), RULE, 0.25));
            y += height(1, namePt) + 2;
        } else {
            y += name(out, y, name, namePt) + 2;
        }
        out.add(new Line(M, y, M + W, y, ACCENT, 0.5));
        return y + 3;
    }

    /**
     * The partner's name, whole: smaller type until it fits one line (not below {@link #MIN_NAME_PT}), then on
     * more lines. Returns the height it takes, at least one line of {@code namePt}, so the page below keeps its
     * place.
     */
    private static double name(List<Shape> out, double y, String name, double namePt) {
        double pt = namePt;
        while (pt > MIN_NAME_PT && PrintedFont.width(name, pt, true) > W) {
            pt = Math.max(MIN_NAME_PT, pt - 0.5);
        }
        double h = height(PrintedFont.lines(name, W, pt, true), pt);
        out.add(new Label(M, y, W, h, name, pt, true, INK, Label.Align.LEFT));
        return Math.max(h, height(1, namePt));
    }

    private double question(List<Shape> out, double y, String question, double boxH) {
        y = text(out, M, y, W, question, 10, INK, false) + 1;
        out.add(new Box(M, y, W, boxH, null, EDGE, 0.3, 1.5));
        for (double ly = y + LINE_GAP; ly <= y + boxH - 3; ly += LINE_GAP) {
            out.add(new Line(M + 3, ly, M + W - 3, ly, RULE, 0.2));
        }
        return y + boxH + 3.5;
    }

    /** A title, column headings, and one row per category to write in. */
    private double table(List<Shape> out, double y, Direction direction) {
        y = text(out, M, y, W, texts.get(direction == Direction.BRING ? "q3.bring" : "q3.get"), 11, ACCENT, true)
                + 1;
        double categoryW = 25;
        double markW = 20;
        double unitW = 30;
        double amountW = 22;
        double descX = M + categoryW + 2;
        double markX = M + W - markW;
        double unitX = markX - 2 - unitW;
        double amountX = unitX - 2 - amountW;
        double descW = amountX - 2 - descX;
        out.add(Box.filled(M, y, W, height(1, 8) + 1, STRIP));
        double head = y + 0.5;
        out.add(label(descX, head, descW, texts.get("column.description"), 8, QUIET));
        out.add(label(amountX, head, amountW, texts.get("column.amount"), 8, QUIET));
        out.add(label(unitX, head, unitW, texts.get("column.unit"), 8, QUIET));
        out.add(label(markX, head, markW, texts.get("paper.wishOrDemandColumn"), 8, QUIET).centered());
        y += height(1, 8) + 1;
        for (Category c : Category.values()) {
            String word = words.label(c);
            String shown = word.isEmpty() ? word : word.substring(0, 1).toUpperCase(locale) + word.substring(1);
            double baseline = y + ROW_H - 1;
            out.add(label(M, baseline - height(1, 9.5), categoryW, shown, 9.5, INK));
            out.add(new Line(descX, baseline, descX + descW, baseline, RULE, 0.25));
            out.add(new Line(amountX, baseline, amountX + amountW, baseline, RULE, 0.25));
            out.add(new Line(unitX, baseline, unitX + unitW, baseline, RULE, 0.25));
            out.add(label(markX, baseline - height(1, 9), markW, texts.get("paper.wishOrDemand"), 9, QUIET)
                    .centered());
            y += ROW_H;
        }
        return y;
    }

    private void footer(List<Shape> out, Partner p, int page) {
        String who = p == null || p.name().isBlank() ? texts.get("form.title") : p.name();
        out.add(new Line(M, BOTTOM - height(1, 8) - 1.5, M + W, BOTTOM - height(1, 8) - 1.5, RULE, 0.25));
        out.add(label(M, BOTTOM - height(1, 8), W, texts.format("paper.footer", who, page, PAGES), 8, QUIET));
    }

    /** Wrapped text from the top {@code y}; returns where it ends. */
    private static double text(List<Shape> out, double x, double y, double w, String text, double pt, Colour colour,
            boolean bold) {
        double h = height(lines(text, w, pt, bold), pt);
        out.add(new Label(x, y, w, h, text, pt, bold, colour, Label.Align.LEFT));
        return y + h;
    }

    private static Label label(double x, double y, double w, String text, double pt, Colour colour) {
        return new Label(x, y, w, height(1, pt), text, pt, false, colour, Label.Align.LEFT);
    }

    static double height(int lines, double pt) {
        return lines * TextMeasure.lineHeightMm(pt) + 0.2;
    }

    private static int lines(String text, double w, double pt, boolean bold) {
        double ch = pt * 0.3528 * (bold ? CHAR_EM + 0.08 : CHAR_EM);
        return TextMeasure.lines(text, w, s -> s.length() * ch).size();
    }
}

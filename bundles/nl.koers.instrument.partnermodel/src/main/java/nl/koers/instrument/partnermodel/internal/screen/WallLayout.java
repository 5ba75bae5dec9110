package nl.koers.instrument.partnermodel.internal.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.kit.Sheet;
import nl.koers.instrument.partnermodel.internal.print.CanvasSheet.Picture;
import nl.koers.instrument.partnermodel.internal.print.Marks;
import nl.koers.instrument.partnermodel.internal.print.Marks.Marked;
import nl.koers.instrument.partnermodel.internal.template.TemplateBlock;
import nl.koers.instrument.partnermodel.internal.template.TemplateBlock.Shows;

/**
 * One laying out of a {@link CanvasWall}, at one scale: sizes are set in pixels at zoom 1 and kept in millimetres.
 */
final class WallLayout extends Sheet {
    private final CanvasWall wall;
    private final TextFit text;
    private final double fit;
    private final double pxPerMm;
    private final double viewHeight;
    private final double notePt;
    private final double minPt;
    private final double gap;
    private final double pad;

    WallLayout(CanvasWall wall, TextFit text, double fit, double pxPerMm, double viewHeight) {
        this.wall = wall;
        this.text = text;
        this.fit = fit;
        this.pxPerMm = pxPerMm;
        this.viewHeight = viewHeight;
        this.notePt = pt(Math.max(wall.notePx, Wall.MIN_NOTE_PX));
        this.minPt = pt(Wall.minNotePx(wall.notePx));
        this.gap = mm(6);
        this.pad = mm(5);
    }

    private Stickers.Setting stickerSetting() {
        return new Stickers.Setting(text, notePt, minPt, gap, mm(4), mm(1), mm(3));
    }

    private double mm(double px) {
        return px / fit;
    }

    private double pt(double px) {
        return mm(px) / 0.3528;
    }

    Wall draw(Dossier d, Map<String, List<Marked>> byBlock, int step, String subtitle, boolean legend) {
        List<Shape> out = new ArrayList<>();
        double width = wall.size.widthMm();
        double m = mm(10);
        double inner = width - 2 * m;
        String title = d.title().isBlank() ? wall.say.name(wall.template)
                : wall.say.name(wall.template) + " \u00b7 " + d.title().strip();
        double y = m + label(out, m, m, inner, title, 1.5 * notePt, true, ACCENT, Label.Align.LEFT);
        y += label(out, m, y, inner, subtitle, 0.9 * notePt, false, QUIET, Label.Align.LEFT) + gap;
        if (legend) {
            y += legend(out, m, y, inner) + gap;
        }
        double[] even = new double[wall.template.columns()];
        Arrays.fill(even, (inner + gap) / wall.template.columns() - gap);
        double rowAtFirst = Math.max(mm(80), (viewHeight - y - m + gap) / wall.template.rows() - gap);
        Grid grid = grid(d, byBlock, even, rowAtFirst);
        boolean tooShort = sum(grid.rows()) > rowAtFirst * wall.template.rows() + 1e-6;
        boolean tooNarrow = grid.plans().entrySet().stream()
                .anyMatch(e -> e.getValue().leastWidth > span(even, e.getKey().column(), e.getKey().columns()));
        if (tooShort || tooNarrow) {
            Grid wider = grid(d, byBlock, widened(grid, rowAtFirst, sum(even), tooShort), rowAtFirst);
            grid = tooNarrow || sum(wider.rows()) < sum(grid.rows()) ? wider : grid;
        }

        Map<String, Frame> blocks = new LinkedHashMap<>();
        Map<String, Frame> notes = new LinkedHashMap<>();
        double[] lefts = edges(m, grid.columns());
        double[] tops = edges(y, grid.rows());
        grid.plans().forEach((b, plan) -> {
            int c = b.column() - 1;
            int r = b.row() - 1;
            Frame f = new Frame(lefts[c], tops[r], lefts[c + b.columns()] - gap - lefts[c],
                    tops[r + b.rows()] - gap - tops[r]);
            blocks.put(b.id(), f);
            plan.draw(out, f, b.step() == step && step > 0, notes);
        });
        double height = Math.max(viewHeight, tops[grid.rows().length] - gap + m);
        return new Wall(new Picture(new Page(wall.size, out), blocks, notes), width, height, pxPerMm);
    }

    /** The colours of a comparison and what each means, side by side; returns how tall they are. */
    private double legend(List<Shape> out, double x, double y, double w) {
        double pt = 0.9 * notePt;
        double swatch = lineMm(pt) * 0.8;
        double each = w / Marks.LEGEND.size();
        double tallest = 0;
        for (Map.Entry<Colour, String> item : Marks.LEGEND.entrySet()) {
            out.add(new Box(x, y + mm(2), swatch, swatch, Colour.WHITE, item.getKey(), mm(3), 0));
            tallest = Math.max(tallest, label(out, x + swatch + mm(6), y, each - swatch - mm(12),
                    wall.say.get(item.getValue()), pt, false, INK, Label.Align.LEFT));
            x += each;
        }
        return tallest;
    }

    /** The grid in columns of these widths: each block planned, the rows as tall as they need. */
    private Grid grid(Dossier d, Map<String, List<Marked>> byBlock, double[] columns, double rowAtFirst) {
        double[] even = new double[wall.template.rows()];
        Arrays.fill(even, rowAtFirst);
        Map<TemplateBlock, Plan> plans = plans(d, byBlock, columns, even, false);
        double[] rows = rows(plans, rowAtFirst);
        if (sum(rows) > sum(even) + 1e-6) {
            // the view is too short: the ambition is set as large as the notes before the canvas scrolls
            plans = plans(d, byBlock, columns, even, true);
        } else {
            // a crowded block sets its notes as large as the room the others leave it
            plans = plans(d, byBlock, columns, rows, false);
        }
        return new Grid(columns, rows(plans, rowAtFirst), plans);
    }

    /**
     * Columns for a grid that does not fit: every block at least as wide as its longest word (a name is never
     * cut), and, in a view too short for the grid, a crowded block's columns wider by how far it overflows
     * (at most threefold), so its notes spread over more columns of stickers, taken from emptier blocks.
     */
    private double[] widened(Grid grid, double rowAtFirst, double widths, boolean spread) {
        int n = grid.columns().length;
        double[] weights = new double[n];
        double[] least = new double[n];
        Arrays.fill(weights, 1);
        grid.plans().forEach((b, plan) -> {
            double over = plan.height / span(rowsOf(rowAtFirst), b.row(), b.rows());
            for (int c = b.column() - 1; c < b.column() - 1 + b.columns(); c++) {
                weights[c] = spread ? Math.max(weights[c], Math.min(3, over)) : 1;
                least[c] = Math.max(least[c], (plan.leastWidth - (b.columns() - 1) * gap) / b.columns());
            }
        });
        double total = sum(weights);
        double[] columns = Arrays.stream(weights).map(w -> widths * w / total).toArray();
        // what a column lacks of its least width is taken from the others in proportion to what they can spare
        for (int round = 0; round < 3; round++) {
            double lacking = 0;
            double spare = 0;
            for (int c = 0; c < n; c++) {
                lacking += Math.max(0, least[c] - columns[c]);
                spare += Math.max(0, columns[c] - least[c]);
            }
            if (lacking <= 1e-9 || spare <= 1e-9) {
                break;
            }
            double share = Math.min(1, lacking / spare);
            for (int c = 0; c < n; c++) {
                columns[c] = columns[c] < least[c] ? least[c] : columns[c] - (columns[c] - least[c]) * share;
            }
        }
        return columns;
    }

    private double[] rowsOf(double height) {
        double[] rows = new double[wall.template.rows()];
        Arrays.fill(rows, height);
        return rows;
    }

    /** Each block planned in the columns and rows it spans. */
    private Map<TemplateBlock, Plan> plans(Dossier d, Map<String, List<Marked>> byBlock, double[] columns,
            double[] rows, boolean snug) {
        Map<TemplateBlock, Plan> plans = new LinkedHashMap<>();
        for (TemplateBlock b : wall.template.blocks()) {
            double w = span(columns, b.column(), b.columns());
            double h = span(rows, b.row(), b.rows());
            List<Marked> notes = byBlock.getOrDefault(b.id(), List.of());
            String extra = wall.extra(b, d);
            boolean quiet = wall.quiet(b, d);
            plans.put(b, wall.planned.computeIfAbsent(
                    new CanvasWall.Planned(fit, pxPerMm, b, notes, extra, quiet, w, h, snug),
                    k -> new Plan(b, extra, quiet, notes, w, h, snug)));
        }
        return plans;
    }

    /** The size of {@code count} columns or rows from {@code first} (1-based), with the gaps between them. */
    private double span(double[] sizes, int first, int count) {
        double size = (count - 1) * gap;
        for (int i = first - 1; i < first - 1 + count; i++) {
            size += sizes[i];
        }
        return size;
    }

    /** Where each column or row starts, and one more: where the next would. */
    private double[] edges(double start, double[] sizes) {
        double[] edges = new double[sizes.length + 1];
        edges[0] = start;
        for (int i = 0; i < sizes.length; i++) {
            edges[i + 1] = edges[i] + sizes[i] + gap;
        }
        return edges;
    }

    private static double sum(double[] values) {
        return Arrays.stream(values).sum();
    }

    /** The grid as drawn: the width of each column, the height of each row, and what each block shows. */
    private record Grid(double[] columns, double[] rows, Map<TemplateBlock, Plan> plans) {
    }

    /**
     * The rows share the view's height by what their blocks need (each block's last row takes what it needs
     * beyond the rows above it); when they need more than the view has, each gets what it needs and the
     * canvas scrolls.
     */
    private double[] rows(Map<TemplateBlock, Plan> plans, double rowAtFirst) {
        double[] needs = new double[wall.template.rows()];
        Arrays.fill(needs, mm(40));
        List<TemplateBlock> bySpan = new ArrayList<>(plans.keySet());
        bySpan.sort(Comparator.comparingInt(TemplateBlock::rows));
        for (TemplateBlock b : bySpan) {
            double has = span(needs, b.row(), b.rows());
            needs[b.row() - 2 + b.rows()] += Math.max(0, plans.get(b).height - has);
        }
        return share(rowAtFirst * needs.length, needs, needs);
    }

    /** A label as tall as its lines; returns its height. */
    private double label(List<Shape> out, double x, double y, double w, String s, double pt, boolean bold,
            Colour colour, Label.Align align) {
        double h = height(text.count(s, w, pt, bold), pt);
        out.add(new Label(x, y, w, h, s, pt, bold, colour, align));
        return h;
    }

    /** One block: what it shows from top to bottom, and how tall that is in the width it has. */
    final class Plan {
        private final TemplateBlock b;
        private final String name;
        private final double namePt;
        private final String question;
        private final double questionPt;
        private final String extra;
        private final double extraPt;
        private final boolean extraQuiet;
        private final Stickers stickers;
        private final double height;
        /** The width its longest word needs at the smallest type, with the block's padding. */
        private final double leastWidth;

        /**
         * @param extra what the block shows of the dossier ({@link CanvasWall#extra}); {@code quiet} whether that
         *        is only a placeholder
         * @param snug whether the ambition keeps to the notes' size, in a view too short for all
         */
        Plan(TemplateBlock b, String extra, boolean quiet, List<Marked> notes, double w, double h, boolean snug) {
            this.b = b;
            double inner = w - 2 * pad;
            name = wall.say.name(b);
            namePt = fitted(name, inner, 1.1 * notePt, true);
            double y = strip(inner) + pad;
            question = wall.questions && notes.isEmpty() ? wall.say.question(b) : "";
            questionPt = fitted(question, inner, 0.9 * notePt, false);
            y += question.isBlank() ? 0 : height(text.count(question, inner, questionPt, false), questionPt) + pad;
            this.extraQuiet = quiet;
            this.extra = extra;
            double pt = extraQuiet ? 0.9 * notePt : b.shows() == Shows.AMBITION && !snug ? 1.35 * notePt : notePt;
            // the ambition is read from the back of the room, but leaves room for its notes
            while (pt > notePt && !extra.isEmpty()
                    && height(text.count(extra, inner, pt, !extraQuiet), pt) > 0.6 * (h - y - pad)) {
                pt = Math.max(notePt, pt * 0.92);
            }
            extraPt = fitted(extra, inner, pt, !extraQuiet);
            y += extra.isEmpty() ? 0 : height(text.count(extra, inner, extraPt, !extraQuiet), extraPt) + pad;
            stickers = Stickers.arrange(stickerSetting(), notes, inner, h - y - pad);
            height = y + stickers.height() + pad;
            double words = Math.max(text.widestWord(name, minPt, true),
                    text.widestWord(extra, minPt, !extraQuiet));
            for (Marked n : notes) {
                words = Math.max(words, Math.max(text.widestWord(n.note().text(), minPt, false),
                        text.widestWord(n.tag(), minPt, true)) + 2 * stickerSetting().pad());
            }
            leastWidth = words + 2 * pad;
        }

        /** The type size, at most {@code pt}, at which the longest word fits the width (not below the least). */
        private double fitted(String s, double width, double pt, boolean bold) {
            while (pt > minPt && text.widestWord(s, pt, bold) > width) {
                pt = Math.max(minPt, pt * 0.92);
            }
            return pt;
        }

        private double strip(double inner) {
            return height(text.count(name, inner, namePt, true), namePt) + 2 * pad;
        }

        void draw(List<Shape> out, Frame f, boolean emphasised, Map<String, Frame> frames) {
            Colour tint = CanvasColours.of(b.colour(), "#eeeeee");
            double inner = f.w() - 2 * pad;
            double strip = strip(inner);
            out.add(Box.filled(f.x(), f.y(), f.w(), f.h(), CanvasColours.lighter(tint)));
            out.add(Box.filled(f.x(), f.y(), f.w(), strip, tint));
            out.add(new Box(f.x(), f.y(), f.w(), f.h(), null, emphasised ? ACCENT : CanvasColours.darker(tint),
                    mm(emphasised ? 3 : 1), 0));
            double x = f.x() + pad;
            label(out, x, f.y() + pad, inner, name, namePt, true, INK, Label.Align.LEFT);
            double y = f.y() + strip + pad;
            if (!question.isBlank()) {
                y += label(out, x, y, inner, question, questionPt, false, QUIET, Label.Align.LEFT) + pad;
            }
            if (!extra.isEmpty()) {
                y += label(out, x, y, inner, extra, extraPt, !extraQuiet, extraQuiet ? QUIET : INK,
                        b.shows() == Shows.AMBITION ? Label.Align.CENTER : Label.Align.LEFT) + pad;
            }
            stickers.draw(out, x, y, frames);
        }
    }
}

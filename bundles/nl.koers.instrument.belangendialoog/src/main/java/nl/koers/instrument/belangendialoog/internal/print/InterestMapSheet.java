package nl.koers.instrument.belangendialoog.internal.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.belangendialoog.internal.Phrases;
import nl.koers.instrument.api.figure.kit.Flow;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;

/**
 * The interest map: the partners in rows, the three levels (individual, organisation, network) in columns,
 * each interest in its cell with wish or demand and core value, and the shared interests tagged (G1, G2...) in
 * every cell where they occur and explained at the foot. A3 is the measure; on A0 everything is 2.8 times larger.
 * A row never gets less than its content needs at the smallest type (its name whole, in each cell the first
 * interest whole and the line that counts the rest), so a large table goes on to more sheets: each sheet explains
 * the shared interests it shows, by the dossier's numbers, and the first says where the rest is.
 */
final class InterestMapSheet {
    private static final double GAP = 2.5;

    private final Phrases say;
    private final PageSize size;
    private final double k;
    private final double minPt;

    /**
     * @param minPt the smallest type on the sheet, in points: what can still be read at the distance the sheet is
     *        read from
     */
    InterestMapSheet(Phrases say, PageSize size, double minPt) {
        this.say = say;
        this.size = size;
        this.k = Math.min(size.widthMm(), size.heightMm()) / PageSize.A3_LANDSCAPE.heightMm();
        this.minPt = minPt;
    }

    /**
     * The sheets: one when the whole table fits, else as many as the rows need.
     *
     * @param allSheets the name of the printable that holds every sheet, where the first sheet sends the reader
     */
    List<Page> pages(Dossier d, String allSheets) {
        Frame page = new Frame(size.marginMm(), size.marginMm(), size.widthMm() - 2 * size.marginMm(),
                size.heightMm() - 2 * size.marginMm());
        int n = d.partners().size();
        if (n == 0) {
            List<Shape> out = new ArrayList<>();
            double top = Sheet.header(out, page, say.get("map.kicker"), "", d.title(), say.get("map.legend"), k);
            out.add(new Label(page.x(), top, page.w(), Sheet.height(1, 14 * k), say.get("map.noPartners"), 14 * k,
                    false, Sheet.QUIET, Label.Align.LEFT));
            return List.of(new Page(size, out));
        }
        SharedInterests shared = new SharedInterests(say, d, k);
        // the head of a sheet of many, measured with the longest numbers it can show
        String widestNote = note(n, n, n, n, 1, allSheets);
        double noteH = Sheet.height(Sheet.PRINTED.lines(widestNote, page.w(), 10 * k, true), 10 * k);
        double top = Sheet.header(new ArrayList<>(), page, kicker(n, n), "", d.title(), say.get("map.legend"), k)
                + noteH + 2 * k;
        List<List<Partner>> sheets = sheets(d, shared, new Frame(page.x(), top, page.w(), page.bottom() - top));
        List<Page> out = new ArrayList<>();
        int from = 1;
        for (int s = 0; s < sheets.size(); s++) {
            List<Shape> shapes = new ArrayList<>();
            List<Partner> rows = sheets.get(s);
            double y = Sheet.header(shapes, page, kicker(s + 1, sheets.size()), "", d.title(), say.get("map.legend"),
                    k);
            if (sheets.size() > 1) {
                shapes.add(new Label(page.x(), y, page.w(), noteH, note(from, from + rows.size() - 1, n,
                        sheets.size(), s + 1, allSheets), 10 * k, true, Sheet.INK, Label.Align.LEFT));
                y = top;
            }
            sheet(shapes, new Frame(page.x(), y, page.w(), page.bottom() - y), shared, rows);
            out.add(new Page(size, shapes));
            from += rows.size();
        }
        return out;
    }

    private String kicker(int sheet, int sheets) {
        return say.get("map.kicker") + (sheets > 1 ? " \u00b7 " + say.format("sheet.count", sheet, sheets) : "");
    }

    /** Which partners a sheet shows; the first also where the others are. */
    private String note(int first, int last, int partners, int sheets, int sheet, String allSheets) {
        return say.format("map.sheetRows", first, last, partners)
                + (sheet == 1 && sheets > 1 ? " " + say.format("map.sheetRest", allSheets) : "");
    }

    /**
     * The partners in sheets: each sheet takes rows while every row gets the least it needs and the legend of
     * the shared interests they show is whole below them, both at the smallest type.
     */
    private List<List<Partner>> sheets(Dossier d, SharedInterests shared, Frame body) {
        Map<String, List<String>> tags = shared.tags();
        Columns c = columns(body.w(), shared, minPt);
        double heads = Sheet.height(1, minPt + 2 * k) + 1.5 * k;
        List<List<Partner>> out = new ArrayList<>();
        List<Partner> sheet = new ArrayList<>();
        double rows = 0;
        for (Partner p : d.partners()) {
            double least = rowLeast(p, tags, c);
            List<Partner> with = new ArrayList<>(sheet);
            with.add(p);
            double need = heads + rows + least + sheet.size() * GAP * k + GAP * k
                    + shared.height(shared.legend(with), body.w(), minPt);
            if (!sheet.isEmpty() && need > body.h() + 1e-6) {
                out.add(sheet);
                sheet = new ArrayList<>();
                rows = 0;
            }
            sheet.add(p);
            rows += least;
        }
        out.add(sheet);
        return out;
    }

    /** One sheet's body: the grid of its partners and the legend of the shared interests they show. */
    private void sheet(List<Shape> out, Frame body, SharedInterests shared, List<Partner> partners) {
        Map<String, List<String>> tags = shared.tags();
        Columns c = columns(body.w(), shared, minPt);
        Rows rows = new Rows(partners, shared, shared.legend(partners),
                partners.stream().mapToDouble(p -> rowLeast(p, tags, c)).toArray());
        double pt = fitting(rows, shared, body, false);
        // only when even the smallest type does not hold every cell, a partner with more gets a taller row
        boolean byNeed = pt < 0;
        pt = byNeed ? Math.abs(fitting(rows, shared, body, true)) : pt;
        double sharedH = sharedHeight(rows, shared, body, pt);
        double bottom = body.bottom() - sharedH - GAP * k;
        grid(out, new Frame(body.x(), body.y(), body.w(), bottom - body.y()), rows, pt, byNeed);
        shared.draw(out, new Frame(body.x(), body.bottom() - sharedH, body.w(), sharedH), rows.legend(), pt);
    }

    /** A sheet's rows: its partners, the shared interests, the legend of those they are in, each row's least. */
    private record Rows(List<Partner> partners, SharedInterests shared, List<Flow.Entry> legend, double[] least) {
        Map<String, List<String>> tags() {
            return shared.tags();
        }
    }

    /**
     * The largest type, from 14 pt (on A3) down to the smallest, in which every cell shows all it holds and the
     * legend is whole; minus the smallest when even that is too large (the cells then say how many more there
     * are, and where to read them).
     */
    private double fitting(Rows rows, SharedInterests shared, Frame f, boolean byNeed) {
        for (double pt = 14 * k; pt > minPt + 1e-9; pt -= 0.5 * k) {
            if (fits(rows, shared, f, pt, byNeed)) {
                return pt;
            }
        }
        return fits(rows, shared, f, minPt, byNeed) ? minPt : -minPt;
    }

    private boolean fits(Rows rows, SharedInterests shared, Frame f, double pt, boolean byNeed) {
        double sharedH = sharedHeight(rows, shared, f, pt);
        if (shared.height(rows.legend(), f.w(), pt) > sharedH + 1e-6) {
            return false;
        }
        Layout grid = layout(new Frame(f.x(), f.y(), f.w(), f.h() - sharedH - GAP * k), rows, pt, byNeed);
        for (int i = 0; i < rows.partners().size(); i++) {
            if (rowNeed(rows.partners().get(i), rows.tags(), grid.columns(), pt) > grid.rowH()[i] + 1e-6) {
                return false;
            }
        }
        return true;
    }

    /** The height a partner's row needs for its fullest cell, and for its whole name at the smallest type. */
    private double rowNeed(Partner p, Map<String, List<String>> tags, Columns c, double pt) {
        double need = nameHeight(p, c);
        for (Level level : Level.values()) {
            need = Math.max(need, Flow.need(Sheet.PRINTED, entries(p, level, tags), c.colW() - 2 * 1.8 * k, pt,
                    c.marker(level), Flow.WHOLE, 0.8 * k) + 2 * 1.8 * k);
        }
        return need;
    }

    private double nameHeight(Partner p, Columns c) {
        return Sheet.height(Sheet.PRINTED.lines(say.name(p), c.nameW() - 2 * k, minPt, true), minPt) + k;
    }

    /**
     * The least a row gets, at the smallest type: its name whole, and in each cell all it holds or, when that is
     * more, the first interest whole and the line that counts the rest (as {@link Flow} sets them).
     */
    private double rowLeast(Partner p, Map<String, List<String>> tags, Columns c) {
        double w = c.colW() - 2 * 1.8 * k;
        double least = nameHeight(p, c);
        for (Level level : Level.values()) {
            List<Flow.Entry> entries = entries(p, level, tags);
            double all = Flow.need(Sheet.PRINTED, entries, w, minPt, c.marker(level), Flow.WHOLE, 0.8 * k);
            double cell = Math.max(all, Sheet.height(1, minPt));
            if (entries.size() > 1) {
                double first = Flow.need(Sheet.PRINTED, entries.subList(0, 1), w, minPt, c.marker(level), Flow.WHOLE,
                        0.8 * k);
                double more = Math.max(moreHeight(entries.size(), w), moreHeight(entries.size() - 1, w));
                cell = Math.min(cell, first + more);
            }
            least = Math.max(least, cell + 2 * 1.8 * k);
        }
        return least;
    }

    private double moreHeight(int more, double width) {
        return Sheet.height(Sheet.PRINTED.lines(say.format("map.more", more), width, minPt, false), minPt);
    }

    /** The least a grid takes: the column heads and every row's least, at the smallest type. */
    private double gridLeast(double[] least) {
        return Sheet.height(1, minPt + 2 * k) + 1.5 * k + (least.length - 1) * GAP * k + Arrays.stream(least).sum();
    }

    /** The widths of the grid's columns at a type size. */
    private record Columns(double nameW, double colW, double[] markers) {
        double marker(Level level) {
            return markers[level.ordinal()];
        }
    }

    private Columns columns(double width, SharedInterests shared, double pt) {
        double nameW = Math.min(width * 0.17, 66 * k);
        double colW = (width - nameW - 3 * GAP * k) / 3;
        // a level's marker column holds its widest tags ("G1 G3"), the same on every sheet; none without tags
        double[] markers = new double[Level.values().length];
        for (Level level : Level.values()) {
            String widest = shared.widest(level);
            markers[level.ordinal()] = widest.isEmpty() ? 0 : Sheet.markerWidth(pt, widest);
        }
        return new Columns(nameW, colW, markers);
    }

    /** Where the grid's parts go at a type size. */
    private record Layout(Columns columns, double headPt, double headH, double[] rowH) {
    }

    /** @param byNeed whether rows are as high as their partner needs (never below their least), or even */
    private Layout layout(Frame f, Rows r, double pt, boolean byNeed) {
        List<Partner> partners = r.partners();
        Columns c = columns(f.w(), r.shared(), pt);
        double headPt = pt + 2 * k;
        double headH = Sheet.height(1, headPt);
        int n = partners.size();
        double rows = f.bottom() - (f.y() + headH + 1.5 * k) - (n - 1) * GAP * k;
        double[] rowH = new double[n];
        Arrays.fill(rowH, rows / n);
        if (byNeed) {
            double[] needs = new double[n];
            for (int i = 0; i < n; i++) {
                needs[i] = rowNeed(partners.get(i), r.tags(), c, pt);
            }
            rowH = Sheet.share(rows, needs, r.least());
        }
        return new Layout(c, headPt, headH, rowH);
    }

    private List<Flow.Entry> entries(Partner p, Level level, Map<String, List<String>> tags) {
        List<Flow.Entry> entries = new ArrayList<>();
        for (Interest i : p.interests()) {
            if (i.level() == level) {
                entries.add(new Flow.Entry(String.join(" ", tags.getOrDefault(i.id(), List.of())), Sheet.ACCENT,
                        say.interest(i), Phrases.demand(i) ? Sheet.DEMAND : Sheet.INK));
            }
        }
        return entries;
    }

    private void grid(List<Shape> out, Frame f, Rows rows, double pt, boolean byNeed) {
        List<Partner> partners = rows.partners();
        Map<String, List<String>> tags = rows.tags();
        Layout grid = layout(f, rows, pt, byNeed);
        double nameW = grid.columns().nameW();
        double colW = grid.columns().colW();
        for (int c = 0; c < 3; c++) {
            Level level = Level.values()[c];
            out.add(new Label(f.x() + nameW + GAP * k + c * (colW + GAP * k), f.y(), colW, grid.headH(),
                    LensFigure.capital(say.word(level)), grid.headPt(), true, Sheet.ACCENT, Label.Align.LEFT));
        }
        double y = f.y() + grid.headH() + 1.5 * k;
        for (int i = 0; i < partners.size(); i++) {
            Partner p = partners.get(i);
            double rowH = grid.rowH()[i];
            double namePt = namePt(say.name(p), grid, rowH);
            int nameLines = Sheet.PRINTED.lines(say.name(p), nameW - 2 * k, namePt, true);
            out.add(new Label(f.x(), y + k, nameW - 2 * k, Sheet.height(nameLines, namePt), say.name(p),
                    namePt, true, Sheet.INK, Label.Align.LEFT));
            for (int c = 0; c < 3; c++) {
                Level level = Level.values()[c];
                Frame cell = new Frame(f.x() + nameW + GAP * k + c * (colW + GAP * k), y, colW, rowH);
                out.add(new Box(cell.x(), cell.y(), cell.w(), cell.h(), null, Sheet.RULE, 0.3 * k, 1.2 * k));
                new Flow(Sheet.PRINTED, out, cell.inset(1.8 * k), pt, grid.columns().marker(level), Flow.WHOLE).set(
                        entries(p, level, tags), say.get("map.empty"), n -> say.format("map.more", n), 0.8 * k);
            }
            y += rowH + GAP * k;
        }
    }

    /**
     * The type of a partner's name: as large as the column heads, smaller when a long word would not fit the
     * name column or the whole name not the row, and never below the smallest type, where the row holds it.
     */
    private double namePt(String name, Layout grid, double rowH) {
        double pt = grid.headPt();
        double width = grid.columns().nameW() - 2 * k;
        while (pt > minPt + 1e-9 && (widestWord(name, pt) > width
                || Sheet.height(Sheet.PRINTED.lines(name, width, pt, true), pt) > rowH - k)) {
            pt = Math.max(minPt, pt - 0.5 * k);
        }
        return pt;
    }

    private static double widestWord(String text, double pt) {
        double widest = 0;
        for (String word : text.split("\\s+")) {
            widest = Math.max(widest, Sheet.wordWidth(word, pt, true));
        }
        return widest;
    }

    /**
     * The legend's height: whole, unless one sheet's rows alone leave less room (the last lines are then
     * counted); never more than the rows leave at the smallest type.
     */
    private double sharedHeight(Rows rows, SharedInterests shared, Frame body, double pt) {
        double room = body.h() - GAP * k - gridLeast(rows.least());
        return Math.min(shared.height(rows.legend(), body.w(), pt), Math.max(room, shared.least(pt)));
    }
}

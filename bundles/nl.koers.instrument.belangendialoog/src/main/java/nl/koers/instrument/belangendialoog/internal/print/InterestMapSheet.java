package nl.koers.instrument.belangendialoog.internal.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.InterestLink;
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
 * every cell where they occur and listed at the foot. A3 is the measure; on A0 everything is 2.8 times larger.
 */
final class InterestMapSheet {
    private static final double GAP = 2.5;

    private final Phrases say;
    private final PageSize size;
    private final double k;

    InterestMapSheet(Phrases say, PageSize size) {
        this.say = say;
        this.size = size;
        this.k = Math.min(size.widthMm(), size.heightMm()) / PageSize.A3_LANDSCAPE.heightMm();
    }

    Page page(Dossier d) {
        List<Shape> out = new ArrayList<>();
        double m = size.marginMm();
        Frame page = new Frame(m, m, size.widthMm() - 2 * m, size.heightMm() - 2 * m);
        double top = Sheet.header(out, page, say.get("map.kicker"), "", d.title(), say.get("map.legend"), k);
        List<Partner> partners = d.partners();
        if (partners.isEmpty()) {
            out.add(new Label(page.x(), top, page.w(), Sheet.height(1, 14 * k), say.get("map.noPartners"), 14 * k,
                    false, Sheet.QUIET, Label.Align.LEFT));
            return new Page(size, out);
        }
        Map<String, List<String>> tags = tags(d);
        Frame body = new Frame(page.x(), top, page.w(), page.bottom() - top);
        double pt = fitting(d, tags, body, false);
        // only when even the smallest type does not hold every cell, a partner with more gets a taller row
        boolean byNeed = pt < 0;
        pt = byNeed ? Math.abs(fitting(d, tags, body, true)) : pt;
        double sharedH = sharedHeight(d, page.w(), pt);
        double bottom = page.bottom() - sharedH - GAP * k;
        grid(out, new Frame(page.x(), top, page.w(), bottom - top), d, tags, pt, byNeed);
        shared(out, new Frame(page.x(), page.bottom() - sharedH, page.w(), sharedH), d, pt);
        return new Page(size, out);
    }

    /** Per interest id, the tags of the links it is in: "G1", "G2". */
    private Map<String, List<String>> tags(Dossier d) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<InterestLink> links = links(d);
        for (int i = 0; i < links.size(); i++) {
            String tag = say.format("map.tag", i + 1);
            links.get(i).interestIds().forEach(id -> out.computeIfAbsent(id, x -> new ArrayList<>()).add(tag));
        }
        return out;
    }

    /** The links that still link interests of this dossier. */
    private static List<InterestLink> links(Dossier d) {
        return d.interestLinks().stream().filter(l -> d.partnersIn(l) >= 1).toList();
    }

    /**
     * The largest type, from 14 pt down to 8 pt (on A3), in which every cell shows all it holds; minus 8 pt when
     * even that is too large (the cells then say how many more there are, and where to read them).
     */
    private double fitting(Dossier d, Map<String, List<String>> tags, Frame f, boolean byNeed) {
        for (double pt = 14; pt >= 8; pt -= 0.5) {
            if (fits(d, tags, f, pt * k, byNeed)) {
                return pt * k;
            }
        }
        return -8 * k;
    }

    private boolean fits(Dossier d, Map<String, List<String>> tags, Frame f, double pt, boolean byNeed) {
        double sharedH = sharedHeight(d, f.w(), pt);
        List<Flow.Entry> shared = sharedEntries(d);
        if (Flow.need(Sheet.PRINTED, shared, f.w() - 5, pt, Sheet.markerWidth(pt, "G99"), Flow.WHOLE, 0.8 * k)
                + Sheet.boxHeight(0,
                pt + 2 * k) > sharedH + 1e-6) {
            return false;
        }
        Layout grid = layout(new Frame(f.x(), f.y(), f.w(), f.h() - sharedH - GAP * k), d, tags, pt, byNeed);
        for (int i = 0; i < d.partners().size(); i++) {
            if (rowNeed(d.partners().get(i), tags, grid.nameW(), grid.colW(), pt, grid.marker()) > grid.rowH()[i]
                    + 1e-6) {
                return false;
            }
        }
        return true;
    }

    /** The height a partner's row needs for its fullest cell, and for its whole name at the smallest type. */
    private double rowNeed(Partner p, Map<String, List<String>> tags, double nameW, double colW, double pt,
            double marker) {
        double need = Sheet.height(Sheet.PRINTED.lines(say.name(p), nameW - 2 * k, 8 * k, true), 8 * k) + k;
        for (Level level : Level.values()) {
            need = Math.max(need, Flow.need(Sheet.PRINTED, entries(p, level, tags), colW - 2 * 1.8 * k, pt, marker,
                    Flow.WHOLE, 0.8 * k) + 2 * 1.8 * k);
        }
        return need;
    }

    /** Where the grid's parts go at a type size. */
    private record Layout(double nameW, double colW, double headPt, double headH, double[] rowH, double marker) {
    }

    /** @param byNeed whether rows are as high as their partner needs (never below half an even row), or even */
    private Layout layout(Frame f, Dossier d, Map<String, List<String>> tags, double pt, boolean byNeed) {
        double nameW = Math.min(f.w() * 0.17, 66 * k);
        double colW = (f.w() - nameW - 3 * GAP * k) / 3;
        double headPt = pt + 2 * k;
        double headH = Sheet.height(1, headPt);
        int n = d.partners().size();
        double rows = f.bottom() - (f.y() + headH + 1.5 * k) - (n - 1) * GAP * k;
        // the marker column holds the tags of the interest in the most links: "G1 G3"
        String widest = tags.values().stream().map(t -> String.join(" ", t)).reduce("",
                (a, b) -> b.length() > a.length() ? b : a);
        double marker = widest.isEmpty() ? 0 : Sheet.markerWidth(pt, widest);
        double[] rowH = new double[n];
        Arrays.fill(rowH, rows / n);
        if (byNeed) {
            double[] needs = new double[n];
            double[] mins = new double[n];
            for (int i = 0; i < n; i++) {
                needs[i] = rowNeed(d.partners().get(i), tags, nameW, colW, pt, marker);
                mins[i] = rows / n / 2;
            }
            rowH = Sheet.share(rows, needs, mins);
        }
        return new Layout(nameW, colW, headPt, headH, rowH, marker);
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

    private void grid(List<Shape> out, Frame f, Dossier d, Map<String, List<String>> tags, double pt,
            boolean byNeed) {
        Layout grid = layout(f, d, tags, pt, byNeed);
        double nameW = grid.nameW();
        double colW = grid.colW();
        double headPt = grid.headPt();
        double headH = grid.headH();
        for (int c = 0; c < 3; c++) {
            Level level = Level.values()[c];
            out.add(new Label(f.x() + nameW + GAP * k + c * (colW + GAP * k), f.y(), colW, headH,
                    LensFigure.capital(say.word(level)), headPt, true, Sheet.ACCENT, Label.Align.LEFT));
        }
        double y = f.y() + headH + 1.5 * k;
        for (int i = 0; i < d.partners().size(); i++) {
            Partner p = d.partners().get(i);
            double rowH = grid.rowH()[i];
            double namePt = namePt(say.name(p), grid, rowH);
            int nameLines = Sheet.PRINTED.lines(say.name(p), nameW - 2 * k, namePt, true);
            out.add(new Label(f.x(), y + k, nameW - 2 * k, Sheet.height(nameLines, namePt), say.name(p),
                    namePt, true, Sheet.INK, Label.Align.LEFT));
            for (int c = 0; c < 3; c++) {
                Level level = Level.values()[c];
                Frame cell = new Frame(f.x() + nameW + GAP * k + c * (colW + GAP * k), y, colW, rowH);
                out.add(new Box(cell.x(), cell.y(), cell.w(), cell.h(), null, Sheet.RULE, 0.3 * k, 1.2 * k));
                new Flow(Sheet.PRINTED, out, cell.inset(1.8 * k), pt, grid.marker(), Flow.WHOLE).set(
                        entries(p, level, tags), say.get("map.empty"), n -> say.format("map.more", n), 0.8 * k);
            }
            y += rowH + GAP * k;
        }
    }

    /**
     * The type of a partner's name: as large as the column heads, smaller when a long word would not fit the
     * name column or the whole name not the row, and never below 8 pt (on A3), where the row is made to hold it.
     */
    private double namePt(String name, Layout grid, double rowH) {
        double pt = grid.headPt();
        double width = grid.nameW() - 2 * k;
        while (pt > 8 * k && (widestWord(name, pt) > width
                || Sheet.height(Sheet.PRINTED.lines(name, width, pt, true), pt) > rowH - k)) {
            pt -= 0.5 * k;
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

    private List<Flow.Entry> sharedEntries(Dossier d) {
        List<Flow.Entry> out = new ArrayList<>();
        List<InterestLink> links = links(d);
        for (int i = 0; i < links.size(); i++) {
            InterestLink l = links.get(i);
            List<String> who = new ArrayList<>();
            List<String> what = new ArrayList<>();
            for (String id : l.interestIds()) {
                d.partnerOfInterest(id).ifPresent(p -> {
                    who.add(say.name(p));
                    what.add(say.text(p.interest(id).orElseThrow()));
                });
            }
            String about = l.note().isBlank() ? String.join(" / ", what) : l.note().strip();
            out.add(new Flow.Entry(say.format("map.tag", i + 1), Sheet.ACCENT,
                    say.format("map.sharedLine", about, say.joined(who.stream().distinct().toList())), Sheet.INK));
        }
        return out;
    }

    private double sharedHeight(Dossier d, double width, double pt) {
        List<Flow.Entry> entries = sharedEntries(d);
        double marker = Sheet.markerWidth(pt, "G99");
        double need = Flow.need(Sheet.PRINTED, entries, width - 5, pt, marker, Flow.WHOLE, 0.8 * k);
        double h = Sheet.boxHeight(Math.max(need, Sheet.height(1, pt)), pt + 2 * k);
        return Math.min(h, (size.heightMm() - 2 * size.marginMm()) / 4);
    }

    private void shared(List<Shape> out, Frame f, Dossier d, double pt) {
        Frame inner = Sheet.box(out, f, say.get("map.shared"), pt + 2 * k);
        new Flow(Sheet.PRINTED, out, inner, pt, Sheet.markerWidth(pt, "G99"), Flow.WHOLE).set(sharedEntries(d),
                say.get("map.sharedNone"),
                n -> say.format("map.more", n), 0.8 * k);
    }
}

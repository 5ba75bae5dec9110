package nl.koers.instrument.belangendialoog.internal.print;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.Representative;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.belangendialoog.internal.Phrases;
import nl.koers.instrument.api.figure.kit.Flow;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;

/**
 * One partner's positions on A4: per position a box with the position as its title, the why-ladder numbered
 * below it, and the interests it ends in (or that none is known yet). Every step is set whole: boxes take the
 * room their content needs, the type gets smaller to {@link #MIN_PT} pt, the positions go on on a next page, and
 * only a ladder longer than a whole page ends in "and N more".
 */
final class PositionsSheet {
    static final PageSize SIZE = PageSize.A4_PORTRAIT;
    private static final double PT = 10;
    private static final double TITLE_PT = 11;
    private static final double GAP = 4;
    /** The smallest type of a ladder, still read at arm's length. */
    private static final double MIN_PT = 8;
    private static final String ENDS = "\u2192";

    private final Phrases say;

    PositionsSheet(Phrases say) {
        this.say = say;
    }

    /** The partner's positions, on as many pages as they take; the pages after the first say they go on. */
    List<Page> pages(Dossier d, Partner p) {
        List<Position> positions = p.positions();
        if (positions.isEmpty()) {
            return List.of(page(d, p, positions, say.get("positions.kicker")));
        }
        List<Page> pages = new ArrayList<>();
        for (int from = 0; from < positions.size();) {
            String kicker = from == 0 ? say.get("positions.kicker")
                    : say.format("positions.continued", say.get("positions.kicker"));
            int to = from + onAPage(d, p, positions.subList(from, positions.size()), kicker);
            pages.add(page(d, p, positions.subList(from, to), kicker));
            from = to;
        }
        return pages;
    }

    /** How many of {@code positions} fit one page whole at the smallest type; at least one. */
    private int onAPage(Dossier d, Partner p, List<Position> positions, String kicker) {
        double room = page().bottom() - Sheet.header(new ArrayList<>(), page(), kicker, d.title(), say.name(p),
                subtitle(p), 1);
        double[] needs = needs(positions, contents(p, positions), page().w(), MIN_PT, marker());
        int n = 1;
        double used = needs[0];
        while (n < needs.length && used + GAP + needs[n] <= room + 1e-6) {
            used += GAP + needs[n];
            n++;
        }
        return n;
    }

    private static double marker() {
        return Sheet.markerWidth(PT, "10.", ENDS);
    }

    private List<List<Flow.Entry>> contents(Partner p, List<Position> positions) {
        return positions.stream().map(pos -> entries(p, pos)).toList();
    }

    private Page page(Dossier d, Partner p, List<Position> boxes, String kicker) {
        List<Shape> out = new ArrayList<>();
        Frame page = page();
        double top = Sheet.header(out, page, kicker, d.title(), say.name(p), subtitle(p), 1);
        if (boxes.isEmpty()) {
            out.add(new Label(page.x(), top, page.w(), Sheet.height(1, 12), say.get("positions.none"), 12, false,
                    Sheet.QUIET, Label.Align.LEFT));
            return new Page(SIZE, out);
        }
        double marker = marker();
        List<List<Flow.Entry>> contents = contents(p, boxes);
        double room = page.bottom() - top - GAP * (boxes.size() - 1);
        // every step whole: the type shrinks to a readable minimum before a box counts what it cannot hold
        double pt = Sheet.largestFitting(PT, MIN_PT,
                s -> java.util.Arrays.stream(needs(boxes, contents, page.w(), s, marker)).sum() <= room);
        double[] needs = needs(boxes, contents, page.w(), pt, marker);
        double[] mins = new double[boxes.size()];
        java.util.Arrays.fill(mins, Sheet.boxHeight(Sheet.height(2, pt), TITLE_PT) + Sheet.lineMm(TITLE_PT));
        // when all fits, each box takes what it needs and the rest of the page stays free to write on
        double[] h = java.util.Arrays.stream(needs).sum() <= room ? needs : Sheet.share(room, needs, mins);
        double y = top;
        for (int i = 0; i < boxes.size(); i++) {
            Frame inner = Sheet.box(out, new Frame(page.x(), y, page.w(), h[i]), say.text(boxes.get(i)),
                    TITLE_PT, Sheet.PRINTED);
            new Flow(Sheet.PRINTED, out, inner, pt, marker, Flow.WHOLE).set(contents.get(i), "",
                    n -> say.format("list.more", n), 1);
            y += h[i] + GAP;
        }
        return new Page(SIZE, out);
    }

    /** What each position's box needs at {@code pt}: its whole title and every step whole. */
    private double[] needs(List<Position> boxes, List<List<Flow.Entry>> contents, double width, double pt,
            double marker) {
        double[] needs = new double[boxes.size()];
        for (int i = 0; i < needs.length; i++) {
            needs[i] = Sheet.boxHeight(Flow.need(Sheet.PRINTED, contents.get(i), width - 5, pt, marker, Flow.WHOLE, 1),
                    TITLE_PT, Sheet.titleLines(Sheet.PRINTED, say.text(boxes.get(i)), width, TITLE_PT));
        }
        return needs;
    }

    /** A page for a dossier without partners. */
    Page empty(Dossier d) {
        List<Shape> out = new ArrayList<>();
        Frame page = page();
        double top = Sheet.header(out, page, say.get("positions.kicker"), "", d.title(), "", 1);
        out.add(new Label(page.x(), top, page.w(), Sheet.height(1, 12), say.get("positions.noPartners"), 12, false,
                Sheet.QUIET, Label.Align.LEFT));
        return new Page(SIZE, out);
    }

    private static Frame page() {
        double m = SIZE.marginMm();
        return new Frame(m, m, SIZE.widthMm() - 2 * m, SIZE.heightMm() - 2 * m);
    }

    private List<Flow.Entry> entries(Partner p, Position pos) {
        List<Flow.Entry> out = new ArrayList<>();
        for (int i = 0; i < pos.whys().size(); i++) {
            out.add(new Flow.Entry((i + 1) + ".", Sheet.ACCENT, say.format("positions.why", pos.whys().get(i)),
                    Sheet.INK));
        }
        List<Interest> under = pos.interestIds().stream().map(p::interest).flatMap(java.util.Optional::stream)
                .toList();
        if (under.isEmpty()) {
            out.add(new Flow.Entry(ENDS, Sheet.DEMAND, say.get("positions.noInterest"), Sheet.DEMAND));
        }
        for (Interest i : under) {
            out.add(new Flow.Entry(ENDS, Sheet.ACCENT, say.interestWithLevel(i), Phrases.demand(i) ? Sheet.DEMAND
                    : Sheet.INK));
        }
        return out;
    }

    private String subtitle(Partner p) {
        String people = p.representatives().stream().map(Representative::name).filter(n -> !n.isBlank())
                .collect(Collectors.joining(", "));
        return people.isEmpty() ? say.word(p.role()) : say.format("map.sharedLine", say.word(p.role()), people);
    }
}

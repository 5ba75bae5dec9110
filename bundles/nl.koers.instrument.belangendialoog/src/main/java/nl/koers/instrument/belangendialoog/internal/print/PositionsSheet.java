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
 * room their content needs, the type gets smaller to {@link #MIN_PT} pt, and only then what does not fit ends in
 * "and N more".
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

    Page page(Dossier d, Partner p) {
        List<Shape> out = new ArrayList<>();
        Frame page = page();
        double top = Sheet.header(out, page, say.get("positions.kicker"), d.title(), say.name(p), subtitle(p), 1);
        List<Position> positions = p.positions();
        if (positions.isEmpty()) {
            out.add(new Label(page.x(), top, page.w(), Sheet.height(1, 12), say.get("positions.none"), 12, false,
                    Sheet.QUIET, Label.Align.LEFT));
            return new Page(SIZE, out);
        }
        double marker = Sheet.markerWidth(PT, "10.", ENDS);
        double min = Sheet.boxHeight(Sheet.height(2, PT), TITLE_PT) + Sheet.lineMm(TITLE_PT);
        double available = page.bottom() - top;
        // as many boxes as fit at their smallest; a last line says how many positions are left out
        int fit = (int) Math.floor((available + GAP) / (min + GAP));
        int shown = positions.size() <= fit ? positions.size() : Math.max(1, fit - 1);
        double moreH = shown < positions.size() ? Sheet.height(1, PT) + GAP : 0;
        List<List<Flow.Entry>> contents = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            contents.add(entries(p, positions.get(i)));
        }
        List<Position> boxes = positions.subList(0, shown);
        double room = available - moreH - GAP * (shown - 1);
        // every step whole: the type shrinks to a readable minimum before a box counts what it cannot hold
        double pt = Sheet.largestFitting(PT, MIN_PT,
                s -> java.util.Arrays.stream(needs(boxes, contents, page.w(), s, marker)).sum() <= room);
        double[] needs = needs(boxes, contents, page.w(), pt, marker);
        double[] mins = new double[shown];
        java.util.Arrays.fill(mins, min);
        // when all fits, each box takes what it needs and the rest of the page stays free to write on
        double[] h = java.util.Arrays.stream(needs).sum() <= room ? needs : Sheet.share(room, needs, mins);
        double y = top;
        for (int i = 0; i < shown; i++) {
            Frame inner = Sheet.box(out, new Frame(page.x(), y, page.w(), h[i]), say.text(positions.get(i)),
                    TITLE_PT, Sheet.PRINTED);
            new Flow(Sheet.PRINTED, out, inner, pt, marker, Flow.WHOLE).set(contents.get(i), "",
                    n -> say.format("list.more", n), 1);
            y += h[i] + GAP;
        }
        if (moreH > 0) {
            out.add(new Label(page.x(), y, page.w(), Sheet.height(1, PT),
                    say.format("list.more", positions.size() - shown), PT, false, Sheet.QUIET, Label.Align.LEFT));
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

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
 * below it, and the interests it ends in (or that none is known yet). Boxes take the room their content needs;
 * what does not fit ends in "and N more".
 */
final class PositionsSheet {
    static final PageSize SIZE = PageSize.A4_PORTRAIT;
    private static final double PT = 10;
    private static final double TITLE_PT = 11;
    private static final double GAP = 4;
    private static final int MAX_LINES = 4;
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
        double[] needs = new double[shown];
        double[] mins = new double[shown];
        List<List<Flow.Entry>> contents = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            List<Flow.Entry> entries = entries(p, positions.get(i));
            contents.add(entries);
            int titleLines = Math.min(3, Sheet.lines(say.text(positions.get(i)), page.w() - 5, TITLE_PT, true));
            needs[i] = Sheet.boxHeight(Flow.need(entries, page.w() - 5, PT, marker, MAX_LINES, 1), TITLE_PT)
                    + (titleLines - 1) * Sheet.lineMm(TITLE_PT);
            mins[i] = min;
        }
        double room = available - moreH - GAP * (shown - 1);
        // when all fits, each box takes what it needs and the rest of the page stays free to write on
        double[] h = java.util.Arrays.stream(needs).sum() <= room ? needs : Sheet.share(room, needs, mins);
        double y = top;
        for (int i = 0; i < shown; i++) {
            Frame inner = Sheet.box(out, new Frame(page.x(), y, page.w(), h[i]), say.text(positions.get(i)),
                    TITLE_PT, 3);
            new Flow(out, inner, PT, marker, MAX_LINES).set(contents.get(i), "", n -> say.format("list.more", n), 1);
            y += h[i] + GAP;
        }
        if (moreH > 0) {
            out.add(new Label(page.x(), y, page.w(), Sheet.height(1, PT),
                    say.format("list.more", positions.size() - shown), PT, false, Sheet.QUIET, Label.Align.LEFT));
        }
        return new Page(SIZE, out);
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

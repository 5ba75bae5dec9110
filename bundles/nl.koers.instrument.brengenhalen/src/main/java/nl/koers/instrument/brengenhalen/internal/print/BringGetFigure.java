package nl.koers.instrument.brengenhalen.internal.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.Partner;
import nl.koers.domain.analysis.BringGet;
import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.kit.PrintedFont;
import nl.koers.instrument.brengenhalen.internal.ConversationData;
import nl.koers.instrument.brengenhalen.internal.Phrases;
import nl.koers.instrument.api.figure.kit.Flow;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;

/**
 * The bring-get figure (figure 2 of the method): the shared core of the collaboration in the middle, and around
 * it every partner with what it brings and what it gets, by category. The core is the statement of the current
 * shared ambition, or the dossier's title while there is none.
 *
 * <p>The partners sit in a ring of boxes around the core: a column on the left and on the right, a row above
 * and below, in the order of the dossier, clockwise from the top left. How many boxes go where, and how large
 * they are, is chosen so that the smallest box is as large as it can be while the core keeps room; then one type
 * size for all boxes is chosen, the largest at which every partner's items fit whole; a box grows to the height
 * of its place before, at the smallest type, what is left over is counted with where to read it. An item and a
 * partner's name are never cut. The type never goes below {@value #MIN_PT} pt on A3; on larger sheets everything
 * grows with the sheet (A0 is 2.83 times A3).
 */
public final class BringGetFigure {
    /** The smallest type, on A3. */
    static final double MIN_PT = 7;
    private static final double MAX_PT = 16;
    private static final double STEP_PT = 0.25;

    private final Phrases say;
    private final PageSize size;
    /** How much larger than A3 this sheet is. */
    private final double k;

    public BringGetFigure(Phrases say, PageSize size) {
        this.say = say;
        this.size = size;
        this.k = Math.min(size.widthMm(), size.heightMm()) / PageSize.A3_LANDSCAPE.heightMm();
    }

    public Page page(Dossier d) {
        return page(d, 0, d.partners().size());
    }

    /**
     * The figure with only the partners {@code from} (inclusive) to {@code to} (exclusive) around the core, as a
     * screen shows a large table a page at a time; what they agreed with partners elsewhere is still marked.
     *
     * @param d the dossier
     * @param from the first partner shown, from 0
     * @param to after the last partner shown
     * @return the page
     */
    public Page page(Dossier d, int from, int to) {
        List<Shape> out = new ArrayList<>();
        double m = size.marginMm();
        Frame page = new Frame(m, m, size.widthMm() - 2 * m, size.heightMm() - 2 * m);
        double top = header(out, page, d);
        Frame area = new Frame(page.x(), top, page.w(), page.bottom() - top);
        List<Partner> partners = d.partners().subList(from, to);
        Ring ring = ring(area, partners.size());
        out.add(new Box(ring.core().x(), ring.core().y(), ring.core().w(), ring.core().h(), Sheet.TABLE, null, 0,
                6 * k));
        core(out, ring.core().inset(3 * k), d);
        if (partners.isEmpty()) {
            return new Page(size, out);
        }
        Set<String> agreed = agreedItems(d);
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            cards.add(new Card(partners.get(i), ring.boxes().get(i), entries(partners.get(i), Direction.BRING, agreed),
                    entries(partners.get(i), Direction.GET, agreed)));
        }
        Fit fit = fit(cards);
        // boxes as high as the fullest needs, the same for all; against the outer edge of the ring where their
        // place touches it, else in the middle of their place
        double high = 0;
        for (Card c : cards) {
            high = Math.max(high, height(c, fit));
        }
        for (Card c : cards) {
            Frame slot = c.frame();
            double h = Math.min(slot.h(), Math.max(high, slot.h() * 0.4));
            boolean atTop = Math.abs(slot.y() - area.y()) < 1e-6;
            boolean atBottom = Math.abs(slot.bottom() - area.bottom()) < 1e-6;
            double y = atTop && !atBottom ? slot.y() : atBottom && !atTop ? slot.bottom() - h : slot.y() + (slot.h() - h) / 2;
            card(out, new Card(c.partner(), new Frame(slot.x(), y, slot.w(), h), c.bring(), c.get()), fit);
        }
        return new Page(size, out);
    }

    // ---- the head of the sheet

    private double header(List<Shape> out, Frame page, Dossier d) {
        double kickerPt = 10 * k;
        double titlePt = 16 * k;
        double legendPt = 9 * k;
        double y = page.y();
        out.add(new Label(page.x(), y, page.w() * 0.6, Sheet.height(1, kickerPt), say.get("figure.kicker"), kickerPt,
                true, Sheet.ACCENT, Label.Align.LEFT));
        double ty = y + Sheet.height(1, kickerPt) + 0.5 * k;
        double legendW = legend(out, page, ty + Sheet.height(1, titlePt) - Sheet.height(1, legendPt), legendPt);
        double titleW = page.w() - legendW - 6 * k;
        double titleH = Sheet.height(Sheet.lines(d.title(), titleW, titlePt, true), titlePt);
        out.add(new Label(page.x(), ty, titleW, titleH, d.title(), titlePt, true, Sheet.INK, Label.Align.LEFT));
        return ty + titleH + 4 * k;
    }

    /** The key to the colours, right-aligned on the line of the title; returns how wide it is. */
    private double legend(List<Shape> out, Frame page, double y, double pt) {
        String[] words = {say.get("figure.legend.bring"), say.get("figure.legend.get"),
            say.get("figure.legend.demand"), say.get("figure.legend.agreed")};
        Colour[] colours = {Sheet.BRING, Sheet.GET, Sheet.DEMAND, Sheet.AGREED};
        double gap = 5 * k;
        double x = page.right();
        for (int i = words.length - 1; i >= 0; i--) {
            double w = PrintedFont.width(words[i], pt, true) + 1 * k;
            x -= w;
            out.add(new Label(x, y, w, Sheet.height(1, pt), words[i], pt, true, colours[i], Label.Align.LEFT));
            x -= gap;
        }
        return page.right() - x - gap;
    }

    // ---- the core

    private void core(List<Shape> out, Frame f, Dossier d) {
        Optional<AmbitionVersion> current = d.ambition().current().filter(v -> !v.statement().isBlank());
        String statement = current.map(AmbitionVersion::statement).orElse(d.title()).strip();
        String below = current.map(say::version).orElse(say.get("figure.core.noAmbition"));
        double pad = 5 * k;
        Frame inner = f.inset(pad);
        double kickerPt = 10 * k;
        double belowPt = 8.5 * k;
        out.add(new Box(f.x(), f.y(), f.w(), f.h(), Sheet.CORE, Sheet.ACCENT, 0.6 * k, 4 * k));
        double fixed = Sheet.height(1, kickerPt) + 2 * k + 2 * k + Sheet.height(2, belowPt);
        double room = inner.h() - fixed;
        // the largest type in which the whole statement fits; at the smallest, as much as fits
        double pt = 20 * k;
        while (pt > MIN_PT * k + 1e-9 && Sheet.height(Sheet.lines(statement, inner.w(), pt, true), pt) > room) {
            pt -= 0.5 * k;
        }
        pt = Math.max(pt, MIN_PT * k);
        int lines = Sheet.lines(statement, inner.w(), pt, true);
        int maxLines = Math.max(1, (int) Math.floor((room - 0.2) / Sheet.lineMm(pt)));
        int shown = Math.max(1, Math.min(lines, maxLines));
        // a spare line where there is room: a screen's font may break the statement one line later than paper
        int spare = Math.min(maxLines, shown + 1);
        int belowLines = Math.min(2, Sheet.lines(below, inner.w(), belowPt));
        double h = Sheet.height(1, kickerPt) + 2 * k + Sheet.height(spare, pt) + 2 * k
                + Sheet.height(belowLines, belowPt);
        double y = inner.y() + Math.max(0, (inner.h() - h) / 2);
        out.add(new Label(inner.x(), y, inner.w(), Sheet.height(1, kickerPt), say.get("figure.core"), kickerPt,
                true, Sheet.ACCENT, Label.Align.CENTER));
        y += Sheet.height(1, kickerPt) + 2 * k;
        out.add(new Label(inner.x(), y, inner.w(), Sheet.height(spare, pt), statement, pt, true, Sheet.INK,
                Label.Align.CENTER));
        y += Sheet.height(spare, pt) + 2 * k;
        out.add(new Label(inner.x(), y, inner.w(), Sheet.height(belowLines, belowPt), below, belowPt, false,
                Sheet.QUIET, Label.Align.CENTER));
    }

    // ---- the ring of partners

    /**
     * Chooses how many boxes go in the left and right columns and in the rows above and below the core, and how
     * wide the columns and how high the rows are: the smallest box as large as possible, the core at least its
     * minimum size. Boxes that are very flat or very narrow count as smaller than they are.
     */
    Ring ring(Frame area, int n) {
        double g = 4 * k;
        if (n == 0) {
            return new Ring(List.of(), new Frame(area.x() + area.w() * 0.25, area.y() + area.h() * 0.25,
                    area.w() * 0.5, area.h() * 0.5));
        }
        double minCoreW = area.w() * (n <= 2 ? 0.34 : n <= 4 ? 0.30 : 0.24);
        double minCoreH = area.h() * (n <= 4 ? 0.30 : 0.20);
        Ring best = Ring.search(area, g, n, minCoreW, minCoreH);
        // very many partners: the core gives way before the boxes do
        return best != null ? best : Ring.search(area, g, n, area.w() * 0.1, area.h() * 0.1);
    }

    // ---- a partner's box

    private record Card(Partner partner, Frame frame, List<Flow.Entry> bring, List<Flow.Entry> get) {
    }

    /** The type size and the most lines an item may take, the same for every box: every item whole. */
    private record Fit(double pt, int maxLines) {
    }

    private Fit fit(List<Card> cards) {
        for (double pt = MAX_PT * k; pt >= MIN_PT * k - 1e-9; pt -= STEP_PT * k) {
            final double p = pt;
            if (cards.stream().allMatch(c -> need(c, p, Flow.WHOLE) <= inside(c, p).h() + 1e-6)) {
                return new Fit(pt, Flow.WHOLE);
            }
        }
        return new Fit(MIN_PT * k, Flow.WHOLE);
    }

    private double pad() {
        return 2.5 * k;
    }

    private double titlePt(double pt) {
        return pt + 1.5 * k;
    }

    private String name(Partner p) {
        return say.name(p);
    }

    private int titleLines(Card c, double pt) {
        return Math.max(1, Sheet.lines(name(c.partner()), c.frame().w() - 2 * pad(), titlePt(pt), true));
    }

    private double strip(Card c, double pt) {
        return titleLines(c, pt) * Sheet.lineMm(titlePt(pt)) + 0.2 + 2 * 1.5 * k;
    }

    /** The room inside a box below its title strip. */
    private Frame inside(Card c, double pt) {
        Frame f = c.frame();
        double s = strip(c, pt);
        return new Frame(f.x() + pad(), f.y() + s + 1.5 * k, f.w() - 2 * pad(), f.h() - s - 1.5 * k - pad());
    }

    private double gap() {
        return 0.6 * k;
    }

    private double head(double pt) {
        return Sheet.height(1, pt) + 0.5 * k;
    }

    /** The height a whole box needs: its title strip, its two lists and its padding. */
    private double height(Card c, Fit fit) {
        return strip(c, fit.pt()) + 1.5 * k + need(c, fit.pt(), fit.maxLines()) + pad() + 1e-6;
    }

    /** The height the box's two lists need, each with its heading. */
    private double need(Card c, double pt, int maxLines) {
        double w = inside(c, pt).w();
        return part(c.bring(), w, pt, maxLines) + 1.5 * k + part(c.get(), w, pt, maxLines);
    }

    private double part(List<Flow.Entry> entries, double w, double pt, int maxLines) {
        return head(pt) + Math.max(Flow.need(Sheet.PRINTED, entries, w, pt, 0, maxLines, gap()), Sheet.height(1, pt));
    }

    private void card(List<Shape> out, Card c, Fit fit) {
        double pt = fit.pt();
        Frame f = c.frame();
        double s = strip(c, pt);
        out.add(new Box(f.x(), f.y(), f.w(), f.h(), Colour.WHITE, null, 0, 1.5 * k));
        out.add(new Box(f.x(), f.y(), f.w(), s, Sheet.STRIP, null, 0, 0));
        out.add(new Box(f.x(), f.y(), f.w(), f.h(), null, Sheet.ACCENT, 0.35 * k, 1.5 * k));
        out.add(new Label(f.x() + pad(), f.y() + 1.5 * k, f.w() - 2 * pad(),
                Sheet.height(titleLines(c, pt), titlePt(pt)), name(c.partner()), titlePt(pt), true, Sheet.ACCENT,
                Label.Align.LEFT));
        Frame in = inside(c, pt);
        double between = 1.5 * k;
        double[] needs = {part(c.bring(), in.w(), pt, fit.maxLines()), part(c.get(), in.w(), pt, fit.maxLines())};
        double[] mins = {head(pt) + Sheet.height(1, pt), head(pt) + Sheet.height(1, pt)};
        double available = in.h() - between;
        double[] h = needs[0] + needs[1] <= available ? needs : Sheet.share(available, needs, mins);
        double y = in.y();
        String[] titles = {say.get("figure.bring"), say.get("figure.get")};
        Colour[] colours = {Sheet.BRING, Sheet.GET};
        List<List<Flow.Entry>> parts = List.of(c.bring(), c.get());
        for (int i = 0; i < 2; i++) {
            out.add(new Label(in.x(), y, in.w(), Sheet.height(1, pt), titles[i], pt, true, colours[i],
                    Label.Align.LEFT));
            Frame list = new Frame(in.x(), y + head(pt), in.w(), h[i] - head(pt));
            new Flow(Sheet.PRINTED, out, list, pt, 0, fit.maxLines()).set(parts.get(i), say.get("figure.empty"),
                    n -> say.format("figure.more", n), gap());
            y += h[i] + between;
        }
    }

    /** A partner's items in one direction, by category; agreed ones ticked, demands in red. */
    private List<Flow.Entry> entries(Partner p, Direction direction, Set<String> agreed) {
        List<Flow.Entry> out = new ArrayList<>();
        p.contributions(direction).stream().sorted(Comparator.comparing(Contribution::category)).forEach(c -> {
            String text = item(c);
            if (c.firmness() == Firmness.DEMAND) {
                text = say.format("figure.demand", text);
            }
            if (agreed.contains(c.id())) {
                text = say.format("figure.agreed", text);
            }
            out.add(new Flow.Entry("", null, text, c.firmness() == Firmness.DEMAND ? Sheet.DEMAND
                    : agreed.contains(c.id()) ? Sheet.AGREED : Sheet.INK));
        });
        return out;
    }

    /**
     * One item as the figure shows it: the category and the amount first, so what and how much are read before a
     * long description: "mensen · 2 fte: Jongerencoaches voor het loket".
     */
    private String item(Contribution c) {
        String description = c.description().isBlank() ? "" : c.description().strip();
        String q = say.quantity(c);
        if (q.isEmpty()) {
            return description.isEmpty() ? say.word(c.category())
                    : say.format("figure.item", say.word(c.category()), description);
        }
        return description.isEmpty() ? say.format("figure.item", say.word(c.category()), q)
                : say.format("figure.itemWithAmount", say.word(c.category()), description, q);
    }

    /** The ids of the items that are part of a match the partners agreed on. */
    private static Set<String> agreedItems(Dossier d) {
        Set<String> out = new HashSet<>();
        BringGet.matches(d, Stream.concat(d.matchDecisions().stream().filter(MatchDecision::confirmed),
                ConversationData.of(d).agreedHere().stream()).toList()).forEach(m -> {
                    out.add(m.bring().contributionId());
                    out.add(m.get().contributionId());
                });
        return out;
    }
}

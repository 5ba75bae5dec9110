package nl.koers.instrument.netwerkambitie.internal.print;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Representative;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.netwerkambitie.internal.Phrases;
import nl.koers.instrument.api.figure.kit.Flow;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;

/**
 * A filled interest card on A4: the partner's own interests, its view of the overarching interest, what it
 * brings and what it comes to get, each marked wish or demand. Every entry is set whole: boxes take the room
 * their content needs, and a full card sets its type smaller (down to {@link #MIN_PT} pt) before what does not
 * fit ends in "and N more".
 */
final class CardSheet {
    static final PageSize SIZE = PageSize.A4_PORTRAIT;
    private static final double PT = 10;
    private static final double TITLE_PT = 11;
    private static final double GAP = 4;
    private static final double ENTRY_GAP = 1.2;
    /** The smallest type a card is set in, still read at arm's length. */
    private static final double MIN_PT = 9;

    private final Phrases say;

    CardSheet(Phrases say) {
        this.say = say;
    }

    Page page(Dossier d, Partner p) {
        List<Shape> out = new ArrayList<>();
        double m = SIZE.marginMm();
        Frame page = new Frame(m, m, SIZE.widthMm() - 2 * m, SIZE.heightMm() - 2 * m);
        double top = Sheet.cardHeader(out, page, say.get("card.kicker"), d.title(), p.name(), subtitle(p));
        double bottom = Sheet.cardFooter(out, page, say.get("card.reminder"));

        double marker = Sheet.markerWidth(PT, say.word(Firmness.WISH), say.word(Firmness.DEMAND));
        List<Flow.Entry> own = interests(p, false);
        List<Flow.Entry> network = interests(p, true);
        List<Flow.Entry> bring = items(p, Direction.BRING);
        List<Flow.Entry> get = items(p, Direction.GET);
        double room = bottom - top - 2 * GAP;
        // every entry whole: the type shrinks to a readable minimum before a box counts what it cannot hold
        double pt = Sheet.largestFitting(PT, MIN_PT,
                s -> java.util.Arrays.stream(needs(own, network, bring, get, page.w(), s, marker)).sum() <= room);
        double min = Sheet.boxHeight(Sheet.height(3, pt), TITLE_PT);
        double[] h = Sheet.share(room, needs(own, network, bring, get, page.w(), pt, marker),
                new double[] {min, min, min * 1.5});

        double y = top;
        fill(out, new Frame(page.x(), y, page.w(), h[0]), say.get("card.own"), own, marker, pt);
        y += h[0] + GAP;
        fill(out, new Frame(page.x(), y, page.w(), h[1]), say.get("card.network"), network, marker, pt);
        y += h[1] + GAP;
        double w = (page.w() - GAP) / 2;
        fill(out, new Frame(page.x(), y, w, h[2]), say.get("card.bring"), bring, marker, pt);
        fill(out, new Frame(page.x() + w + GAP, y, w, h[2]), say.get("card.get"), get, marker, pt);
        return new Page(SIZE, out);
    }

    /** What the three rows of boxes need at {@code pt}, every entry whole. */
    private static double[] needs(List<Flow.Entry> own, List<Flow.Entry> network, List<Flow.Entry> bring,
            List<Flow.Entry> get, double width, double pt, double marker) {
        double full = width - 5;
        double half = (width - GAP) / 2 - 5;
        return new double[] {
            Sheet.boxHeight(need(own, full, pt, marker), TITLE_PT),
            Sheet.boxHeight(need(network, full, pt, marker), TITLE_PT),
            Sheet.boxHeight(Math.max(need(bring, half, pt, marker), need(get, half, pt, marker)), TITLE_PT)};
    }

    private static double need(List<Flow.Entry> entries, double width, double pt, double marker) {
        return Flow.need(Sheet.PRINTED, entries, width, pt, marker, Flow.WHOLE, ENTRY_GAP);
    }

    private void fill(List<Shape> out, Frame f, String title, List<Flow.Entry> entries, double marker, double pt) {
        Frame inner = Sheet.box(out, f, title, TITLE_PT);
        new Flow(Sheet.PRINTED, out, inner, pt, marker, Flow.WHOLE).set(entries, say.get("card.empty"),
                n -> say.format("card.more", n), ENTRY_GAP);
    }

    private String subtitle(Partner p) {
        String people = p.representatives().stream().map(Representative::name).filter(n -> !n.isBlank())
                .collect(Collectors.joining(", "));
        return people.isEmpty() ? say.word(p.role()) : say.format("card.subtitle", say.word(p.role()), people);
    }

    private List<Flow.Entry> interests(Partner p, boolean network) {
        List<Flow.Entry> out = new ArrayList<>();
        for (Interest i : p.interests()) {
            if ((i.level() == Level.NETWORK) == network) {
                out.add(entry(i.firmness(), network ? i.text() : say.interest(i)));
            }
        }
        return out;
    }

    private List<Flow.Entry> items(Partner p, Direction direction) {
        List<Flow.Entry> out = new ArrayList<>();
        for (Contribution c : p.contributions(direction)) {
            out.add(entry(c.firmness(), say.item(c)));
        }
        return out;
    }

    private Flow.Entry entry(Firmness f, String text) {
        return new Flow.Entry(say.word(f), f == Firmness.DEMAND ? Sheet.DEMAND : Sheet.QUIET, text, Sheet.INK);
    }
}

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
 * their content needs, a full card sets its type smaller (down to {@link #MIN_PT} pt), then goes on on a second
 * sheet, and only then what does not fit ends in "and N more".
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

    /**
     * The partner's card: one sheet when everything fits it at a readable size, else two, the interests on the
     * first and what the partner brings and gets on the second, each using its whole sheet.
     */
    List<Page> pages(Dossier d, Partner p) {
        Row own = new Row(List.of(say.get("card.own")), List.of(interests(p, false)), 3);
        Row network = new Row(List.of(say.get("card.network")), List.of(interests(p, true)), 3);
        Row bringGet = new Row(List.of(say.get("card.bring"), say.get("card.get")),
                List.of(items(p, Direction.BRING), items(p, Direction.GET)), 4.5);
        List<Row> all = List.of(own, network, bringGet);
        if (fits(d, p, all, MIN_PT)) {
            return List.of(page(d, p, all, say.get("card.kicker")));
        }
        return List.of(page(d, p, List.of(own, network), say.get("card.kicker")),
                page(d, p, List.of(bringGet), say.format("card.continued", say.get("card.kicker"))));
    }

    /**
     * A row of boxes side by side, each a title and its entries.
     *
     * @param leastLines the lines of type the row gets at least, so an empty box still has room to write in
     */
    private record Row(List<String> titles, List<List<Flow.Entry>> parts, double leastLines) {
        double columnWidth(double width) {
            return (width - (titles.size() - 1) * GAP) / titles.size();
        }

        /** What the row needs at {@code pt}: its fullest box, every entry whole. */
        double need(double width, double pt, double marker) {
            double need = 0;
            for (List<Flow.Entry> part : parts) {
                need = Math.max(need, Flow.need(Sheet.PRINTED, part, columnWidth(width) - 5, pt, marker, Flow.WHOLE,
                        ENTRY_GAP));
            }
            return Sheet.boxHeight(need, TITLE_PT);
        }
    }

    private double marker() {
        return Sheet.markerWidth(PT, say.word(Firmness.WISH), say.word(Firmness.DEMAND));
    }

    private static Frame frame() {
        double m = SIZE.marginMm();
        return new Frame(m, m, SIZE.widthMm() - 2 * m, SIZE.heightMm() - 2 * m);
    }

    /** Whether the rows fit one sheet at {@code pt}, under the card's head and above its foot. */
    private boolean fits(Dossier d, Partner p, List<Row> rows, double pt) {
        List<Shape> scratch = new ArrayList<>();
        return needs(rows, pt) <= room(scratch, d, p, rows, say.get("card.kicker"))[1] + 1e-6;
    }

    private double needs(List<Row> rows, double pt) {
        return rows.stream().mapToDouble(r -> r.need(frame().w(), pt, marker())).sum();
    }

    /** Draws the head and foot; returns where the rows start and how much height they share. */
    private double[] room(List<Shape> out, Dossier d, Partner p, List<Row> rows, String kicker) {
        double top = Sheet.cardHeader(out, frame(), kicker, d.title(), p.name(), subtitle(p));
        double bottom = Sheet.cardFooter(out, frame(), say.get("card.reminder"));
        return new double[] {top, bottom - top - (rows.size() - 1) * GAP};
    }

    private Page page(Dossier d, Partner p, List<Row> rows, String kicker) {
        List<Shape> out = new ArrayList<>();
        double[] room = room(out, d, p, rows, kicker);
        // every entry whole: the type shrinks to a readable minimum before a box counts what it cannot hold
        double pt = Sheet.largestFitting(PT, MIN_PT, s -> needs(rows, s) <= room[1]);
        double[] needs = rows.stream().mapToDouble(r -> r.need(frame().w(), pt, marker())).toArray();
        double[] mins = rows.stream().mapToDouble(r -> Sheet.boxHeight(Sheet.height(1, pt), TITLE_PT)
                + (r.leastLines() - 1) * Sheet.lineMm(pt)).toArray();
        double[] h = Sheet.share(room[1], needs, mins);
        double y = room[0];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double w = row.columnWidth(frame().w());
            for (int c = 0; c < row.titles().size(); c++) {
                Frame box = new Frame(frame().x() + c * (w + GAP), y, w, h[i]);
                Frame inner = Sheet.box(out, box, row.titles().get(c), TITLE_PT);
                new Flow(Sheet.PRINTED, out, inner, pt, marker(), Flow.WHOLE).set(row.parts().get(c),
                        say.get("card.empty"), n -> say.format("card.more", n), ENTRY_GAP);
            }
            y += h[i] + GAP;
        }
        return new Page(SIZE, out);
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

package nl.koers.instrument.netwerkambitie.internal.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.Partner;
import nl.koers.domain.analysis.Balance;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.Finding;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.netwerkambitie.internal.Phrases;
import nl.koers.instrument.api.figure.kit.Flow;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;

/**
 * The exchange on A3 sheets: every partner's card side by side (in two or more rows when there are many), and on
 * the first sheet below them what stands out and the matches the partners agreed on. The image for the minutes or
 * the wall. A card never gets less room than its parts need at the smallest type, so a table too large for one
 * sheet goes on to the next: the first sheet says how many there are.
 */
final class ExchangeSheet {
    static final PageSize SIZE = PageSize.A3_LANDSCAPE;
    private static final int MAX_COLUMNS = 6;
    private static final double GAP = 4;
    /** The smallest type of a card, on a sheet read at a table. */
    private static final double MIN_PT = 7;
    private static final double PART_GAP = 1.5;
    private static final double FINDING_PT = 9;

    private final Phrases say;

    ExchangeSheet(Phrases say) {
        this.say = say;
    }

    /** The sheets: the first with the findings, then as many as the cards need. */
    List<Page> pages(Dossier d) {
        return pages(d, Integer.MAX_VALUE);
    }

    /** The first {@code most} of the sheets: an image is the first alone, and the others need not be laid out. */
    List<Page> pages(Dossier d, int most) {
        List<Partner> partners = d.partners();
        List<Balance> balances = BringGet.balances(d);
        Frame page = page();
        double findingsH = partners.isEmpty() ? 0 : findingsHeight(d, page.w());
        // how many cards a sheet holds when each gets what its parts need at the smallest type
        double cardW = (page.w() - (Math.min(MAX_COLUMNS, Math.max(1, partners.size())) - 1) * GAP)
                / Math.min(MAX_COLUMNS, Math.max(1, partners.size()));
        double cardMin = 0;
        for (int i = 0; i < partners.size(); i++) {
            cardMin = Math.max(cardMin, cardLeast(cardW, partners.get(i), balances.get(i)));
        }
        double top = top(d, page, 2);
        int firstRows = Math.max(1, (int) ((page.bottom() - findingsH - GAP - top + GAP) / (cardMin + GAP)));
        int laterRows = Math.max(1, (int) ((page.bottom() - top + GAP) / (cardMin + GAP)));
        List<List<Integer>> sheets = new ArrayList<>();
        List<Integer> sheet = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            if (sheet.size() == (sheets.isEmpty() ? firstRows : laterRows) * MAX_COLUMNS) {
                sheets.add(sheet);
                sheet = new ArrayList<>();
            }
            sheet.add(i);
        }
        sheets.add(sheet);
        List<Page> out = new ArrayList<>();
        for (int s = 0; s < Math.min(most, sheets.size()); s++) {
            out.add(page(d, balances, sheets.get(s), s + 1, sheets.size(), s == 0 ? findingsH : 0));
        }
        return out;
    }

    private static Frame page() {
        double m = SIZE.marginMm();
        return new Frame(m, m, SIZE.widthMm() - 2 * m, SIZE.heightMm() - 2 * m);
    }

    /** Where the cards start below the head, with this many lines under the title (the sheet's count). */
    private double top(Dossier d, Frame page, int noteLines) {
        double titleH = Sheet.height(Sheet.PRINTED.lines(d.title(), page.w(), 16, true), 16);
        return page.y() + Sheet.height(1, 10) + 0.5 + titleH + Sheet.height(noteLines, 9) + 4;
    }

    private Page page(Dossier d, List<Balance> balances, List<Integer> shown, int sheet, int sheets,
            double findingsH) {
        List<Shape> out = new ArrayList<>();
        Frame page = page();
        String kicker = say.get("exchange.kicker")
                + (sheets > 1 ? " \u00b7 " + say.format("exchange.sheet", sheet, sheets) : "");
        out.add(new Label(page.x(), page.y(), page.w() * 0.6, Sheet.height(1, 10), kicker, 10, true, Sheet.ACCENT,
                Label.Align.LEFT));
        double ty = page.y() + Sheet.height(1, 10) + 0.5;
        double titleH = Sheet.height(Sheet.PRINTED.lines(d.title(), page.w(), 16, true), 16);
        out.add(new Label(page.x(), ty, page.w(), titleH, d.title(), 16, true, Sheet.INK, Label.Align.LEFT));
        double top = ty + titleH + 4;
        if (sheets > 1) {
            // which cards; the first sheet is also the image, so it says where the others are
            String note = say.format("exchange.sheetCards", shown.get(0) + 1, shown.get(shown.size() - 1) + 1,
                    d.partners().size()) + (sheet == 1 ? " " + say.get("exchange.sheetRest") : "");
            int lines = Math.min(2, Sheet.PRINTED.lines(note, page.w(), 9, false));
            out.add(new Label(page.x(), ty + titleH, page.w(), Sheet.height(lines, 9), note, 9, false, Sheet.QUIET,
                    Label.Align.LEFT));
            top = top(d, page, 2);
        }

        List<Partner> partners = shown.stream().map(i -> d.partners().get(i)).toList();
        if (partners.isEmpty()) {
            out.add(new Label(page.x(), top, page.w(), Sheet.height(1, 14), say.get("exchange.noPartners"), 14,
                    false, Sheet.QUIET, Label.Align.LEFT));
            return new Page(SIZE, out);
        }
        List<Balance> balancesShown = shown.stream().map(balances::get).toList();
        double cardsBottom = page.bottom() - findingsH - (findingsH > 0 ? GAP : 0);
        int rows = (partners.size() + MAX_COLUMNS - 1) / MAX_COLUMNS;
        int cols = (partners.size() + rows - 1) / rows;
        double cardW = (page.w() - (cols - 1) * GAP) / cols;
        double cardH = (cardsBottom - top - (rows - 1) * GAP) / rows;
        // every item whole: the type shrinks to a readable minimum before a card counts what it cannot hold
        double pt = Sheet.largestFitting(rows == 1 ? 9 : rows == 2 ? 8 : 7, MIN_PT, s -> {
            for (int i = 0; i < partners.size(); i++) {
                if (cardNeed(cardW, partners.get(i), balancesShown.get(i), s) > cardH) {
                    return false;
                }
            }
            return true;
        });
        for (int i = 0; i < partners.size(); i++) {
            int r = i / cols;
            int c = i % cols;
            card(out, new Frame(page.x() + c * (cardW + GAP), top + r * (cardH + GAP), cardW, cardH),
                    partners.get(i), balancesShown.get(i), pt);
        }
        if (findingsH > 0) {
            findings(out, new Frame(page.x(), page.bottom() - findingsH, page.w(), findingsH), d);
        }
        return new Page(SIZE, out);
    }

    /**
     * The least height of a card at the smallest type, nothing cut: each part its heading and two lines, room for
     * a first entry and the line that counts the rest.
     */
    private double cardLeast(double width, Partner p, Balance balance) {
        int titleLines = Sheet.titleLines(Sheet.PRINTED, say.name(p), width, MIN_PT + 2);
        double part = Sheet.height(1, MIN_PT) + 0.5 + Sheet.height(2, MIN_PT) + PART_GAP;
        double need = Sheet.height(1, MIN_PT) + 1.5 + sumsHeight(balance, width - 5, MIN_PT) + 1.5 + 4 * part;
        return Sheet.boxHeight(need, MIN_PT + 2, titleLines);
    }

    /** The height a card needs to show everything whole at {@code pt}. */
    private double cardNeed(double width, Partner p, Balance balance, double pt) {
        int titleLines = Sheet.titleLines(Sheet.PRINTED, say.name(p), width, pt + 2);
        double inner = width - 5;
        double need = Sheet.height(1, pt) + 1.5 + sumsHeight(balance, inner, pt) + 1.5;
        for (List<Flow.Entry> part : parts(p)) {
            need += partNeed(part, inner, pt);
        }
        return Sheet.boxHeight(need, pt + 2, titleLines);
    }

    private double sumsHeight(Balance balance, double width, double pt) {
        return Sheet.height(Sheet.PRINTED.lines(say.balance(balance), width, pt, false), pt);
    }

    private static double partNeed(List<Flow.Entry> part, double width, double pt) {
        return Sheet.height(1, pt) + 0.5 + Math.max(Flow.need(Sheet.PRINTED, part, width, pt, 0, Flow.WHOLE, 0.6),
                Sheet.height(1, pt)) + PART_GAP;
    }

    private List<List<Flow.Entry>> parts(Partner p) {
        return List.of(interests(p, false), interests(p, true), items(p, Direction.BRING), items(p, Direction.GET));
    }

    private void card(List<Shape> out, Frame f, Partner p, Balance balance, double pt) {
        Frame inner = Sheet.box(out, f, say.name(p), pt + 2, Sheet.PRINTED);
        out.add(new Label(inner.x(), inner.y(), inner.w(), Sheet.height(1, pt), say.word(p.role()), pt, false,
                Sheet.QUIET, Label.Align.LEFT));
        double sumH = sumsHeight(balance, inner.w(), pt);
        out.add(new Label(inner.x(), inner.bottom() - sumH, inner.w(), sumH, say.balance(balance), pt, false,
                Sheet.QUIET, Label.Align.LEFT));
        double top = inner.y() + Sheet.height(1, pt) + 1.5;
        double bottom = inner.bottom() - sumH - 1.5;

        List<String> titles = List.of(say.get("card.own"), say.get("card.networkShort"), say.get("card.bring"),
                say.get("card.get"));
        List<List<Flow.Entry>> parts = parts(p);
        double head = Sheet.height(1, pt) + 0.5;
        double[] needs = new double[4];
        double[] mins = new double[4];
        for (int i = 0; i < 4; i++) {
            needs[i] = partNeed(parts.get(i), inner.w(), pt);
            mins[i] = head + Sheet.height(1, pt) + PART_GAP;
        }
        // when all fits, each part takes what it needs and the room left stays below, above the balance
        double[] h = Arrays.stream(needs).sum() <= bottom - top ? needs : Sheet.share(bottom - top, needs, mins);
        double y = top;
        for (int i = 0; i < 4; i++) {
            out.add(new Label(inner.x(), y, inner.w(), Sheet.height(1, pt), titles.get(i), pt, true, Sheet.ACCENT,
                    Label.Align.LEFT));
            Frame area = new Frame(inner.x(), y + head, inner.w(), h[i] - head - PART_GAP);
            new Flow(Sheet.PRINTED, out, area, pt, 0, Flow.WHOLE).set(parts.get(i), say.get("card.empty"),
                    n -> say.format("exchange.more", n), 0.6);
            y += h[i];
        }
    }

    private List<Flow.Entry> findingEntries(Dossier d) {
        List<Flow.Entry> all = new ArrayList<>();
        for (Finding finding : BringGet.findings(d)) {
            all.add(Flow.Entry.of(say.finding(d, finding)));
        }
        // the matches the partners agreed on go on the wall too; dismissed and undecided ones do not
        BringGet.matches(d, d.matchDecisions().stream().filter(MatchDecision::confirmed).toList())
                .forEach(m -> all.add(Flow.Entry.of(say.format("exchange.agreed", say.match(d, m)))));
        return all;
    }

    /** As high as the findings need, in two columns; between 25 mm and a quarter of the sheet. */
    private double findingsHeight(Dossier d, double width) {
        List<Flow.Entry> all = findingEntries(d);
        int half = (all.size() + 1) / 2;
        double w = (width - 5 - 6) / 2;
        double need = Math.max(Flow.need(Sheet.PRINTED, all.subList(0, half), w, FINDING_PT, 0, Flow.WHOLE, 0.8),
                Flow.need(Sheet.PRINTED, all.subList(half, all.size()), w, FINDING_PT, 0, Flow.WHOLE, 0.8));
        double h = Sheet.boxHeight(Math.max(need, Sheet.height(1, FINDING_PT)), 11);
        return Math.max(25, Math.min(h, (SIZE.heightMm() - 2 * SIZE.marginMm()) / 4));
    }

    private void findings(List<Shape> out, Frame f, Dossier d) {
        Frame inner = Sheet.box(out, f, say.get("screen.findings"), 11);
        List<Flow.Entry> all = findingEntries(d);
        int half = (all.size() + 1) / 2;
        double w = (inner.w() - 6) / 2;
        new Flow(Sheet.PRINTED, out, new Frame(inner.x(), inner.y(), w, inner.h()), FINDING_PT, 0, Flow.WHOLE)
                .set(all.subList(0, half), say.get("screen.findings.none"), n -> say.format("card.more", n), 0.8);
        new Flow(Sheet.PRINTED, out, new Frame(inner.x() + w + 6, inner.y(), w, inner.h()), FINDING_PT, 0,
                Flow.WHOLE)
                .set(all.subList(half, all.size()), "", n -> say.format("card.more", n), 0.8);
    }

    private List<Flow.Entry> interests(Partner p, boolean network) {
        List<Flow.Entry> out = new ArrayList<>();
        for (Interest i : p.interests()) {
            if ((i.level() == Level.NETWORK) == network) {
                out.add(entry(network ? i.text() : say.interest(i), i.firmness()));
            }
        }
        return out;
    }

    private List<Flow.Entry> items(Partner p, Direction direction) {
        List<Flow.Entry> out = new ArrayList<>();
        for (Contribution c : p.contributions(direction)) {
            out.add(entry(say.item(c), c.firmness()));
        }
        return out;
    }

    private Flow.Entry entry(String text, Firmness f) {
        return new Flow.Entry("", null, say.format("card.marked", text, say.word(f)),
                f == Firmness.DEMAND ? Sheet.DEMAND : Sheet.INK);
    }
}

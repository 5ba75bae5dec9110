package nl.koers.instrument.netwerkambitie.internal.print;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.koers.domain.Category;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.netwerkambitie.internal.Phrases;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;

/**
 * A blank interest card on A4 for the paper round: the partner's name and the collaboration filled in, boxes
 * to write in with a short prompt each, category hints for bring and get, and room to circle wish or demand
 * on every line.
 */
final class BlankCardSheet {
    static final PageSize SIZE = PageSize.A4_PORTRAIT;
    private static final double TITLE_PT = 11;
    private static final double HINT_PT = 9;
    private static final double GAP = 4;
    /** The distance between writing lines: room for handwriting. */
    private static final double LINE_GAP = 9;

    private final Phrases say;

    BlankCardSheet(Phrases say) {
        this.say = say;
    }

    /** @param p the partner, or null for a card with a line to write the name on */
    Page page(Dossier d, Partner p) {
        List<Shape> out = new ArrayList<>();
        double m = SIZE.marginMm();
        Frame page = new Frame(m, m, SIZE.widthMm() - 2 * m, SIZE.heightMm() - 2 * m);
        double top = Sheet.cardHeader(out, page, say.get("card.kicker"), d.title(), p == null ? "" : p.name(),
                p == null ? "" : say.word(p.role()));
        double bottom = Sheet.cardFooter(out, page, say.get("card.blankReminder"));
        double body = bottom - top - 2 * GAP;
        double[] h = {body * 0.25, body * 0.2, body * 0.55};

        double y = top;
        box(out, new Frame(page.x(), y, page.w(), h[0]), say.get("card.own"), say.get("card.ownPrompt"));
        y += h[0] + GAP;
        box(out, new Frame(page.x(), y, page.w(), h[1]), say.get("card.network"), say.get("card.networkPrompt"));
        y += h[1] + GAP;
        double w = (page.w() - GAP) / 2;
        String categories = say.format("card.categories", Stream.of(Category.values()).map(say::word)
                .collect(Collectors.joining(" \u00b7 ")));
        box(out, new Frame(page.x(), y, w, h[2]), say.get("card.bring"),
                say.get("card.bringPrompt") + "\n" + categories + "\n" + say.get("card.concrete"));
        box(out, new Frame(page.x() + w + GAP, y, w, h[2]), say.get("card.get"),
                say.get("card.getPrompt") + "\n" + categories + "\n" + say.get("card.concrete"));
        return new Page(SIZE, out);
    }

    /** A box with its prompt, then lines to write on, each with "W / E" to circle at its end. */
    private void box(List<Shape> out, Frame f, String title, String prompt) {
        Frame inner = Sheet.box(out, f, title, TITLE_PT);
        int lines = Math.min(6, Sheet.lines(prompt, inner.w(), HINT_PT));
        double promptH = Sheet.height(lines, HINT_PT);
        out.add(new Label(inner.x(), inner.y(), inner.w(), promptH, prompt, HINT_PT, false, Sheet.QUIET,
                Label.Align.LEFT));
        String mark = say.get("card.wishOrDemand");
        double markW = Sheet.markerWidth(HINT_PT, mark);
        double markH = Sheet.height(1, HINT_PT);
        for (double ly = inner.y() + promptH + LINE_GAP; ly <= inner.bottom() - 1; ly += LINE_GAP) {
            out.add(Sheet.rule(inner.x(), ly, inner.right() - markW - 2));
            out.add(new Label(inner.right() - markW, ly - markH, markW, markH, mark, HINT_PT, false, Sheet.QUIET,
                    Label.Align.RIGHT));
        }
    }
}

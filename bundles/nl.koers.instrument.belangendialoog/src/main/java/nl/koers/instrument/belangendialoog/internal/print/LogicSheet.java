package nl.koers.instrument.belangendialoog.internal.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.kit.Flow;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;
import nl.koers.instrument.belangendialoog.internal.Phrases;
import nl.koers.instrument.belangendialoog.internal.TableLogic;

/**
 * The logic of the table on A4 landscape: the sheet refers to figure 1, so it shows it, on the left; on the right
 * each partner's score, as the first step sums it up.
 */
final class LogicSheet {
    static final PageSize SIZE = PageSize.A4_LANDSCAPE;
    private static final double PT = 10;
    private static final double TITLE_PT = 11;
    private static final double GAP = 8;

    private final Phrases say;

    LogicSheet(Phrases say) {
        this.say = say;
    }

    Page page(Dossier d) {
        List<Shape> out = new ArrayList<>();
        double m = SIZE.marginMm();
        Frame page = new Frame(m, m, SIZE.widthMm() - 2 * m, SIZE.heightMm() - 2 * m);
        double top = Sheet.header(out, page, say.get("logic.kicker"), d.title(), say.get("logic.title"),
                say.get("logic.subtitle"), 1);
        double figureW = page.w() * 0.62;
        double figureH = Math.min(page.bottom() - top, LogicFigure.height(say, figureW, PT));
        out.addAll(LogicFigure.figure(say, Map.of(), page.x(), top, figureW, figureH, PT));

        double x = page.x() + figureW + GAP;
        Frame box = Sheet.box(out, new Frame(x, top, page.right() - x, page.bottom() - top),
                say.get("screen.logic.summary"), TITLE_PT);
        new Flow(Sheet.PRINTED, out, box, PT, 0, Flow.WHOLE).set(scores(d), "", n -> say.format("map.more", n),
                0.8);
        return new Page(SIZE, out);
    }

    private List<Flow.Entry> scores(Dossier d) {
        List<Flow.Entry> out = new ArrayList<>();
        if (d.partners().isEmpty()) {
            out.add(new Flow.Entry("", null, say.get("map.noPartners"), Sheet.QUIET));
        }
        for (Partner p : d.partners()) {
            TableLogic.Score s = TableLogic.score(d, p.id());
            String line = say.score(p, s);
            out.add(s.started() ? Flow.Entry.of(line) : new Flow.Entry("", null, line, Sheet.QUIET));
        }
        return out;
    }
}

package nl.koers.instrument.belangendialoog.internal.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Dossier;
import nl.koers.domain.Lens;
import nl.koers.domain.analysis.LensProfile;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.belangendialoog.internal.Phrases;
import nl.koers.instrument.api.figure.kit.Flow;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;

/**
 * The lens profile of the table on A4 landscape: the bar chart on the left, and per lens a box with who wears it
 * and the questions it asks; the lens nobody wears says so, in red.
 */
final class LensSheet {
    static final PageSize SIZE = PageSize.A4_LANDSCAPE;
    private static final double PT = 10;
    /** The smallest type of a lens box, on a sheet read at a table. */
    private static final double MIN_PT = 8;
    private static final double TITLE_PT = 11;
    private static final double GAP = 4;

    private final Phrases say;

    LensSheet(Phrases say) {
        this.say = say;
    }

    Page page(Dossier d) {
        List<Shape> out = new ArrayList<>();
        double m = SIZE.marginMm();
        Frame page = new Frame(m, m, SIZE.widthMm() - 2 * m, SIZE.heightMm() - 2 * m);
        LensProfile profile = LensProfile.of(d);
        double top = Sheet.header(out, page, say.get("lenses.kicker"), d.title(), say.get("lenses.title"),
                say.format("lenses.subtitle", profile.people()), 1);
        Map<String, String> names = say.wearers(d);

        double chartW = page.w() * 0.42;
        double chartH = Math.min(page.bottom() - top, 100);
        out.addAll(LensFigure.chart(say, profile, page.x(), top, chartW, chartH, 12));
        if (!profile.withoutLens().isEmpty()) {
            String without = say.format("lenses.without",
                    say.joined(profile.withoutLens().stream().map(names::get).toList()));
            // whole, on as many lines as the chart's column has below it
            Frame below = new Frame(page.x(), top + chartH + 4, chartW, page.bottom() - top - chartH - 4);
            new Flow(Sheet.PRINTED, out, below, PT, 0, Flow.WHOLE).set(
                    List.of(new Flow.Entry("", null, without, Sheet.QUIET)), "", n -> say.format("list.more", n), 0);
        }

        double x = page.x() + chartW + GAP * 2;
        double w = page.right() - x;
        Lens[] lenses = Lens.values();
        List<List<Flow.Entry>> contents = new ArrayList<>();
        for (Lens lens : lenses) {
            contents.add(entries(profile, lens, names));
        }
        double room = page.bottom() - top - GAP * (lenses.length - 1);
        // every line whole: the type shrinks to a readable minimum before a box counts what it cannot hold
        double pt = Sheet.largestFitting(PT, MIN_PT, s -> Arrays.stream(needs(contents, w, s)).sum() <= room);
        double[] mins = new double[lenses.length];
        Arrays.fill(mins, Sheet.boxHeight(Sheet.height(2, pt), TITLE_PT));
        double[] h = Sheet.share(room, needs(contents, w, pt), mins);
        double y = top;
        for (int i = 0; i < lenses.length; i++) {
            Lens lens = lenses[i];
            String title = say.format("screen.lenses.who", LensFigure.capital(say.word(lens)),
                    profile.nobody().contains(lens) ? say.get("lens.nobody") : say.format("lens.count",
                            profile.count(lens)));
            Frame inner = Sheet.box(out, new Frame(x, y, w, h[i]), title, TITLE_PT);
            new Flow(Sheet.PRINTED, out, inner, pt, 0, Flow.WHOLE).set(contents.get(i), "",
                    n -> say.format("list.more", n), 0.8);
            y += h[i] + GAP;
        }
        return new Page(SIZE, out);
    }

    private static double[] needs(List<List<Flow.Entry>> contents, double w, double pt) {
        return contents.stream().mapToDouble(entries -> Sheet.boxHeight(Flow.need(Sheet.PRINTED, entries, w - 5, pt,
                0, Flow.WHOLE, 0.8), TITLE_PT)).toArray();
    }

    private List<Flow.Entry> entries(LensProfile profile, Lens lens, Map<String, String> names) {
        List<Flow.Entry> out = new ArrayList<>();
        if (profile.nobody().contains(lens)) {
            out.add(new Flow.Entry("", null, say.get("lenses.nobodyHere"), Sheet.DEMAND));
        } else if (profile.count(lens) > 0) {
            out.add(new Flow.Entry("", null, say.format("lenses.who",
                    say.joined(profile.wearers().get(lens).stream().map(names::get).toList())), Sheet.QUIET));
        }
        for (String q : say.questions(lens)) {
            out.add(Flow.Entry.of(say.format("screen.lenses.question", q)));
        }
        return out;
    }
}

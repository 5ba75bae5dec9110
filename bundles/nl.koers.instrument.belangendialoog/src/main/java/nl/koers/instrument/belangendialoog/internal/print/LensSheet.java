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
            // whole, on as many lines as the chart's column has below it: the names that fit, the rest counted
            Frame below = new Frame(page.x(), top + chartH + 4, chartW, page.bottom() - top - chartH - 4);
            String without = named("lenses.without", "lenses.withoutSome",
                    profile.withoutLens().stream().map(names::get).toList(), below.w(), PT, below.h());
            new Flow(Sheet.PRINTED, out, below, PT, 0, Flow.WHOLE).set(
                    List.of(new Flow.Entry("", null, without, Sheet.QUIET)), "", n -> say.format("list.more", n), 0);
        }

        double x = page.x() + chartW + GAP * 2;
        double w = page.right() - x;
        Lens[] lenses = Lens.values();
        List<List<Flow.Entry>> contents = new ArrayList<>();
        for (Lens lens : lenses) {
            contents.add(entries(profile, lens, names, 0, PT, Double.MAX_VALUE));
        }
        double room = page.bottom() - top - GAP * (lenses.length - 1);
        // every line whole: the type shrinks to a readable minimum before a box counts what it cannot hold
        double pt = Sheet.largestFitting(PT, MIN_PT, s -> Arrays.stream(needs(contents, w, s)).sum() <= room);
        double[] mins = new double[lenses.length];
        for (int i = 0; i < lenses.length; i++) {
            // the questions whole and a line of who wears the lens
            mins[i] = Sheet.boxHeight(Flow.need(Sheet.PRINTED, questions(lenses[i]), w - 5, pt, 0, Flow.WHOLE, 0.8)
                    + Sheet.height(1, pt) + 0.8, TITLE_PT);
        }
        double[] h = Sheet.share(room, needs(contents, w, pt), mins);
        double y = top;
        for (int i = 0; i < lenses.length; i++) {
            Lens lens = lenses[i];
            double content = h[i] - Sheet.boxHeight(0, TITLE_PT);
            contents.set(i, entries(profile, lens, names, w - 5, pt,
                    content - Flow.need(Sheet.PRINTED, questions(lens), w - 5, pt, 0, Flow.WHOLE, 0.8) - 0.8));
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

    /** What a lens's box says: who wears it (as far as {@code whoH} holds at {@code pt}), then its questions. */
    private List<Flow.Entry> entries(LensProfile profile, Lens lens, Map<String, String> names, double w, double pt,
            double whoH) {
        List<Flow.Entry> out = new ArrayList<>();
        if (profile.nobody().contains(lens)) {
            out.add(new Flow.Entry("", null, say.get("lenses.nobodyHere"), Sheet.DEMAND));
        } else if (profile.count(lens) > 0) {
            out.add(new Flow.Entry("", null, named("lenses.who", "lenses.whoSome",
                    profile.wearers().get(lens).stream().map(names::get).toList(), w, pt, whoH), Sheet.QUIET));
        }
        out.addAll(questions(lens));
        return out;
    }

    private List<Flow.Entry> questions(Lens lens) {
        return say.questions(lens).stream().map(q -> Flow.Entry.of(say.format("screen.lenses.question", q))).toList();
    }

    /**
     * People named in a sentence ({@code key}) when it fits {@code height}; else as many as fit, and how many
     * others there are ({@code someKey}), so a large table's list is never cut off.
     */
    private String named(String key, String someKey, List<String> people, double w, double pt, double height) {
        String all = say.format(key, say.joined(people));
        if (people.size() < 2 || fits(all, w, pt, height)) {
            return all;
        }
        int lo = 1;
        int hi = people.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (fits(some(someKey, people, mid), w, pt, height)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return some(someKey, people, lo);
    }

    private String some(String key, List<String> people, int shown) {
        return say.format(key, String.join(", ", people.subList(0, shown)), people.size() - shown);
    }

    private static boolean fits(String text, double w, double pt, double height) {
        return Sheet.height(Sheet.PRINTED.lines(text, w, pt, false), pt) <= height + 1e-6;
    }
}

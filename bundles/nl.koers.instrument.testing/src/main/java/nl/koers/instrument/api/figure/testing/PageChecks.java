package nl.koers.instrument.api.figure.testing;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.TextMeasure;

/**
 * The geometry a well printed page has, checked on the shapes of a {@link Page}: what a sheet that overflows its
 * margins, cuts a text off or stacks two texts on each other would get wrong. Every check throws an
 * {@link AssertionError} that names the text and where it stands.
 *
 * <pre>{@code
 * for (Page page : new MyCards().pages(dossierWithLongAnswers, Locale.of("nl"))) {
 *     PageChecks.assertWellLaidOut(page, 8);
 *     PageChecks.assertBoxesApart(page);
 * }
 * }</pre>
 */
public final class PageChecks {
    /** Room for rounding: shapes that touch do not overlap. */
    private static final double EPS = 1e-6;

    private PageChecks() {
    }

    /**
     * Every label lies within the printable area (inside the margins), has room for at least one line, is at
     * least {@code minPt} large, is inside each outlined box or clear of it (long content stays in its box), and
     * no two labels overlap. A page without labels fails too.
     *
     * @param page the page to check
     * @param minPt the smallest type size allowed, in points: what can still be read at the distance the sheet is
     *        read from
     */
    public static void assertWellLaidOut(Page page, double minPt) {
        double m = page.size().marginMm();
        double w = page.size().widthMm();
        double h = page.size().heightMm();
        List<Label> labels = labels(page);
        check(!labels.isEmpty(), "the page has no labels");
        for (Label l : labels) {
            String what = "'" + l.text() + "' at " + l.x() + "," + l.y() + " " + l.width() + "x" + l.height();
            check(l.x() >= m - EPS && l.y() >= m - EPS, what + " starts inside the margin " + m);
            check(l.x() + l.width() <= w - m + EPS && l.y() + l.height() <= h - m + EPS,
                    what + " ends inside the margin " + m);
            check(l.width() > 0 && l.height() >= TextMeasure.lineHeightMm(l.sizePt()), what + " has room for a line");
            check(l.sizePt() >= minPt, what + " is at least " + minPt + " pt");
        }
        for (Label l : labels) {
            for (Box b : outlined(page)) {
                boolean inside = l.x() >= b.x() - EPS && l.y() >= b.y() - EPS
                        && l.x() + l.width() <= b.x() + b.width() + EPS && l.y() + l.height() <= b.y() + b.height() + EPS;
                boolean clear = !overlap(l.x(), l.y(), l.width(), l.height(), b.x(), b.y(), b.width(), b.height());
                check(inside || clear, "'" + l.text() + "' crosses the edge of a box");
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Label a = labels.get(i);
                Label b = labels.get(j);
                check(!overlap(a.x(), a.y(), a.width(), a.height(), b.x(), b.y(), b.width(), b.height()),
                        "'" + a.text() + "' overlaps '" + b.text() + "'");
            }
        }
    }

    /**
     * No two outlined boxes overlap: for sheets of cards side by side, where each box is a card.
     *
     * @param page the page to check
     */
    public static void assertBoxesApart(Page page) {
        List<Box> boxes = outlined(page);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Box a = boxes.get(i);
                Box b = boxes.get(j);
                check(!overlap(a.x(), a.y(), a.width(), a.height(), b.x(), b.y(), b.width(), b.height()),
                        "two boxes overlap: " + a + " and " + b);
            }
        }
    }

    /**
     * {@return the labels of a page, in the order they are drawn}
     *
     * @param page the page
     */
    public static List<Label> labels(Page page) {
        return page.shapes().stream().filter(Label.class::isInstance).map(Label.class::cast).toList();
    }

    /**
     * {@return the texts on a page, sorted}
     *
     * @param page the page
     */
    public static Set<String> texts(Page page) {
        return labels(page).stream().map(Label::text).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Some label on the page contains {@code text}; the failure lists what the page does say.
     *
     * @param page the page
     * @param text a part of a label's text, such as a partner's name
     */
    public static void assertContains(Page page, String text) {
        check(labels(page).stream().anyMatch(l -> l.text().contains(text)),
                "no label with '" + text + "' in " + texts(page));
    }

    /** The boxes drawn with an outline: the ones a text must not cross. */
    private static List<Box> outlined(Page page) {
        return page.shapes().stream().filter(Box.class::isInstance).map(Box.class::cast)
                .filter(b -> b.stroke() != null).toList();
    }

    private static boolean overlap(double ax, double ay, double aw, double ah, double bx, double by, double bw,
            double bh) {
        return ax < bx + bw - EPS && bx < ax + aw - EPS && ay < by + bh - EPS && by < ay + ah - EPS;
    }

    private static void check(boolean holds, String message) {
        if (!holds) {
            throw new AssertionError(message);
        }
    }
}

package nl.koers.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import nl.koers.instrument.api.figure.TextMeasure;

/**
 * The lines of a label that fit its frame, the way the screen's {@code FigurePainter} chooses them: as many
 * whole lines as the height holds (at least one), and when text is cut the last shown line ends in an
 * ellipsis. Unlike the screen, which lets the clip cut the ellipsis off a full line, the line is shortened until
 * the ellipsis fits: on paper the reader must see that something is missing.
 */
final class VisibleLines {
    static final String ELLIPSIS = "\u2026";

    private VisibleLines() {
    }

    static int maxLines(double heightMm, double sizePt) {
        return Math.max(1, (int) Math.floor(heightMm / TextMeasure.lineHeightMm(sizePt)));
    }

    static List<String> of(List<String> lines, int maxLines, double widthMm, TextMeasure.Width width) {
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, maxLines));
        shown.set(maxLines - 1, withEllipsis(shown.get(maxLines - 1), widthMm, width));
        return shown;
    }

    /**
     * {@code "line …"}, dropping words from the end, then characters, until it fits. Widths grow with the text, so
     * the longest part that fits is found by halving, not by dropping one at a time: a few dozen measurements for
     * a line of any length (one word of 30,000 characters took 42 seconds dropping characters one by one).
     */
    static String withEllipsis(String line, double widthMm, TextMeasure.Width width) {
        String kept = line.strip();
        List<Integer> ends = wordEnds(kept);
        // the longest run of whole words that fits with " …", else the first word alone
        int fits = last(ends.size(), i -> width.of(kept.substring(0, ends.get(i)) + " " + ELLIPSIS) <= widthMm);
        String words = kept.substring(0, ends.get(Math.max(fits, 0)));
        if (fits >= 0) {
            return words.isEmpty() ? ELLIPSIS : words + " " + ELLIPSIS;
        }
        // one word wider than the frame: cut inside it, at a whole character
        int chars = words.codePointCount(0, words.length());
        int keep = last(chars + 1, n -> width.of(words.substring(0, words.offsetByCodePoints(0, n)) + ELLIPSIS) <= widthMm);
        return words.substring(0, words.offsetByCodePoints(0, Math.max(keep, 0))) + ELLIPSIS;
    }

    /**
     * Where the line ends after each number of whole words, shortest first: the text up to a space, without the
     * white space before it, as dropping words from the end leaves it; the whole line last.
     */
    private static List<Integer> wordEnds(String kept) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < kept.length(); i++) {
            if (kept.charAt(i) == ' ') {
                int end = i;
                while (end > 0 && Character.isWhitespace(kept.charAt(end - 1))) {
                    end--;
                }
                if (ends.isEmpty() || ends.get(ends.size() - 1) != end) {
                    ends.add(end);
                }
            }
        }
        ends.add(kept.length());
        return ends;
    }

    /** The last of {@code 0 .. n-1} for which {@code fits} holds, when it holds up to some point; -1 for none. */
    private static int last(int n, IntPredicate fits) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (fits.test(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}

package nl.koers.render.internal;

import java.util.ArrayList;
import java.util.List;

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

    /** {@code "line …"}, dropping words from the end, then characters, until it fits. */
    private static String withEllipsis(String line, double widthMm, TextMeasure.Width width) {
        String kept = line.strip();
        while (kept.contains(" ") && width.of(kept + " " + ELLIPSIS) > widthMm) {
            kept = kept.substring(0, kept.lastIndexOf(' ')).strip();
        }
        if (width.of(kept + " " + ELLIPSIS) <= widthMm) {
            return kept.isEmpty() ? ELLIPSIS : kept + " " + ELLIPSIS;
        }
        // one word wider than the frame: cut inside it
        while (!kept.isEmpty() && width.of(kept + ELLIPSIS) > widthMm) {
            kept = kept.substring(0, kept.offsetByCodePoints(kept.length(), -1));
        }
        return kept + ELLIPSIS;
    }
}

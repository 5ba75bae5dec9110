package nl.koers.instrument.belangendialoog.internal.print;

import java.util.List;

import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Shape;

/**
 * The sheet kit of the API, with what only this instrument prints: the head of a sheet and the width of a word.
 */
final class Sheet extends nl.koers.instrument.api.figure.kit.Sheet {
    /** The estimated width of one word, which a line break cannot split: on the safe side, as it cannot wrap. */
    static double wordWidth(String word, double pt, boolean bold) {
        return word.length() * pt * 0.3528 * (bold ? BOLD_EM : CHAR_EM) * 1.1;
    }

    /**
     * The head of a sheet: what the sheet is (and the collaboration, on the right), a large name (on at most two
     * lines), a quiet line below it and a rule. Type grows with {@code k} (1 on A4 and A3). Returns where the body
     * starts.
     */
    static double header(List<Shape> out, Frame page, String kicker, String dossierTitle, String name,
            String subtitle, double k) {
        double x = page.x();
        double w = page.w();
        double y = page.y();
        double small = 10 * k;
        double big = 20 * k;
        out.add(new Label(x, y, w * 0.55, height(1, small), kicker, small, true, ACCENT, Label.Align.LEFT));
        out.add(new Label(x + w * 0.55 + 2 * k, y, w * 0.45 - 2 * k, height(2, 9 * k), dossierTitle, 9 * k, false,
                QUIET, Label.Align.RIGHT));
        y += height(2, 9 * k) + k;
        int nameLines = Math.min(2, lines(name, w, big, true));
        out.add(new Label(x, y, w, height(nameLines, big), name, big, true, INK, Label.Align.LEFT));
        y += height(nameLines, big) + 0.8 * k;
        if (!subtitle.isBlank()) {
            int lines = Math.min(2, lines(subtitle, w, small));
            out.add(new Label(x, y, w, height(lines, small), subtitle, small, false, QUIET, Label.Align.LEFT));
            y += height(lines, small);
        }
        y += 1.5 * k;
        out.add(new Line(x, y, x + w, y, ACCENT, 0.5 * k));
        return y + 3 * k;
    }

    private Sheet() {
    }
}

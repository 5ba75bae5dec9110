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
     * The head of a sheet: what the sheet is (and the collaboration, on the right), a large name, a quiet line below
     * it and a rule; each whole, on the lines it takes. Type grows with {@code k} (1 on A4 and A3). Returns where the body
     * starts.
     */
    static double header(List<Shape> out, Frame page, String kicker, String dossierTitle, String name,
            String subtitle, double k) {
        double x = page.x();
        double w = page.w();
        double y = page.y();
        double small = 10 * k;
        double big = 20 * k;
        double kickerH = height(PRINTED.lines(kicker, w * 0.55, small, true), small);
        out.add(new Label(x, y, w * 0.55, kickerH, kicker, small, true, ACCENT, Label.Align.LEFT));
        double titleW = w * 0.45 - 2 * k;
        double titleH = height(Math.max(2, PRINTED.lines(dossierTitle, titleW, 9 * k, false)), 9 * k);
        out.add(new Label(x + w * 0.55 + 2 * k, y, titleW, titleH, dossierTitle, 9 * k, false, QUIET,
                Label.Align.RIGHT));
        y += Math.max(kickerH, titleH) + k;
        // the name is never cut: a long one is set smaller, then on more lines
        double namePt = largestFitting(big, 14 * k, pt -> PRINTED.lines(name, w, pt, true) <= 2);
        double nameH = height(PRINTED.lines(name, w, namePt, true), namePt);
        out.add(new Label(x, y, w, nameH, name, namePt, true, INK, Label.Align.LEFT));
        y += nameH + 0.8 * k;
        if (!subtitle.isBlank()) {
            double h = height(PRINTED.lines(subtitle, w, small, false), small);
            out.add(new Label(x, y, w, h, subtitle, small, false, QUIET, Label.Align.LEFT));
            y += h;
        }
        y += 1.5 * k;
        out.add(new Line(x, y, x + w, y, ACCENT, 0.5 * k));
        return y + 3 * k;
    }

    private Sheet() {
    }
}

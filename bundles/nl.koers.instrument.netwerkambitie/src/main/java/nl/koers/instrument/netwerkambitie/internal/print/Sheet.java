package nl.koers.instrument.netwerkambitie.internal.print;

import java.util.List;

import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Shape;

/**
 * The sheet kit of the API, with what only this instrument prints: the head and foot of an interest card.
 */
final class Sheet extends nl.koers.instrument.api.figure.kit.Sheet {
    /** The partner's name is never cut: a long one is set smaller, down to this, and then on more lines. */
    static final double NAME_MIN_PT = 14;

    /**
     * The head of an interest card: what the sheet is, the collaboration, the partner's name (or a line to
     * write it on) and a line below it. Every text takes the lines it needs, so a long name or title is read
     * whole. Returns where the body starts.
     */
    static double cardHeader(List<Shape> out, Frame page, String kicker, String dossierTitle, String name,
            String subtitle) {
        double x = page.x();
        double w = page.w();
        double y = page.y();
        double kickerH = height(PRINTED.lines(kicker, w * 0.55, 10, true), 10);
        out.add(new Label(x, y, w * 0.55, kickerH, kicker, 10, true, ACCENT, Label.Align.LEFT));
        double titleW = w * 0.45 - 2;
        double titleH = height(Math.max(2, PRINTED.lines(dossierTitle, titleW, 9, false)), 9);
        out.add(new Label(x + w * 0.55 + 2, y, titleW, titleH, dossierTitle, 9, false, QUIET, Label.Align.RIGHT));
        y += Math.max(kickerH, titleH) + 1;
        if (name.isBlank()) {
            out.add(rule(x, y + height(1, 20), x + w * 0.7));
            y += height(1, 20);
        } else {
            double pt = largestFitting(20, NAME_MIN_PT, s -> PRINTED.lines(name, w, s, true) == 1);
            double h = height(PRINTED.lines(name, w, pt, true), pt);
            out.add(new Label(x, y, w, h, name, pt, true, INK, Label.Align.LEFT));
            y += h;
        }
        y += 0.8;
        double subtitleH = height(Math.max(1, PRINTED.lines(subtitle, w, 10, false)), 10);
        if (!subtitle.isBlank()) {
            out.add(new Label(x, y, w, subtitleH, subtitle, 10, false, QUIET, Label.Align.LEFT));
        }
        y += subtitleH + 1.5;
        out.add(new Line(x, y, x + w, y, ACCENT, 0.5));
        return y + 3;
    }

    /** The reminder at the foot of a card; returns where it starts, so the body ends above it. */
    static double cardFooter(List<Shape> out, Frame page, String reminder) {
        double h = height(Math.max(2, PRINTED.lines(reminder, page.w(), 9, false)), 9);
        double y = page.bottom() - h;
        out.add(new Label(page.x(), y, page.w(), h, reminder, 9, false, QUIET, Label.Align.LEFT));
        return y - 2;
    }

    private Sheet() {
    }
}

package nl.koers.instrument.netwerkambitie.internal.print;

import java.util.List;

import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Shape;

/**
 * The sheet kit of the API, with what only this instrument prints: the head and foot of an interest card.
 */
final class Sheet extends nl.koers.instrument.api.figure.kit.Sheet {
    /**
     * The head of an interest card: what the sheet is, the collaboration, the partner's name (or a line to
     * write it on) and a line below it. Returns where the body starts.
     */
    static double cardHeader(List<Shape> out, Frame page, String kicker, String dossierTitle, String name,
            String subtitle) {
        double x = page.x();
        double w = page.w();
        double y = page.y();
        out.add(new Label(x, y, w * 0.55, height(1, 10), kicker, 10, true, ACCENT, Label.Align.LEFT));
        out.add(new Label(x + w * 0.55 + 2, y, w * 0.45 - 2, height(2, 9), dossierTitle, 9, false, QUIET,
                Label.Align.RIGHT));
        y += height(2, 9) + 1;
        if (name.isBlank()) {
            out.add(rule(x, y + height(1, 20), x + w * 0.7));
        } else {
            out.add(new Label(x, y, w, height(1, 20), name, 20, true, INK, Label.Align.LEFT));
        }
        y += height(1, 20) + 0.8;
        if (!subtitle.isBlank()) {
            out.add(new Label(x, y, w, height(1, 10), subtitle, 10, false, QUIET, Label.Align.LEFT));
        }
        y += height(1, 10) + 1.5;
        out.add(new Line(x, y, x + w, y, ACCENT, 0.5));
        return y + 3;
    }

    /** The reminder at the foot of a card; returns where it starts, so the body ends above it. */
    static double cardFooter(List<Shape> out, Frame page, String reminder) {
        double h = height(2, 9);
        double y = page.bottom() - h;
        out.add(new Label(page.x(), y, page.w(), h, reminder, 9, false, QUIET, Label.Align.LEFT));
        return y - 2;
    }

    private Sheet() {
    }
}

package nl.koers.instrument.partnermodel.internal.print;

import static nl.koers.instrument.api.figure.kit.Sheet.CHAR_EM;
import static nl.koers.instrument.api.figure.kit.Sheet.INK;
import static nl.koers.instrument.api.figure.kit.Sheet.QUIET;
import static nl.koers.instrument.api.figure.kit.Sheet.height;
import static nl.koers.instrument.api.figure.kit.Sheet.lineMm;
import static nl.koers.instrument.partnermodel.internal.print.CanvasSheet.colour;
import static nl.koers.instrument.partnermodel.internal.print.CanvasSheet.lines;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;
import nl.koers.instrument.partnermodel.internal.Phrases;
import nl.koers.instrument.partnermodel.internal.print.Marks.Marked;

/**
 * The notes of a block of the {@link CanvasSheet} as stickers: a sticker keeps every word, because the paper is all
 * the room has after the session; what does not fit is counted, with where to read it.
 */
final class Stickers {
    /** As many lines as a note on paper can have: all of them. */
    private static final int WHOLE_NOTE = 999;
    private static final Colour STICKER_EDGE = new Colour(150, 150, 150);
    private static final String DEFAULT_NOTE = "#fff176";

    private final Phrases say;
    private final double u;
    private final double minPt;

    /**
     * @param u the sheet's unit of length: 1 on A3, larger on larger sheets
     * @param minPt the smallest type the sheet sets, in points
     */
    Stickers(Phrases say, double u, double minPt) {
        this.say = say;
        this.u = u;
        this.minPt = minPt;
    }

    /**
     * The notes of one block as stickers in rows, as large as they fit: first more columns of stickers, then
     * smaller type. A sticker keeps all its lines, and the notes that find no room are counted with where to read
     * them. Returns how many were counted.
     */
    int place(List<Shape> out, List<Marked> notes, Frame f, Map<String, Frame> frames) {
        if (notes.isEmpty()) {
            return 0;
        }
        double base = 8.5 * u;
        double min = minPt;
        double gap = 1.2 * u;
        Fit fit = null;
        for (double pt = base; fit == null && pt > 0; pt = pt > min + 1e-9 ? Math.max(min, pt * 0.9) : -1) {
            for (int columns = 1; fit == null && columns <= Fit.columns(notes, f, pt, gap); columns++) {
                fit = all(new Fit(notes, f, pt, Math.max(min, pt * 0.8), WHOLE_NOTE, gap, columns));
            }
        }
        int most = Fit.columns(notes, f, min, gap);
        for (int columns = 1; fit == null || fit.shown < notes.size() && columns <= most; columns++) {
            Fit next = new Fit(notes, f, min, min, WHOLE_NOTE, gap, columns);
            fit = fit == null || next.shown > fit.shown ? next : fit;
        }
        fit.draw(out, frames);
        return notes.size() - fit.shown;
    }

    private static Fit all(Fit fit) {
        return fit.shown == fit.notes.size() ? fit : null;
    }

    /** Stickers laid out at one type size: how many fit, and where. */
    private final class Fit {
        private final List<Marked> notes;
        private final Frame f;
        private final double pt;
        private final double tagPt;
        private final int maxLines;
        private final double gap;
        private final double pad;
        private final int columns;
        private final List<Frame> places = new ArrayList<>();
        private int shown;

        Fit(List<Marked> notes, Frame f, double pt, double tagPt, int maxLines, double gap, int columns) {
            this.notes = notes;
            this.f = f;
            this.pt = pt;
            this.tagPt = tagPt;
            this.maxLines = maxLines;
            this.gap = gap;
            this.pad = pad(pt);
            this.columns = columns;
            place();
        }

        private static double pad(double pt) {
            return pt * 0.3528 * 0.4;
        }

        /** The most columns of stickers that still hold 15 characters a line. */
        static int columns(List<Marked> notes, Frame f, double pt, double gap) {
            double minWidth = 15 * pt * 0.3528 * CHAR_EM + 2 * pad(pt);
            return (int) Math.max(1, Math.min(notes.size(), Math.floor((f.w() + gap) / (minWidth + gap))));
        }

        private double width() {
            return (f.w() - (columns - 1) * gap) / columns;
        }

        private double heightOf(Marked s) {
            double h = 2 * pad + height(Math.min(maxLines, lines(s.note().text(), width() - 2 * pad, pt)), pt);
            if (!s.tag().isEmpty()) {
                h += tagHeight(s);
            }
            return h;
        }

        /** A tag is read whole: "eerder: ..." carries the note's old text. */
        private double tagHeight(Marked s) {
            return height(lines(s.tag(), width() - 2 * pad, tagPt, true), tagPt);
        }

        private void place() {
            double more = moreHeight(notes.size()) + gap * 0.5;
            double y = f.y();
            for (int start = 0; start < notes.size(); start += columns) {
                int end = Math.min(notes.size(), start + columns);
                double rowH = 0;
                for (int i = start; i < end; i++) {
                    rowH = Math.max(rowH, heightOf(notes.get(i)));
                }
                double reserve = end < notes.size() ? more : 0;
                if (y + rowH > f.bottom() - reserve + 1e-9) {
                    return;
                }
                for (int i = start; i < end; i++) {
                    places.add(new Frame(f.x() + (i - start) * (width() + gap), y, width(), rowH));
                }
                shown = end;
                y += rowH + gap;
            }
        }

        void draw(List<Shape> out, Map<String, Frame> frames) {
            for (int i = 0; i < shown; i++) {
                sticker(out, notes.get(i), places.get(i));
                if (!notes.get(i).ghost()) {
                    frames.put(notes.get(i).note().id(), places.get(i));
                }
            }
            if (shown < notes.size()) {
                double y = places.isEmpty() ? f.y() : places.get(places.size() - 1).bottom() + gap * 0.5;
                double h = moreHeight(notes.size() - shown);
                if (y + h <= f.bottom() + 1e-9) {
                    out.add(new Label(f.x(), y, f.w(), h, more(notes.size() - shown), tagPt, true, QUIET,
                            Label.Align.LEFT));
                }
            }
        }

        /** How many notes are left out, and where to read them. */
        private String more(int count) {
            return say.get("sheet.moreNotes", count);
        }

        private double moreHeight(int count) {
            return height(lines(more(count), f.w(), tagPt, true), tagPt);
        }

        private void sticker(List<Shape> out, Marked s, Frame at) {
            boolean marked = s.edge() != null;
            Colour edge = marked ? s.edge() : STICKER_EDGE;
            out.add(new Box(at.x(), at.y(), at.w(), at.h(), s.ghost() ? Colour.WHITE : colour(s.note().colour(), DEFAULT_NOTE),
                    edge, marked ? 0.7 * u : 0.2 * u, 0.6 * u));
            double y = at.y() + pad;
            if (!s.tag().isEmpty()) {
                out.add(new Label(at.x() + pad, y, at.w() - 2 * pad, tagHeight(s), s.tag(), tagPt, true, edge,
                        Label.Align.LEFT));
                y += tagHeight(s);
            }
            double textH = Math.max(0, at.bottom() - pad - y);
            int lines = (int) Math.max(1, Math.min(maxLines, Math.floor((textH - 0.2) / lineMm(pt) + 1e-9)));
            double h = Math.min(textH, height(lines, pt));
            out.add(new Label(at.x() + pad, y, at.w() - 2 * pad, h, s.note().text(), pt, false,
                    s.ghost() ? QUIET : INK, Label.Align.LEFT));
            if (s.ghost()) {
                double mid = y + h / 2;
                out.add(new Line(at.x() + pad, mid, at.right() - pad, mid, Marks.REMOVED, 0.3 * u));
            }
        }
    }
}

package nl.koers.instrument.api.figure.kit;

import java.util.List;
import java.util.function.IntFunction;

import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;
import nl.koers.instrument.api.figure.kit.Sheet.LineCount;

/** The flow as it was before each entry was measured once: the reference for {@link FlowPropertyTest}. */
final class FlowReference {
    private final List<Shape> out;
    private final Frame frame;
    private final double pt;
    private final double markerMm;
    private final int maxLines;
    private final LineCount count;

    /**
     * A flow that measures text with {@code count}.
     *
     * @param count how many lines a text takes, in the printed font
     * @param out the page's shapes: the labels are added here
     * @param frame where the entries go
     * @param pt type size in points
     * @param markerMm width of the marker column, 0 for none
     * @param maxLines at most this many lines per entry
     */
    FlowReference(LineCount count, List<Shape> out, Frame frame, double pt, double markerMm, int maxLines) {
        this.count = count;
        this.out = out;
        this.frame = frame;
        this.pt = pt;
        this.markerMm = markerMm;
        this.maxLines = maxLines;
    }

    /**
     * {@return the height these entries would take if there were room for all, measured with {@code count}}
     *
     * @param count how many lines a text takes, in the printed font
     * @param entries the entries
     * @param widthMm the width of the frame they go in
     * @param pt type size in points
     * @param markerMm width of the marker column, 0 for none
     * @param maxLines at most this many lines per entry
     * @param gapMm the room below each entry
     */
    static double need(LineCount count, List<Flow.Entry> entries, double widthMm, double pt, double markerMm,
            int maxLines, double gapMm) {
        double h = 0;
        for (Flow.Entry e : entries) {
            h += Sheet.height(Math.min(maxLines, count.lines(e.text(), textWidth(widthMm, markerMm), pt, false)), pt) + gapMm;
        }
        return h;
    }

    private static double textWidth(double widthMm, double markerMm) {
        return markerMm > 0 ? widthMm - markerMm - 1.5 : widthMm;
    }

    /**
     * Sets the entries from the top of the frame; an empty list shows {@code empty} in the quiet colour.
     *
     * @param entries the entries, in order
     * @param empty what to say when there are none; "" for nothing
     * @param more the text for "and N more", best with where to find them; it may take more than one line
     * @param gapMm the room below each entry
     * @return the height used
     */
    double set(List<Flow.Entry> entries, String empty, IntFunction<String> more, double gapMm) {
        double y = frame.y();
        double bottom = frame.bottom();
        double line = Sheet.height(1, pt);
        if (entries.isEmpty()) {
            if (!empty.isEmpty() && y + line <= bottom) {
                out.add(new Label(frame.x(), y, frame.w(), line, empty, pt, false, Sheet.QUIET, Label.Align.LEFT));
                return line;
            }
            return 0;
        }
        double tw = textWidth(frame.w(), markerMm);
        double tx = frame.x() + (markerMm > 0 ? markerMm + 1.5 : 0);
        for (int i = 0; i < entries.size(); i++) {
            Flow.Entry e = entries.get(i);
            boolean last = i == entries.size() - 1;
            // room for "and N more", unless the rest fits as it is
            boolean restFits = y + need(count, entries.subList(i, entries.size()), frame.w(), pt, markerMm, maxLines,
                    gapMm) - gapMm <= bottom + 1e-6;
            double reserve = last || restFits ? 0 : moreHeight(more.apply(entries.size() - i)) + gapMm;
            int wanted = Math.min(maxLines, count.lines(e.text(), tw, pt, false));
            int fits = (int) Math.floor((bottom - reserve - y - 0.2) / Sheet.lineMm(pt) + 1e-9);
            int n = fits >= wanted ? wanted : i == 0 ? fits : 0;
            if (n < 1) {
                moreLine(more.apply(entries.size() - i), y, bottom, line);
                return y - frame.y();
            }
            double h = Sheet.height(n, pt);
            if (markerMm > 0 && !e.marker().isEmpty()) {
                out.add(new Label(frame.x(), y, markerMm, Sheet.height(1, pt), e.marker(), pt, true,
                        e.markerColour(), Label.Align.LEFT));
            }
            out.add(new Label(tx, y, tw, h, e.text(), pt, false, e.colour(), Label.Align.LEFT));
            y += h + gapMm;
        }
        return y - frame.y();
    }

    private double moreHeight(String text) {
        return Sheet.height(count.lines(text, frame.w(), pt, false), pt);
    }

    /** "And N more", on as many lines as it takes; when only one is left, what fits of it. */
    private void moreLine(String text, double y, double bottom, double line) {
        double h = Math.min(moreHeight(text), bottom - y);
        if (h >= line - 1e-6) {
            out.add(new Label(frame.x(), y, frame.w(), h, text, pt, false, Sheet.QUIET, Label.Align.LEFT));
        }
    }
}

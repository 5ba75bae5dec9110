package nl.koers.instrument.api.figure.kit;

import java.util.List;
import java.util.function.IntFunction;

import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;
import nl.koers.instrument.api.figure.kit.Sheet.LineCount;

/**
 * Lines of a list set one below the other inside a frame. What does not fit is not squeezed in: the last line
 * says how many more there are (and, in the caller's words, where to read them), so a card never runs out of its
 * box. An entry is set whole or counted, never cut at the frame's foot; only a first entry longer than the whole
 * frame shows what fits. Text is measured with {@link Sheet#ESTIMATE} unless a {@link LineCount} is given.
 *
 * <pre>{@code
 * Frame inside = Sheet.box(shapes, frame, phrases.get("bring"), 11);
 * List<Flow.Entry> entries = partner.contributions(Direction.BRING).stream()
 *         .map(c -> Flow.Entry.of(c.description())).toList();
 * new Flow(Sheet.PRINTED, shapes, inside, 9, 0, Flow.WHOLE).set(entries, phrases.get("nothingYet"),
 *         n -> phrases.format("more", n), 1);
 * }</pre>
 */
public final class Flow {
    /**
     * One entry: an optional marker in a narrow column on the left (wish or demand), and its text.
     *
     * @param marker the word in the marker column; "" for none
     * @param markerColour the marker's colour
     * @param text the entry's text
     * @param colour the text's colour
     */
    public record Entry(String marker, Colour markerColour, String text, Colour colour) {
        /**
         * {@return an entry of plain text in ink, without a marker}
         *
         * @param text the entry's text
         */
        public static Entry of(String text) {
            return new Entry("", null, text, Sheet.INK);
        }
    }

    /** As the lines per entry: every entry as many lines as it takes, so none is cut. @since 1.2 */
    public static final int WHOLE = Integer.MAX_VALUE;

    private final List<Shape> out;
    private final Frame frame;
    private final double pt;
    private final double markerMm;
    private final int maxLines;
    private final LineCount count;

    /**
     * A flow that measures text with the estimate.
     *
     * @param out the page's shapes: the labels are added here
     * @param frame where the entries go
     * @param pt type size in points
     * @param markerMm width of the marker column, 0 for none
     * @param maxLines at most this many lines per entry
     */
    public Flow(List<Shape> out, Frame frame, double pt, double markerMm, int maxLines) {
        this(Sheet.ESTIMATE, out, frame, pt, markerMm, maxLines);
    }

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
    public Flow(LineCount count, List<Shape> out, Frame frame, double pt, double markerMm, int maxLines) {
        this.count = count;
        this.out = out;
        this.frame = frame;
        this.pt = pt;
        this.markerMm = markerMm;
        this.maxLines = maxLines;
    }

    /**
     * {@return the height these entries would take if there were room for all, in millimetres} For sharing a
     * sheet out between boxes ({@link Sheet#share}).
     *
     * @param entries the entries
     * @param widthMm the width of the frame they go in
     * @param pt type size in points
     * @param markerMm width of the marker column, 0 for none
     * @param maxLines at most this many lines per entry
     * @param gapMm the room below each entry
     */
    public static double need(List<Entry> entries, double widthMm, double pt, double markerMm, int maxLines,
            double gapMm) {
        return need(Sheet.ESTIMATE, entries, widthMm, pt, markerMm, maxLines, gapMm);
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
    public static double need(LineCount count, List<Entry> entries, double widthMm, double pt, double markerMm,
            int maxLines, double gapMm) {
        double h = 0;
        for (Entry e : entries) {
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
    public double set(List<Entry> entries, String empty, IntFunction<String> more, double gapMm) {
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
        int[] lines = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            boolean last = i == entries.size() - 1;
            // room for "and N more", unless the rest fits as it is
            double reserve = last || restFits(entries, i, lines, y, bottom, gapMm) ? 0
                    : moreHeight(more.apply(entries.size() - i)) + gapMm;
            int wanted = lines(entries, i, lines);
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

    /**
     * Whether the entries from {@code from} on fit below {@code y} as they are. The heights are added up only until
     * they pass the foot, and each entry is measured once: so a list of thousands costs what the frame holds, not
     * the square of the list. Adding up stops early only when no height can be below zero (no gap, size or line
     * count below zero), so the sum only grows and the answer is what adding them all ({@link #need}) says.
     */
    private boolean restFits(List<Entry> entries, int from, int[] lines, double y, double bottom, double gapMm) {
        boolean growing = gapMm >= 0 && pt >= 0 && maxLines >= 0;
        double h = 0;
        for (int k = from; k < entries.size(); k++) {
            h += Sheet.height(lines(entries, k, lines), pt) + gapMm;
            if (growing && y + h - gapMm > bottom + 1e-6) {
                return false;
            }
        }
        return y + h - gapMm <= bottom + 1e-6;
    }

    /** The lines entry {@code i} takes, at most {@code maxLines}: counted once, kept in {@code lines} (0: not yet). */
    private int lines(List<Entry> entries, int i, int[] lines) {
        if (lines[i] == 0) {
            lines[i] = 1 + Math.min(maxLines, count.lines(entries.get(i).text(), textWidth(frame.w(), markerMm), pt, false));
        }
        return lines[i] - 1;
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

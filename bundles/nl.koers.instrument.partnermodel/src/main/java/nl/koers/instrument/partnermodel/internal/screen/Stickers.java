package nl.koers.instrument.partnermodel.internal.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.koers.domain.CanvasNote;
import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.kit.Sheet;
import nl.koers.instrument.partnermodel.internal.print.Marks;
import nl.koers.instrument.partnermodel.internal.print.Marks.Marked;

/**
 * The notes of one block on the screen's canvas as stickers in rows, every text whole: as large as the room
 * allows, then more to a row, then smaller down to the least readable type; what still does not fit makes the
 * block grow. A note compared with an earlier picture carries its mark: an outline in the colour of the change and
 * its tag, whole too; a note taken off is struck through.
 */
final class Stickers extends Sheet {
    private static final Colour STICKER_EDGE = new Colour(150, 150, 150);
    private static final String DEFAULT_NOTE = "#fff176";

    /**
     * How stickers are set on this canvas.
     *
     * @param text measures in the painter's fonts
     * @param pt the notes' type; {@code leastPt} the smallest a room reads
     * @param gap between stickers; {@code pad} inside one; {@code edge} its outline; {@code corner} its rounding
     */
    record Setting(TextFit text, double pt, double leastPt, double gap, double pad, double edge, double corner) {
    }

    private final Setting set;
    private final List<Marked> notes;
    private final double width;
    private final double pt;
    private final int columns;
    private final List<Integer> lines = new ArrayList<>();
    private final List<Integer> tagLines = new ArrayList<>();
    private final double height;

    private Stickers(Setting set, List<Marked> notes, double width, double pt, int columns) {
        this.set = set;
        this.notes = notes;
        this.width = width;
        this.pt = pt;
        this.columns = columns;
        double h = 0;
        for (int start = 0; start < notes.size(); start += columns) {
            h += rowHeight(start) + (start > 0 ? set.gap() : 0);
        }
        this.height = h;
    }

    /** How tall the rows of stickers are, with the gaps between them. */
    double height() {
        return height;
    }

    /**
     * As large as the room allows: the notes' own size in one column, then more columns, then smaller type
     * down to the smallest a room reads; when even that does not fit, the arrangement that needs the least
     * height, and the block grows.
     */
    static Stickers arrange(Setting set, List<Marked> notes, double width, double room) {
        Stickers least = null;
        for (double pt = set.pt(); ; pt = Math.max(set.leastPt(), pt * 0.9)) {
            for (int columns = 1; columns <= mostColumns(set, notes, width, pt); columns++) {
                Stickers s = new Stickers(set, notes, width, pt, columns);
                if (columns > 1 && !s.wordsFit()) {
                    continue;
                }
                if (s.height <= room) {
                    return s;
                }
                if (pt <= set.leastPt() && (least == null || s.height < least.height)) {
                    least = s;
                }
            }
            if (pt <= set.leastPt()) {
                return least;
            }
        }
    }

    /** The most columns of stickers that still hold 15 characters a line. */
    private static int mostColumns(Setting set, List<Marked> notes, double width, double pt) {
        double least = 15 * pt * 0.3528 * CHAR_EM + 2 * set.pad();
        return (int) Math.max(1, Math.min(notes.size(), Math.floor((width + set.gap()) / (least + set.gap()))));
    }

    /** Whether every note's longest word fits its sticker. */
    private boolean wordsFit() {
        return notes.stream().allMatch(n -> Math.max(set.text().widestWord(n.note().text(), pt, false),
                set.text().widestWord(n.tag(), tagPt(), true)) <= stickerWidth() - 2 * set.pad());
    }

    private double stickerWidth() {
        return (width - (columns - 1) * set.gap()) / columns;
    }

    private int lines(int i) {
        while (lines.size() <= i) {
            CanvasNote n = notes.get(lines.size()).note();
            lines.add(set.text().count(n.text(), stickerWidth() - 2 * set.pad(), pt, false));
        }
        return lines.get(i);
    }

    /** The tag of a marked note, smaller and bold, as on the poster. */
    private double tagPt() {
        return Math.max(set.leastPt(), 0.85 * pt);
    }

    private double tagHeight(int i) {
        while (tagLines.size() <= i) {
            String tag = notes.get(tagLines.size()).tag();
            tagLines.add(tag.isEmpty() ? 0 : set.text().count(tag, stickerWidth() - 2 * set.pad(), tagPt(), true));
        }
        return tagLines.get(i) == 0 ? 0 : Sheet.height(tagLines.get(i), tagPt());
    }

    private double rowHeight(int start) {
        double h = 0;
        for (int i = start; i < Math.min(notes.size(), start + columns); i++) {
            h = Math.max(h, tagHeight(i) + Sheet.height(lines(i), pt) + 2 * set.pad());
        }
        return h;
    }

    void draw(List<Shape> out, double x, double y, Map<String, Frame> frames) {
        double p = set.pad();
        for (int start = 0; start < notes.size(); start += columns) {
            double h = rowHeight(start);
            for (int i = start; i < Math.min(notes.size(), start + columns); i++) {
                Marked m = notes.get(i);
                Frame f = new Frame(x + (i - start) * (stickerWidth() + set.gap()), y, stickerWidth(), h);
                Colour edge = m.edge() == null ? STICKER_EDGE : m.edge();
                out.add(new Box(f.x(), f.y(), f.w(), f.h(), m.ghost() ? Colour.WHITE
                        : CanvasColours.of(m.note().colour(), DEFAULT_NOTE), edge,
                        m.edge() == null ? set.edge() : 3 * set.edge(), set.corner()));
                double ty = f.y() + p;
                if (!m.tag().isEmpty()) {
                    out.add(new Label(f.x() + p, ty, f.w() - 2 * p, tagHeight(i), m.tag(), tagPt(), true, edge,
                            Label.Align.LEFT));
                    ty += tagHeight(i);
                }
                double th = Sheet.height(lines(i), pt);
                out.add(new Label(f.x() + p, ty, f.w() - 2 * p, th, m.note().text(), pt, false,
                        m.ghost() ? QUIET : INK, Label.Align.LEFT));
                if (m.ghost()) {
                    // struck through line by line, so a note of several lines reads as taken off
                    for (int line = 0; line < lines(i); line++) {
                        double mid = ty + Sheet.lineMm(pt) * (line + 0.55);
                        out.add(new Line(f.x() + p, mid, f.right() - p, mid, Marks.REMOVED, set.edge()));
                    }
                } else {
                    frames.put(m.note().id(), f);
                }
            }
            y += h + set.gap();
        }
    }
}

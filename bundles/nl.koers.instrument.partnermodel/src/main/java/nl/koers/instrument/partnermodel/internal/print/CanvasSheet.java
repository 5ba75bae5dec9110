package nl.koers.instrument.partnermodel.internal.print;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.CanvasNote;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.analysis.CanvasChange;
import nl.koers.domain.analysis.CanvasChange.Kind;
import nl.koers.domain.analysis.CanvasCompare;
import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.kit.Sheet;
import nl.koers.instrument.partnermodel.internal.Phrases;
import nl.koers.instrument.partnermodel.internal.template.CanvasTemplate;
import nl.koers.instrument.partnermodel.internal.template.TemplateBlock;
import nl.koers.instrument.partnermodel.internal.template.TemplateBlock.Shows;

/**
 * The canvas as one page: the template's blocks in their grid, each with its name and question, the shared
 * ambition and the partners where the template says, and the notes as stickers. The screen draws the same
 * page the poster prints, and uses the frames it returns to know which note is under the mouse.
 *
 * <p>A block asks its question until the first note is stuck on it; the blank canvas asks every question.
 *
 * <p>Type is set for A3 and grows with the sheet; on screen it grows by {@code typeScale} as well. A block with
 * many notes first sets them smaller (never below {@link #MIN_PT} on A3) and then shorter; what still does not
 * fit is counted ("+3"), so no sticker ever leaves its block.
 */
public final class CanvasSheet extends Sheet {
    /** The smallest type on an A3 sheet, in points; on other sheets it grows with the sheet. */
    public static final double MIN_PT = 6;

    static final Colour ADDED = new Colour(20, 130, 50);
    static final Colour MOVED = new Colour(25, 90, 200);
    static final Colour EDITED = new Colour(220, 120, 0);
    static final Colour REMOVED = new Colour(190, 30, 30);
    private static final Colour STICKER_EDGE = new Colour(150, 150, 150);
    private static final String DEFAULT_NOTE = "#fff176";

    /** The page, and where each block and each note shown on it lies (millimetres on the page). */
    public record Picture(Page page, Map<String, Frame> blocks, Map<String, Frame> notes) {
    }

    /** A note as it is shown: with what changed since the picture it is compared with, if any. */
    private record Shown(CanvasNote note, Set<Kind> kinds, String tag, boolean ghost) {
    }

    private final Phrases say;
    private final CanvasTemplate template;
    private final PageSize size;
    private final double u;
    private final boolean questions;

    /** A sheet for paper: type set for the sheet's size, every block with its question. */
    public CanvasSheet(Phrases say, CanvasTemplate template, PageSize size) {
        this(say, template, size, 1, true);
    }

    /**
     * @param typeScale 1 for paper; larger on screen, where a sheet is seen smaller than it prints
     * @param questions whether empty blocks show their question (a projector leaves them out: the step asks it)
     */
    public CanvasSheet(Phrases say, CanvasTemplate template, PageSize size, double typeScale, boolean questions) {
        this.say = say;
        this.template = template;
        this.size = size;
        this.u = Math.min(size.widthMm(), size.heightMm()) / 297 * typeScale;
        this.questions = questions;
    }

    /** The smallest type this sheet sets, in points. */
    public double minPt() {
        return MIN_PT * u;
    }

    /** The canvas with the dossier's notes; the blocks of step {@code step} (1-based; 0: none) stand out. */
    public Picture filled(Dossier d, int step, String subtitle) {
        return draw(d, d.canvasNotes(), null, step, subtitle, false);
    }

    /**
     * The notes of {@code after}, with what changed since {@code before}: added, moved and reworded notes
     * marked, removed notes shown struck through where they were.
     */
    public Picture compared(Dossier d, List<CanvasNote> before, List<CanvasNote> after, String subtitle) {
        return draw(d, after, CanvasCompare.of(before, after), 0, subtitle, false);
    }

    /** The empty canvas for the paper route: blocks, names and questions, room to stick notes on. */
    public Picture blank(Dossier d) {
        return draw(d, List.of(), null, 0, say.get("sheet.blank"), true);
    }

    private Picture draw(Dossier d, List<CanvasNote> notes, CanvasCompare compare, int step, String subtitle,
            boolean blank) {
        List<Shape> out = new ArrayList<>();
        double m = size.marginMm();
        Frame page = new Frame(m, m, size.widthMm() - 2 * m, size.heightMm() - 2 * m);
        double titlePt = 16 * u;
        double subPt = 8 * u;
        String title = d.title().isBlank() ? say.name(template) : say.name(template) + " \u00b7 " + d.title().strip();
        out.add(new Label(page.x(), page.y(), page.w(), height(1, titlePt), title, titlePt, true, ACCENT,
                Label.Align.LEFT));
        out.add(new Label(page.x(), page.y() + height(1, titlePt), page.w(), height(1, subPt), subtitle, subPt,
                false, QUIET, Label.Align.LEFT));
        double header = height(1, titlePt) + height(1, subPt) + 2 * u;
        double legend = compare == null ? 0 : legend(out, page, subPt);
        Frame grid = new Frame(page.x(), page.y() + header, page.w(), page.h() - header - legend);

        Map<String, List<Shown>> byBlock = shown(notes, compare);
        Map<String, Frame> blocks = new LinkedHashMap<>();
        Map<String, Frame> noteFrames = new LinkedHashMap<>();
        double gap = 2 * u;
        double cellW = (grid.w() + gap) / template.columns() - gap;
        double cellH = (grid.h() + gap) / template.rows() - gap;
        for (TemplateBlock b : template.blocks()) {
            Frame f = new Frame(grid.x() + (b.column() - 1) * (cellW + gap), grid.y() + (b.row() - 1) * (cellH + gap),
                    b.columns() * cellW + (b.columns() - 1) * gap, b.rows() * cellH + (b.rows() - 1) * gap);
            blocks.put(b.id(), f);
            boolean empty = byBlock.getOrDefault(b.id(), List.of()).isEmpty();
            Frame content = block(out, b, f, b.step() == step && step > 0, blank || empty && questions);
            if (!blank) {
                content = extras(out, b, d, content);
                stickers(out, byBlock.getOrDefault(b.id(), List.of()), content, noteFrames);
            }
        }
        return new Picture(new Page(size, out), blocks, noteFrames);
    }

    /** The block's box, name and question; returns the room left inside it. */
    /** @param ask whether the block shows its question: on a blank canvas, and on an empty block as an invitation */
    private Frame block(List<Shape> out, TemplateBlock b, Frame f, boolean emphasised, boolean ask) {
        Colour tint = colour(b.colour(), "#eeeeee");
        double namePt = 9.5 * u;
        double questionPt = 7 * u;
        double pad = 1.5 * u;
        double strip = height(1, namePt) + 2 * pad;
        out.add(Box.filled(f.x(), f.y(), f.w(), f.h(), lighter(tint)));
        out.add(Box.filled(f.x(), f.y(), f.w(), strip, tint));
        out.add(new Box(f.x(), f.y(), f.w(), f.h(), null, emphasised ? ACCENT : darker(tint),
                emphasised ? 0.9 * u : 0.3 * u, 0));
        out.add(new Label(f.x() + pad, f.y() + pad, f.w() - 2 * pad, height(1, namePt), say.name(b), namePt, true,
                INK, Label.Align.LEFT));
        double y = f.y() + strip + pad * 0.5;
        String question = say.question(b);
        if (!question.isBlank() && ask) {
            int lines = Math.min(3, lines(question, f.w() - 2 * pad, questionPt));
            if (y + height(lines, questionPt) < f.bottom() - pad) {
                out.add(new Label(f.x() + pad, y, f.w() - 2 * pad, height(lines, questionPt), question, questionPt,
                        false, QUIET, Label.Align.LEFT));
                y += height(lines, questionPt) + pad * 0.5;
            }
        }
        return new Frame(f.x() + pad, y, f.w() - 2 * pad, Math.max(0, f.bottom() - pad - y));
    }

    /** What the block shows above its notes: the shared ambition, or the partners of a role. */
    private Frame extras(List<Shape> out, TemplateBlock b, Dossier d, Frame f) {
        String text;
        double pt;
        boolean quiet;
        int maxLines;
        switch (b.shows()) {
            case AMBITION -> {
                var statement = d.ambition().current().map(AmbitionVersion::statement).filter(s -> !s.isBlank());
                text = statement.orElse(say.get("sheet.noAmbition"));
                quiet = statement.isEmpty();
                pt = (quiet ? 8 : 11) * u;
                maxLines = 12;
            }
            case CORE_PARTNERS, CHAIN_PARTNERS -> {
                Role role = b.shows() == Shows.CORE_PARTNERS ? Role.CORE : Role.CHAIN;
                List<Partner> partners = d.partners().stream().filter(p -> p.role() == role).toList();
                text = partners.isEmpty() ? say.get("sheet.noPartners", say.word(role))
                        : partners.stream().map(say::name).collect(Collectors.joining(" \u00b7 "));
                quiet = partners.isEmpty();
                pt = 8.5 * u;
                maxLines = 3;
            }
            default -> {
                return f;
            }
        }
        int lines = Math.max(1, Math.min(maxLines, lines(text, f.w(), pt, !quiet)));
        while (lines > 1 && height(lines, pt) > f.h() * 0.6) {
            lines--;
        }
        double h = height(lines, pt);
        if (h > f.h()) {
            return f;
        }
        out.add(new Label(f.x(), f.y(), f.w(), h, text, pt, !quiet, quiet ? QUIET : INK,
                b.shows() == Shows.AMBITION ? Label.Align.CENTER : Label.Align.LEFT));
        double used = h + 1.5 * u;
        return new Frame(f.x(), f.y() + used, f.w(), Math.max(0, f.h() - used));
    }

    // ---- stickers

    private Map<String, List<Shown>> shown(List<CanvasNote> notes, CanvasCompare compare) {
        Map<String, List<Shown>> byBlock = new LinkedHashMap<>();
        for (CanvasNote n : notes) {
            Set<Kind> kinds = compare == null ? Set.of() : compare.kindsOf(n.id());
            byBlock.computeIfAbsent(n.blockId(), k -> new ArrayList<>()).add(new Shown(n, kinds, tag(compare, n), false));
        }
        if (compare != null) {
            for (CanvasChange c : compare.changes(Kind.REMOVED)) {
                byBlock.computeIfAbsent(c.before().blockId(), k -> new ArrayList<>())
                        .add(new Shown(c.before(), Set.of(Kind.REMOVED), say.get("compare.tag.removed"), true));
            }
        }
        return byBlock;
    }

    /** "nieuw", "van Kanalen", "eerder: ..." : what the room reads on a marked sticker. */
    private String tag(CanvasCompare compare, CanvasNote n) {
        if (compare == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (CanvasChange c : compare.changes()) {
            if (c.after() == null || !c.after().id().equals(n.id())) {
                continue;
            }
            switch (c.kind()) {
                case ADDED -> parts.add(say.get("compare.tag.added"));
                case MOVED -> parts.add(say.get("compare.tag.moved", say.blockName(template, c.before().blockId())));
                case EDITED -> parts.add(say.get("compare.tag.edited", c.before().text().strip()));
                default -> {
                }
            }
        }
        return String.join(" \u00b7 ", parts);
    }

    /** The notes of one block as stickers in rows, as large as they fit. */
    private void stickers(List<Shape> out, List<Shown> notes, Frame f, Map<String, Frame> frames) {
        if (notes.isEmpty() || f.h() <= 0) {
            return;
        }
        double base = 8.5 * u;
        double min = minPt();
        double gap = 1.2 * u;
        Fit fit = null;
        // as large as it goes: first more columns of stickers, then smaller type, then fewer lines per sticker
        for (double pt = base; fit == null && pt > 0; pt = pt > min + 1e-9 ? Math.max(min, pt * 0.9) : -1) {
            for (int columns = 1; fit == null && columns <= Fit.columns(notes, f, pt, gap); columns++) {
                fit = all(new Fit(notes, f, pt, Math.max(min, pt * 0.8), 8, gap, columns));
            }
        }
        int most = Fit.columns(notes, f, min, gap);
        for (int maxLines = 5; fit == null && maxLines >= 1; maxLines--) {
            fit = all(new Fit(notes, f, min, min, maxLines, gap, most));
        }
        if (fit == null) {
            fit = new Fit(notes, f, min, min, 1, gap, most);
        }
        fit.draw(out, frames);
    }

    private static Fit all(Fit fit) {
        return fit.shown == fit.notes.size() ? fit : null;
    }

    /** Stickers laid out at one type size: how many fit, and where. */
    private final class Fit {
        private final List<Shown> notes;
        private final Frame f;
        private final double pt;
        private final double tagPt;
        private final int maxLines;
        private final double gap;
        private final double pad;
        private final int columns;
        private final List<Frame> places = new ArrayList<>();
        private int shown;

        Fit(List<Shown> notes, Frame f, double pt, double tagPt, int maxLines, double gap, int columns) {
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
        static int columns(List<Shown> notes, Frame f, double pt, double gap) {
            double minWidth = 15 * pt * 0.3528 * CHAR_EM + 2 * pad(pt);
            return (int) Math.max(1, Math.min(notes.size(), Math.floor((f.w() + gap) / (minWidth + gap))));
        }

        private double width() {
            return (f.w() - (columns - 1) * gap) / columns;
        }

        private double heightOf(Shown s) {
            double h = 2 * pad + height(Math.min(maxLines, lines(s.note().text(), width() - 2 * pad, pt)), pt);
            if (!s.tag().isEmpty()) {
                h += height(1, tagPt);
            }
            return h;
        }

        private void place() {
            double more = height(1, tagPt);
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
                double h = height(1, tagPt);
                if (y + h <= f.bottom() + 1e-9) {
                    out.add(new Label(f.x(), y, f.w(), h, say.get("sheet.more", notes.size() - shown), tagPt,
                            true, QUIET, Label.Align.LEFT));
                }
            }
        }

        private void sticker(List<Shape> out, Shown s, Frame at) {
            Colour edge = s.ghost() ? REMOVED
                    : s.kinds().contains(Kind.ADDED) ? ADDED
                    : s.kinds().contains(Kind.MOVED) ? MOVED
                    : s.kinds().contains(Kind.EDITED) ? EDITED : STICKER_EDGE;
            boolean marked = edge != STICKER_EDGE;
            out.add(new Box(at.x(), at.y(), at.w(), at.h(), s.ghost() ? Colour.WHITE : colour(s.note().colour(), DEFAULT_NOTE),
                    edge, marked ? 0.7 * u : 0.2 * u, 0.6 * u));
            double y = at.y() + pad;
            if (!s.tag().isEmpty()) {
                out.add(new Label(at.x() + pad, y, at.w() - 2 * pad, height(1, tagPt), s.tag(), tagPt, true, edge,
                        Label.Align.LEFT));
                y += height(1, tagPt);
            }
            double textH = Math.max(0, at.bottom() - pad - y);
            int lines = (int) Math.max(1, Math.min(maxLines, Math.floor((textH - 0.2) / lineMm(pt) + 1e-9)));
            double h = Math.min(textH, height(lines, pt));
            out.add(new Label(at.x() + pad, y, at.w() - 2 * pad, h, s.note().text(), pt, false,
                    s.ghost() ? QUIET : INK, Label.Align.LEFT));
            if (s.ghost()) {
                double mid = y + h / 2;
                out.add(new Line(at.x() + pad, mid, at.right() - pad, mid, REMOVED, 0.3 * u));
            }
        }
    }

    // ---- legend and colours

    private double legend(List<Shape> out, Frame page, double pt) {
        double h = height(1, pt);
        double y = page.bottom() - h;
        double x = page.x();
        double swatch = lineMm(pt) * 0.8;
        Object[][] items = {{ADDED, "compare.legend.added"}, {MOVED, "compare.legend.moved"},
            {EDITED, "compare.legend.edited"}, {REMOVED, "compare.legend.removed"}};
        double each = page.w() / items.length;
        for (Object[] item : items) {
            out.add(new Box(x, y + 0.2 * u, swatch, swatch, Colour.WHITE, (Colour) item[0], 0.6 * u, 0));
            out.add(new Label(x + swatch + 1.5 * u, y, each - swatch - 3 * u, h, say.get((String) item[1]), pt,
                    false, INK, Label.Align.LEFT));
            x += each;
        }
        return h + 2 * u;
    }

    static Colour colour(String hex, String fallback) {
        try {
            return Colour.hex(hex);
        } catch (RuntimeException e) {
            return Colour.hex(fallback);
        }
    }

    private static Colour lighter(Colour c) {
        return new Colour(mix(c.red(), 255, 0.6), mix(c.green(), 255, 0.6), mix(c.blue(), 255, 0.6));
    }

    private static Colour darker(Colour c) {
        return new Colour(mix(c.red(), 0, 0.35), mix(c.green(), 0, 0.35), mix(c.blue(), 0, 0.35));
    }

    private static int mix(int from, int to, double share) {
        return (int) Math.round(from + (to - from) * share);
    }
}

package nl.koers.instrument.partnermodel.internal.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.CanvasNote;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.analysis.CanvasCompare;
import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.kit.PrintedFont;
import nl.koers.instrument.api.figure.kit.Sheet;
import nl.koers.instrument.partnermodel.internal.Phrases;
import nl.koers.instrument.partnermodel.internal.print.Marks.Marked;
import nl.koers.instrument.partnermodel.internal.template.CanvasTemplate;
import nl.koers.instrument.partnermodel.internal.template.TemplateBlock;

/**
 * The canvas as one page: the template's blocks in their grid, each with its name and question, the shared
 * ambition and the partners where the template says, and the notes as stickers: the poster. The screen lays its
 * own wall out for the view ({@code screen.CanvasWall}), with the same marks for a comparison ({@link Marks}).
 *
 * <p>A block asks its question until the first note is stuck on it; the blank canvas asks every question.
 *
 * <p>Type is set for A3 and grows with the sheet. A block with many notes first sets them smaller (never below
 * {@link #MIN_PT} on A3) and in more columns; a sticker keeps every word, because the paper is all the room has
 * after the session. What still does not fit is counted ("nog 3 notities: zie het dossier"), so no sticker ever
 * leaves its block and none is dropped without a word. The partners of a block are treated the same way.
 */
public final class CanvasSheet extends Sheet {
    /** The smallest type on an A3 sheet, in points; on other sheets it grows with the sheet. */
    public static final double MIN_PT = 6;
    /** The part of a block with notes that its ambition or partners take first, so the notes keep room too. */
    private static final double EXTRAS_SHARE = 0.6;
    /** How often the rows of a crowded paper canvas are shared out again before what is left is counted. */
    private static final int GROWTH_ROUNDS = 10;

    /** The page, and where each block and each note shown on it lies (millimetres on the page). */
    public record Picture(Page page, Map<String, Frame> blocks, Map<String, Frame> notes) {
    }

    private final Phrases say;
    private final CanvasTemplate template;
    private final PageSize size;
    private final double u;

    /** A sheet for paper: type set for the sheet's size, every empty block with its question. */
    public CanvasSheet(Phrases say, CanvasTemplate template, PageSize size) {
        this.say = say;
        this.template = template;
        this.size = size;
        this.u = Math.min(size.widthMm(), size.heightMm()) / 297;
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
        // a long title takes the lines it needs: the grid gives way
        double titleH = height(lines(title, page.w(), titlePt, true), titlePt);
        out.add(new Label(page.x(), page.y(), page.w(), titleH, title, titlePt, true, ACCENT, Label.Align.LEFT));
        out.add(new Label(page.x(), page.y() + titleH, page.w(), height(1, subPt), subtitle, subPt, false, QUIET,
                Label.Align.LEFT));
        double header = titleH + height(1, subPt) + 2 * u;
        double legend = compare == null ? 0 : legend(out, page, subPt);
        Frame grid = new Frame(page.x(), page.y() + header, page.w(), page.h() - header - legend);

        Map<String, List<Marked>> byBlock = new Marks(say, template).byBlock(notes, compare);
        double[] rows = new double[template.rows()];
        Arrays.fill(rows, 1.0 / rows.length);
        Grid best = null;
        // on paper the layout gives a crowded block more room: its rows grow and the others give way
        for (int round = 0; round < GROWTH_ROUNDS; round++) {
            Grid next = new Grid(d, byBlock, grid, rows, step, blank);
            best = best == null || next.leftOut < best.leftOut ? next : best;
            if (best.leftOut == 0) {
                break;
            }
            rows = grown(rows, next.crowdedRows);
        }
        out.addAll(best.shapes);
        return new Picture(new Page(size, out), best.blocks, best.notes);
    }

    /** The blocks with their contents, in rows of the given shares of the grid's height. */
    private final class Grid {
        final List<Shape> shapes = new ArrayList<>();
        final Map<String, Frame> blocks = new LinkedHashMap<>();
        final Map<String, Frame> notes = new LinkedHashMap<>();
        final Set<Integer> crowdedRows = new HashSet<>();
        int leftOut;

        Grid(Dossier d, Map<String, List<Marked>> byBlock, Frame grid, double[] rows, int step, boolean blank) {
            double gap = 2 * u;
            double cellW = (grid.w() + gap) / template.columns() - gap;
            double cellsH = grid.h() - gap * (rows.length - 1);
            double[] tops = new double[rows.length + 1];
            tops[0] = grid.y();
            for (int r = 0; r < rows.length; r++) {
                tops[r + 1] = tops[r] + rows[r] * cellsH + gap;
            }
            for (TemplateBlock b : template.blocks()) {
                int first = b.row() - 1;
                int last = Math.min(rows.length, first + b.rows());
                Frame f = new Frame(grid.x() + (b.column() - 1) * (cellW + gap), tops[first],
                        b.columns() * cellW + (b.columns() - 1) * gap, tops[last] - tops[first] - gap);
                blocks.put(b.id(), f);
                List<Marked> stickers = byBlock.getOrDefault(b.id(), List.of());
                Frame content = block(shapes, b, f, b.step() == step && step > 0,
                        blank || stickers.isEmpty());
                if (!blank) {
                    Extras extras = extras(shapes, b, d, content, !stickers.isEmpty());
                    int missing = extras.leftOut() + new Stickers(say, u, minPt()).place(shapes, stickers, extras.rest(), notes);
                    if (missing > 0) {
                        leftOut += missing;
                        for (int r = first; r < last; r++) {
                            crowdedRows.add(r);
                        }
                    }
                }
            }
        }
    }

    /** The shares of the rows after a round: crowded rows a quarter larger, none below a third of an even share. */
    private static double[] grown(double[] rows, Set<Integer> crowded) {
        double[] next = rows.clone();
        crowded.forEach(r -> next[r] *= 1.25);
        double floor = 1.0 / rows.length / 3;
        for (int round = 0; round < 3; round++) {
            double sum = Arrays.stream(next).sum();
            for (int r = 0; r < next.length; r++) {
                next[r] = Math.max(floor, next[r] / sum);
            }
        }
        double sum = Arrays.stream(next).sum();
        return Arrays.stream(next).map(x -> x / sum).toArray();
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

    /**
     * What the block shows above its notes: the shared ambition, or the partners of a role. It takes at most
     * {@link #EXTRAS_SHARE} of a block that has notes, all of one that has none, and when that is not enough at
     * the smallest type, all of the block: the notes below are counted instead.
     */
    private Extras extras(List<Shape> out, TemplateBlock b, Dossier d, Frame f, boolean notesBelow) {
        if (f.h() <= 0) {
            return new Extras(f, 0);
        }
        return switch (b.shows()) {
            case AMBITION -> ambition(out, d, f, notesBelow);
            case CORE_PARTNERS -> partners(out, d, Role.CORE, f, notesBelow);
            case CHAIN_PARTNERS -> partners(out, d, Role.CHAIN, f, notesBelow);
            default -> new Extras(f, 0);
        };
    }

    /** The room a block has left for its notes, and how many of its partners it could only count. */
    private record Extras(Frame rest, int leftOut) {
    }

    /** Adds the label above the notes; what is left of the block is below it. */
    private Extras above(List<Shape> out, Frame f, Label label, int leftOut) {
        out.add(label);
        double used = label.height() + 1.5 * u;
        return new Extras(new Frame(f.x(), f.y() + used, f.w(), Math.max(0, f.h() - used)), leftOut);
    }

    /** The statement in the centre; an ambition too long even for the whole block is cut where the frame ends. */
    private Extras ambition(List<Shape> out, Dossier d, Frame f, boolean notesBelow) {
        var statement = d.ambition().current().map(AmbitionVersion::statement).filter(s -> !s.isBlank());
        String text = statement.orElse(say.get("sheet.noAmbition"));
        boolean quiet = statement.isEmpty();
        double pt = fit(text, f, (quiet ? 8 : 11) * u, !quiet, notesBelow);
        if (pt < 0) {
            pt = minPt();
        }
        double h = Math.min(f.h(), height(lines(text, f.w(), pt, !quiet), pt));
        return above(out, f, new Label(f.x(), f.y(), f.w(), h, text, pt, !quiet, quiet ? QUIET : INK,
                Label.Align.CENTER), 0);
    }

    /** Every partner of the role; only when even the whole block at the smallest type cannot hold them, the last
     * ones are counted, with where to find them. */
    private Extras partners(List<Shape> out, Dossier d, Role role, Frame f, boolean notesBelow) {
        List<String> names = d.partners().stream().filter(p -> p.role() == role).map(say::name).toList();
        if (names.isEmpty()) {
            double pt = 8.5 * u;
            String text = say.get("sheet.noPartners", say.word(role));
            return above(out, f, new Label(f.x(), f.y(), f.w(), Math.min(f.h(), height(lines(text, f.w(), pt), pt)),
                    text, pt, false, QUIET, Label.Align.LEFT), 0);
        }
        // the most names that fit: fewer never need more room, so halving finds them (a canvas is drawn in up to
        // ten rounds, and trying 200 partners one by one took most of its time)
        int shown = names.size();
        if (fit(partnerText(names, shown), f, 8.5 * u, true, notesBelow) < 0) {
            shown = 0;
            int low = 1;
            int high = names.size() - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (fit(partnerText(names, middle), f, 8.5 * u, true, notesBelow) > 0) {
                    shown = middle;
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
        }
        if (shown > 0) {
            String text = partnerText(names, shown);
            double pt = fit(text, f, 8.5 * u, true, notesBelow);
            return above(out, f, new Label(f.x(), f.y(), f.w(), height(lines(text, f.w(), pt, true), pt), text,
                    pt, true, INK, Label.Align.LEFT), names.size() - shown);
        }
        String text = say.get("sheet.morePartners", names.size());
        return above(out, f, new Label(f.x(), f.y(), f.w(), Math.min(f.h(), height(lines(text, f.w(), minPt()),
                minPt())), text, minPt(), false, QUIET, Label.Align.LEFT), names.size());
    }

    /** The first {@code shown} names, and how many more there are when that is not all. */
    private String partnerText(List<String> names, int shown) {
        String text = String.join(" \u00b7 ", names.subList(0, shown));
        return shown < names.size() ? text + "\n" + say.get("sheet.morePartners", names.size() - shown) : text;
    }

    /**
     * {@return the largest type, from {@code pt} down to the smallest, at which {@code text} fits its share of
     * the frame, or else the whole frame; -1 when it does not fit even then}
     */
    private double fit(String text, Frame f, double pt, boolean bold, boolean notesBelow) {
        // with notes below, the whole block still keeps a line to count them
        double whole = notesBelow ? f.h() - height(1, minPt()) - 1.5 * u : f.h();
        for (double room : notesBelow ? new double[] {f.h() * EXTRAS_SHARE, whole} : new double[] {whole}) {
            for (double p = pt; p > 0; p = p > minPt() + 1e-9 ? Math.max(minPt(), p * 0.9) : -1) {
                if (height(lines(text, f.w(), p, bold), p) <= room + 1e-9) {
                    return p;
                }
            }
        }
        return -1;
    }

    // ---- legend and colours

    private double legend(List<Shape> out, Frame page, double pt) {
        double h = height(1, pt);
        double y = page.bottom() - h;
        double x = page.x();
        double swatch = lineMm(pt) * 0.8;
        double each = page.w() / Marks.LEGEND.size();
        for (Map.Entry<Colour, String> item : Marks.LEGEND.entrySet()) {
            out.add(new Box(x, y + 0.2 * u, swatch, swatch, Colour.WHITE, item.getKey(), 0.6 * u, 0));
            out.add(new Label(x + swatch + 1.5 * u, y, each - swatch - 3 * u, h, say.get(item.getValue()), pt,
                    false, INK, Label.Align.LEFT));
            x += each;
        }
        return h + 2 * u;
    }

    /** How many lines a text takes in the printed font: a label sized by it shows all its text. */
    public static int lines(String text, double widthMm, double pt, boolean bold) {
        return PrintedFont.lines(text, widthMm, pt, bold);
    }

    public static int lines(String text, double widthMm, double pt) {
        return lines(text, widthMm, pt, false);
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

package nl.koers.instrument.partnermodel.internal.screen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.CanvasNote;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.analysis.CanvasCompare;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.kit.Sheet;
import nl.koers.instrument.partnermodel.internal.Phrases;
import nl.koers.instrument.partnermodel.internal.print.Marks;
import nl.koers.instrument.partnermodel.internal.print.Marks.Marked;
import nl.koers.instrument.partnermodel.internal.template.CanvasTemplate;
import nl.koers.instrument.partnermodel.internal.template.TemplateBlock;
import nl.koers.instrument.partnermodel.internal.template.TemplateBlock.Shows;

/**
 * The canvas on screen, laid out for the view rather than for paper: as wide as the view, its rows as tall as
 * the view at first. Text is measured in the fonts it is drawn in and always shown whole: notes first get
 * smaller (down to a size a room still reads), then more of them share a row, and then the block grows and
 * the canvas scrolls. The ambition, the block names and the partners are never cut, and no note is hidden. How
 * the blocks are planned and drawn at one scale is {@link WallLayout}'s.
 */
final class CanvasWall extends Sheet {
    /** Narrower than this a canvas of ten columns cannot be read: it scrolls sideways instead. */
    private static final int MIN_WIDTH_PX = 640;
    /** Blocks planned and kept; beyond this (many edits, many zooms) they are planned anew. */
    private static final int MOST_PLANNED = 5_000;

    /** Everything a block's plan depends on: the same key, the same plan. */
    record Planned(double fit, double pxPerMm, TemplateBlock block, List<Marked> notes, String extra,
            boolean quiet, double width, double height, boolean snug) {
    }

    final Phrases say;
    final CanvasTemplate template;
    final PageSize size;
    final boolean questions;
    final int notePx;
    private final TextWidths widths;
    /**
     * Each block as it was planned, kept for the next laying out: an edit to one note plans its block again, and
     * the others are found here.
     */
    final Map<Planned, WallLayout.Plan> planned = new HashMap<>();

    /**
     * @param widths what the canvas measured so far, and measures in
     * @param size the shape the canvas has on paper: it gives the width in millimetres, the view the height
     * @param questions whether empty blocks show their question (a projector leaves them out: the step asks it)
     * @param notePx how tall a note's type is on screen at zoom 1
     */
    CanvasWall(TextWidths widths, Phrases say, CanvasTemplate template, PageSize size, boolean questions,
            int notePx) {
        this.widths = widths;
        this.say = say;
        this.template = template;
        this.size = size;
        this.questions = questions;
        this.notePx = notePx;
    }

    CanvasTemplate template() {
        return template;
    }

    /**
     * {@return this wall when it is of {@code chosen}, else a new one of it, set the same way} A wall kept while its
     * template stays chosen remembers how it planned each block, so the next laying out plans only what changed.
     */
    CanvasWall of(CanvasTemplate chosen) {
        return template.equals(chosen) ? this : new CanvasWall(widths, say, chosen, size, questions, notePx);
    }

    /** The canvas with the dossier's notes; the blocks of step {@code step} (1-based; 0: none) stand out. */
    Wall filled(Dossier d, int step, String subtitle, Wall.View view) {
        return laidOut(d, new Marks(say, template).byBlock(d.canvasNotes(), null), step, subtitle, view, false);
    }

    /**
     * The notes of {@code after}, with what changed since {@code before} marked as the poster marks it (added,
     * moved and reworded notes outlined and tagged, removed notes struck through where they were), and a legend:
     * every note and every tag whole, laid out for the view like the canvas itself.
     */
    Wall compared(Dossier d, List<CanvasNote> before, List<CanvasNote> after, String subtitle, Wall.View view) {
        return laidOut(d, new Marks(say, template).byBlock(after, CanvasCompare.of(before, after)), 0, subtitle,
                view, true);
    }

    private Wall laidOut(Dossier d, Map<String, List<Marked>> byBlock, int step, String subtitle, Wall.View view,
            boolean legend) {
        // zoomed out, the wall is laid out as for a larger view: smaller type, more on a row, the window's
        // whole width still used; zoomed in, it is magnified and scrolls both ways
        double reflow = Math.min(1, view.zoom());
        double viewWidth = Math.max(MIN_WIDTH_PX, view.width() / reflow);
        double fit = viewWidth / size.widthMm();
        double pxPerMm = fit * view.zoom();
        if (planned.size() > MOST_PLANNED) {
            planned.clear();
        }
        return new WallLayout(this, new TextFit(widths, pxPerMm), fit, pxPerMm,
                Math.max(1, view.height() / reflow) / fit)
                .draw(d, byBlock, step, subtitle, legend);
    }

    /** Whether a block shows only a placeholder where the dossier has nothing for it yet. */
    boolean quiet(TemplateBlock b, Dossier d) {
        return switch (b.shows()) {
            case AMBITION -> statement(d).isEmpty();
            case CORE_PARTNERS, CHAIN_PARTNERS -> partners(b, d).isEmpty();
            default -> false;
        };
    }

    /** What a block shows of the dossier above its notes: the ambition, or the partners of its role. */
    String extra(TemplateBlock b, Dossier d) {
        return switch (b.shows()) {
            case AMBITION -> statement(d).orElse(say.get("sheet.noAmbition"));
            case CORE_PARTNERS, CHAIN_PARTNERS -> partners(b, d).isEmpty()
                    ? say.get("sheet.noPartners", say.word(role(b)))
                    : partners(b, d).stream().map(say::name).collect(Collectors.joining(" \u00b7 "));
            default -> "";
        };
    }

    private static Optional<String> statement(Dossier d) {
        return d.ambition().current().map(AmbitionVersion::statement).filter(s -> !s.isBlank());
    }

    private static Role role(TemplateBlock b) {
        return b.shows() == Shows.CORE_PARTNERS ? Role.CORE : Role.CHAIN;
    }

    private static List<Partner> partners(TemplateBlock b, Dossier d) {
        return d.partners().stream().filter(p -> p.role() == role(b)).toList();
    }
}

package nl.koers.instrument.partnermodel.internal.screen;

import java.util.function.DoubleFunction;

import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.partnermodel.internal.print.CanvasSheet.Picture;

/**
 * What a canvas figure draws: the picture, how large it is on the page (millimetres; taller than the page when
 * its blocks grew) and how many pixels a millimetre is at the zoom it was laid out for.
 */
record Wall(Picture picture, double widthMm, double heightMm, double pxPerMm) {
    /** Below this a note cannot be read on any screen. */
    static final double MIN_NOTE_PX = 12;
    /** Beyond this the blocks of the standard canvas overflow with a handful of notes each. */
    private static final double MAX_TYPE_SCALE = 2.5;

    /** The visible area at zoom 1, in pixels, and the zoom to lay out for. */
    record View(int width, int height, double zoom) {
    }

    /** The width in whole pixels; a view's own width in millimetres comes back as that width, not one more. */
    /** The smallest type of a note at 100 %: a crowded block sets its notes this small before it grows. */
    static double minNotePx(int notePx) {
        return Math.max(MIN_NOTE_PX, 0.8 * notePx);
    }

    /** The least zoom at which the smallest notes can still be read. */
    static double readableZoom(int notePx) {
        return MIN_NOTE_PX / minNotePx(notePx);
    }

    int widthPx() {
        return (int) Math.ceil(widthMm * pxPerMm - 1e-6);
    }

    int heightPx() {
        return (int) Math.ceil(heightMm * pxPerMm - 1e-6);
    }

    /**
     * A printed sheet shown as it prints, fitted into the view at zoom 1, its type set from the workbench's
     * body type (the comparison of snapshots, which marks what changed as the poster does).
     */
    static Wall sheet(View view, PageSize size, int notePx, DoubleFunction<Picture> draw) {
        double fit = Math.min(view.width() / size.widthMm(), view.height() / size.heightMm());
        // 8.5 pt is the type of a note on paper
        double typeScale = Math.max(1, Math.min(MAX_TYPE_SCALE, notePx / (8.5 * 0.3528 * fit)));
        return new Wall(draw.apply(typeScale), size.widthMm(), size.heightMm(), fit * view.zoom());
    }
}

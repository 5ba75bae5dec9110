package nl.koers.instrument.partnermodel.internal.screen;

import nl.koers.instrument.partnermodel.internal.print.CanvasSheet.Picture;

/**
 * What a canvas figure draws: the picture, how large it is on the page (millimetres; taller than the page when
 * its blocks grew) and how many pixels a millimetre is at the zoom it was laid out for.
 */
record Wall(Picture picture, double widthMm, double heightMm, double pxPerMm) {
    /** Below this a note cannot be read on any screen. */
    static final double MIN_NOTE_PX = 12;

    /** The visible area at zoom 1, in pixels, and the zoom to lay out for. */
    record View(int width, int height, double zoom) {
    }

    /** The smallest type of a note at 100 %: a crowded block sets its notes this small before it grows. */
    static double minNotePx(int notePx) {
        return Math.max(MIN_NOTE_PX, 0.8 * notePx);
    }

    /** The least zoom at which the smallest notes can still be read. */
    static double readableZoom(int notePx) {
        return MIN_NOTE_PX / minNotePx(notePx);
    }

    /** The width in whole pixels; a view's own width in millimetres comes back as that width, not one more. */
    int widthPx() {
        return (int) Math.ceil(widthMm * pxPerMm - 1e-6);
    }

    int heightPx() {
        return (int) Math.ceil(heightMm * pxPerMm - 1e-6);
    }
}

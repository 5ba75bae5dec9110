package nl.koers.shell.internal;

/**
 * How large the preview draws a page: as wide as the window (where it opens, so a page is readable at once), or a
 * fixed size in pixels per millimetre that Ctrl+plus and Ctrl+minus make larger and smaller.
 */
final class PreviewZoom {
    /** The choices of the zoom list after "page width": percentages of the page's real size on this screen. */
    static final int[] PERCENTS = {50, 75, 100, 150, 200, 300};
    private static final double STEP = 1.25;
    private static final double MIN_PX_PER_MM = 0.5;
    private static final double MAX_PX_PER_MM = 40;
    private final double realPxPerMm;
    /** Pixels per millimetre, or 0 for "as wide as the window". */
    private double pxPerMm;

    /** @param dpi the screen's dots per inch, for what 100% means */
    PreviewZoom(int dpi) {
        this.realPxPerMm = dpi / 25.4;
    }

    boolean fitsWidth() {
        return pxPerMm == 0;
    }

    void fitWidth() {
        pxPerMm = 0;
    }

    void percent(int percent) {
        pxPerMm = realPxPerMm * percent / 100.0;
    }

    /** Larger ({@code steps} > 0) or smaller, from what is shown now ({@code shown} pixels per millimetre). */
    void step(int steps, double shown) {
        pxPerMm = Math.clamp(shown * Math.pow(STEP, steps), MIN_PX_PER_MM, MAX_PX_PER_MM);
    }

    /** Pixels per millimetre for a page {@code widthMm} wide in a view {@code viewWidth} pixels wide. */
    double pxPerMm(double widthMm, int viewWidth) {
        return fitsWidth() ? Math.max(MIN_PX_PER_MM, viewWidth / widthMm) : pxPerMm;
    }

    /** The zoom as a percentage of the real size, for the list. */
    int percentOf(double shownPxPerMm) {
        return (int) Math.round(shownPxPerMm / realPxPerMm * 100);
    }
}

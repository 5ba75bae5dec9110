package nl.koers.instrument.api.figure;

/**
 * Paper sizes in millimetres (ISO 216), upright or on their side, and the shape of a projected picture: a
 * figure meant only for the wall can fill a wide, low projector screen instead of an A3 sheet's middle.
 */
public enum PageSize {
    /** A4 upright, 210 x 297 mm: cards and hand-outs. */
    A4_PORTRAIT(210, 297),
    /** A4 on its side, 297 x 210 mm. */
    A4_LANDSCAPE(297, 210),
    /** A3 upright, 297 x 420 mm. */
    A3_PORTRAIT(297, 420),
    /** A3 on its side, 420 x 297 mm: an overview for the table. */
    A3_LANDSCAPE(420, 297),
    /** A0 upright, 841 x 1189 mm: a poster for the wall. */
    A0_PORTRAIT(841, 1189),
    /** A0 on its side, 1189 x 841 mm. */
    A0_LANDSCAPE(1189, 841),
    /** Not a paper: wide and low (about 2.3 : 1), what is left of a 16:9 projector below a step's question. */
    SCREEN_WIDE(480, 210);

    private final double widthMm;
    private final double heightMm;

    PageSize(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** {@return the width in millimetres} */
    public double widthMm() {
        return widthMm;
    }

    /** {@return the height in millimetres} */
    public double heightMm() {
        return heightMm;
    }

    /**
     * {@return how far from the edge to keep what matters} A printer cannot print to the edge: 10 mm on A4, more
     * on larger sheets.
     */
    public double marginMm() {
        return Math.max(10, Math.min(widthMm, heightMm) / 21);
    }
}

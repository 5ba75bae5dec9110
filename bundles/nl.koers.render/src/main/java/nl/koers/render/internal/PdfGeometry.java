package nl.koers.render.internal;

/**
 * From the figure API's millimetres, measured from the page's top left corner, to PDF points, measured from
 * its bottom left corner.
 */
record PdfGeometry(double pageHeightMm) {
    static final double POINTS_PER_MM = 72 / 25.4;

    /** A length. */
    static float pt(double mm) {
        return (float) (mm * POINTS_PER_MM);
    }

    float x(double mm) {
        return pt(mm);
    }

    /** PDF's y axis runs upwards. */
    float y(double mm) {
        return pt(pageHeightMm - mm);
    }
}

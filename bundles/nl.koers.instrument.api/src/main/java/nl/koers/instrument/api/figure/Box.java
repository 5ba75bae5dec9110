package nl.koers.instrument.api.figure;

/**
 * A rectangle, filled and/or outlined, with rounded corners when {@code cornerMm > 0}. The outline is drawn
 * after the fill, so a box with both shows its edge.
 *
 * @param x left edge, in millimetres from the page's left
 * @param y top edge, in millimetres from the page's top
 * @param width width in millimetres
 * @param height height in millimetres
 * @param fill null for no fill
 * @param stroke null for no outline
 * @param strokeMm the outline's width in millimetres
 * @param cornerMm the corners' radius in millimetres; 0 for square corners
 */
public record Box(double x, double y, double width, double height, Colour fill, Colour stroke, double strokeMm,
        double cornerMm) implements Shape {
    /**
     * {@return a filled box with square corners and no outline}
     *
     * @param x left edge, mm
     * @param y top edge, mm
     * @param width width, mm
     * @param height height, mm
     * @param fill the colour inside
     */
    public static Box filled(double x, double y, double width, double height, Colour fill) {
        return new Box(x, y, width, height, fill, null, 0, 0);
    }

    /**
     * {@return an outlined box with square corners and nothing inside}
     *
     * @param x left edge, mm
     * @param y top edge, mm
     * @param width width, mm
     * @param height height, mm
     * @param stroke the outline's colour
     * @param strokeMm the outline's width, mm
     */
    public static Box outlined(double x, double y, double width, double height, Colour stroke, double strokeMm) {
        return new Box(x, y, width, height, null, stroke, strokeMm, 0);
    }
}

package nl.koers.instrument.api.figure;

/**
 * A rectangle, filled and/or outlined, with rounded corners when {@code cornerMm > 0}.
 *
 * @param fill null for no fill
 * @param stroke null for no outline
 */
public record Box(double x, double y, double width, double height, Colour fill, Colour stroke, double strokeMm,
        double cornerMm) implements Shape {
    public static Box filled(double x, double y, double width, double height, Colour fill) {
        return new Box(x, y, width, height, fill, null, 0, 0);
    }

    public static Box outlined(double x, double y, double width, double height, Colour stroke, double strokeMm) {
        return new Box(x, y, width, height, null, stroke, strokeMm, 0);
    }
}

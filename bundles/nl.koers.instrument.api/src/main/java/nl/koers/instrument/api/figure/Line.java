package nl.koers.instrument.api.figure;

/**
 * A straight line.
 *
 * @param x1 where it starts, mm from the page's left
 * @param y1 where it starts, mm from the page's top
 * @param x2 where it ends, mm from the page's left
 * @param y2 where it ends, mm from the page's top
 * @param colour its colour
 * @param widthMm its width in millimetres
 */
public record Line(double x1, double y1, double x2, double y2, Colour colour, double widthMm) implements Shape {
}

package nl.koers.instrument.api.figure;

/** A straight line. */
public record Line(double x1, double y1, double x2, double y2, Colour colour, double widthMm) implements Shape {
}

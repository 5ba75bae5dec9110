package nl.koers.instrument.api.figure;

import java.util.Objects;

/**
 * Text inside a frame: wrapped at word boundaries to the frame's width, and never drawn outside the frame
 * (what does not fit is cut with an ellipsis, so a long answer can never overlap its neighbour).
 *
 * @param sizePt font size in points (1 pt = 0.3528 mm)
 */
public record Label(double x, double y, double width, double height, String text, double sizePt, boolean bold,
        Colour colour, Align align) implements Shape {

    /** Horizontal alignment within the frame. */
    public enum Align {
        LEFT, CENTER, RIGHT
    }

    public Label {
        Objects.requireNonNull(text, "text");
        colour = colour == null ? Colour.BLACK : colour;
        align = align == null ? Align.LEFT : align;
    }

    public static Label of(double x, double y, double width, double height, String text, double sizePt) {
        return new Label(x, y, width, height, text, sizePt, false, Colour.BLACK, Align.LEFT);
    }

    public Label inBold() {
        return new Label(x, y, width, height, text, sizePt, true, colour, align);
    }

    public Label centered() {
        return new Label(x, y, width, height, text, sizePt, bold, colour, Align.CENTER);
    }

    public Label coloured(Colour c) {
        return new Label(x, y, width, height, text, sizePt, bold, c, align);
    }
}

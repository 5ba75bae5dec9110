package nl.koers.instrument.api.figure;

import java.util.Objects;

/**
 * Text inside a frame: wrapped at word boundaries to the frame's width, and never drawn outside the frame
 * (what does not fit is cut with an ellipsis, so a long answer can never overlap its neighbour).
 *
 * <pre>{@code
 * Label.of(20, 30, 80, 12, partner.name(), 14).inBold().centered()
 * }</pre>
 *
 * @param x the frame's left edge, in millimetres from the page's left
 * @param y the frame's top edge, in millimetres from the page's top
 * @param width the frame's width, mm: the text wraps to it
 * @param height the frame's height, mm: lines below it are not drawn
 * @param text the text; a newline starts a new line
 * @param sizePt font size in points (1 pt = 0.3528 mm)
 * @param bold whether the text is bold
 * @param colour the text's colour; null for black
 * @param align how lines sit in the frame's width; null for left
 */
public record Label(double x, double y, double width, double height, String text, double sizePt, boolean bold,
        Colour colour, Align align) implements Shape {

    /** Horizontal alignment within the frame. */
    public enum Align {
        /** Lines start at the frame's left edge. */
        LEFT,
        /** Lines are centred in the frame. */
        CENTER,
        /** Lines end at the frame's right edge. */
        RIGHT
    }

    /** Checks the text; a missing colour is black, a missing alignment left. */
    public Label {
        Objects.requireNonNull(text, "text");
        colour = colour == null ? Colour.BLACK : colour;
        align = align == null ? Align.LEFT : align;
    }

    /**
     * {@return a black, left-aligned, regular label}
     *
     * @param x the frame's left edge, mm
     * @param y the frame's top edge, mm
     * @param width the frame's width, mm
     * @param height the frame's height, mm
     * @param text the text
     * @param sizePt font size in points
     */
    public static Label of(double x, double y, double width, double height, String text, double sizePt) {
        return new Label(x, y, width, height, text, sizePt, false, Colour.BLACK, Align.LEFT);
    }

    /** {@return the same label in bold} */
    public Label inBold() {
        return new Label(x, y, width, height, text, sizePt, true, colour, align);
    }

    /** {@return the same label, its lines centred in the frame} */
    public Label centered() {
        return new Label(x, y, width, height, text, sizePt, bold, colour, Align.CENTER);
    }

    /**
     * {@return the same label in colour {@code c}}
     *
     * @param c the text's colour
     */
    public Label coloured(Colour c) {
        return new Label(x, y, width, height, text, sizePt, bold, c, align);
    }
}

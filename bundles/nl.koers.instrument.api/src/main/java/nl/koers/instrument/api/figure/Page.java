package nl.koers.instrument.api.figure;

import java.util.List;
import java.util.Objects;

/**
 * One sheet: its size and what is drawn on it, in drawing order (a later shape covers an earlier one).
 *
 * <pre>{@code
 * List<Shape> shapes = new ArrayList<>();
 * shapes.add(Box.outlined(10, 10, 190, 40, Colour.GREY, 0.3));
 * shapes.add(Label.of(15, 15, 180, 30, ambition.text(), 16).inBold());
 * return List.of(new Page(PageSize.A4_PORTRAIT, shapes));
 * }</pre>
 *
 * @param size the paper, or the projector's shape
 * @param shapes what is drawn, first to last; copied, and cannot be changed
 */
public record Page(PageSize size, List<Shape> shapes) {
    /** Checks the size and copies the shapes. */
    public Page {
        Objects.requireNonNull(size, "size");
        shapes = List.copyOf(shapes);
    }
}

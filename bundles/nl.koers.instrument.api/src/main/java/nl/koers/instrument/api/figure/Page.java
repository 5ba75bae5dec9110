package nl.koers.instrument.api.figure;

import java.util.List;
import java.util.Objects;

/** One sheet: its size and what is drawn on it, in drawing order. */
public record Page(PageSize size, List<Shape> shapes) {
    public Page {
        Objects.requireNonNull(size, "size");
        shapes = List.copyOf(shapes);
    }
}

package nl.koers.domain.analysis;

import java.util.Objects;

/** A piece of text in a comparison of two texts, and whether it stayed, was added or was removed. */
public record Segment(Change change, String text) {
    public Segment {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(text, "text");
    }

    /** What happened to a piece of text between the text before and the text after. */
    public enum Change {
        SAME, ADDED, REMOVED
    }
}

package nl.koers.domain.analysis;

import java.util.Objects;

import nl.koers.domain.Category;

/** One partner brings something in a category, and another partner wants to get something in it. */
public record Match(ContributionRef bring, ContributionRef get, Category category) {
    public Match {
        Objects.requireNonNull(bring, "bring");
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(category, "category");
    }
}

package nl.koers.domain.analysis;

import java.util.Objects;

import nl.koers.domain.Category;

/**
 * One partner brings something in a category, and another partner wants to get something in it, measured in
 * a unit that fits; with the reason it matches. The rule is on {@link BringGet}.
 */
public record Match(ContributionRef bring, ContributionRef get, Category category, MatchReason reason) {
    public Match {
        Objects.requireNonNull(bring, "bring");
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reason, "reason");
    }

    /** A match without its reason. */
    public Match(ContributionRef bring, ContributionRef get, Category category) {
        this(bring, get, category, MatchReason.NONE);
    }

    /** Whether this match is between the same two items as the other, whatever the reason. */
    public boolean samePair(Match other) {
        return bring.equals(other.bring) && get.equals(other.get);
    }
}

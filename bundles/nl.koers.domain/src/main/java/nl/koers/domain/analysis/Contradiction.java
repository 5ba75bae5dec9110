package nl.koers.domain.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Two demands of different partners, at the same level, about the same thing, where one says no or less to
 * what the other wants. The rule, and what it cannot see, is on {@link InterestSuggestions}.
 *
 * @param words the significant words both demands use, as the first spells them
 */
public record Contradiction(InterestRef first, InterestRef second, List<String> words) {
    public Contradiction {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        words = List.copyOf(words);
    }
}

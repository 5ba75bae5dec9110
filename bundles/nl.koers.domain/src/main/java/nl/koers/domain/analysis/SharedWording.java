package nl.koers.domain.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Two interests of different partners, at the same level, that use the same significant words: perhaps one
 * shared interest. The rule is on {@link InterestSuggestions}.
 *
 * @param words the shared words as the first interest spells them, in the order they appear in it
 */
public record SharedWording(InterestRef first, InterestRef second, List<String> words) {
    public SharedWording {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        words = List.copyOf(words);
    }
}

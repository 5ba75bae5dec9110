package nl.koers.domain.analysis;

import java.util.List;
import java.util.Objects;

import nl.koers.domain.Category;

/**
 * An interest that mentions a category of bring and get in which other partners bring something: what they
 * bring may serve it. The rule is on {@link InterestSuggestions}.
 *
 * @param word the word of the interest that names the category, as the interest spells it
 * @param brought what other partners bring in that category, in partner order and then item order
 */
public record CategoryMention(InterestRef interest, Category category, String word, List<ContributionRef> brought) {
    public CategoryMention {
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(word, "word");
        // the shared view of what others bring is unmodifiable already; a copy per mention made the analysis quadratic
        brought = brought instanceof WithoutRange<ContributionRef> shared ? shared : List.copyOf(brought);
    }
}

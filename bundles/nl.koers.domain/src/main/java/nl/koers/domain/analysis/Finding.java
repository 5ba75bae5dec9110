package nl.koers.domain.analysis;

import java.util.List;
import java.util.Objects;

import nl.koers.domain.Category;

/**
 * Something in the bring and get of the partners that a facilitator should point out. The rules for each
 * kind are described on {@link BringGet}.
 *
 * @param refs the items the finding comes from, in partner order and then item order
 */
public record Finding(Kind kind, Category category, List<ContributionRef> refs) {
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        refs = List.copyOf(refs);
    }

    /** What the finding is about. Its word is under {@code Kind.NAME} in {@code nl.koers.domain.Words}, so {@code Texts.label(kind)} finds it. */
    public enum Kind {
        /** A partner demands to get something that no other partner brings. */
        UNANSWERED_DEMAND,
        /** Partners demand more of something, together, than all partners together bring. */
        CONFLICTING_DEMANDS,
        /** A partner brings something that no other partner asks for. */
        UNREQUESTED_OFFER
    }
}

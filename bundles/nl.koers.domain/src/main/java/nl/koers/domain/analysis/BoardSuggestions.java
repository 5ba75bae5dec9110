package nl.koers.domain.analysis;

import java.util.List;

import nl.koers.domain.Dossier;

/**
 * Everything the interest dialogue's board suggests and points out for a dossier, worked out together: the shared
 * wording and the contradictions read the interests' words once between them, where each of
 * {@link InterestSuggestions#sharedWording} and {@link InterestSuggestions#contradictions} reads them on its own.
 * The same lists as those calls give.
 *
 * @param sharedWording as {@link InterestSuggestions#sharedWording}
 * @param categoryMentions as {@link InterestSuggestions#categoryMentions}
 * @param contradictions as {@link InterestSuggestions#contradictions}
 * @param positionsWithoutInterest as {@link InterestSuggestions#positionsWithoutInterest}
 * @since 1.8
 */
public record BoardSuggestions(List<SharedWording> sharedWording, List<CategoryMention> categoryMentions,
        List<Contradiction> contradictions, List<PositionRef> positionsWithoutInterest) {

    /** {@return what the board shows of {@code dossier}} */
    public static BoardSuggestions of(Dossier dossier) {
        List<InterestSuggestions.Item> items = InterestSuggestions.items(dossier);
        return new BoardSuggestions(InterestSuggestions.sharedWording(dossier, items),
                InterestSuggestions.categoryMentions(dossier), InterestSuggestions.contradictions(items),
                InterestSuggestions.positionsWithoutInterest(dossier));
    }
}

package nl.koers.domain.analysis;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.koers.domain.Category;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;

/**
 * The balances a {@link MatchRanking} gave the last time, per category: after an edit only the categories whose
 * items or best matches changed are balanced again, the others are kept as they were. The order of the vague items
 * of a category depends on where partners are found by their id, so while two partners share an id every category
 * is balanced again.
 */
final class KeptBalances {
    private final Map<Category, CategoryBalance> kept = new EnumMap<>(Category.class);
    private boolean lastUnique;

    /** The balances of the dossier, from its best matches per category and the categories that changed. */
    List<CategoryBalance> of(Dossier dossier, MatchRanking.ByCategory ranked) {
        Set<String> ids = new HashSet<>();
        boolean unique = dossier.partners().stream().map(Partner::id).allMatch(ids::add);
        Set<Category> again = unique && lastUnique ? ranked.changed() : EnumSet.allOf(Category.class);
        lastUnique = unique;
        Map<Category, CategoryBalance> balanced = CategoryBalance.of(dossier, ranked.matches(), again);
        kept.keySet().removeAll(again);
        kept.putAll(balanced);
        return List.copyOf(kept.values());
    }
}

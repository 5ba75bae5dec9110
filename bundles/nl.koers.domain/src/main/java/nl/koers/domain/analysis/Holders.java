package nl.koers.domain.analysis;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import nl.koers.domain.Category;
import nl.koers.domain.Direction;

/**
 * Who has items in each direction and category, kept as little as the question "does any <em>other</em> partner
 * have one?" needs: the first partner seen and whether a second one was. So that question costs nothing, where
 * looking through every partner for each item made the findings and balances grow with the square of the table.
 *
 * @param <K> how a partner is told apart (its place, or its id)
 */
final class Holders<K> {
    private record Seen<K>(K first, boolean more) {
    }

    private final Map<Direction, Map<Category, Seen<K>>> seen = new EnumMap<>(Direction.class);

    /** Notes that this partner has an item in this direction and category. */
    void add(K partner, Direction direction, Category category) {
        Map<Category, Seen<K>> byCategory = seen.computeIfAbsent(direction, d -> new EnumMap<>(Category.class));
        Seen<K> was = byCategory.get(category);
        // nothing is made when nothing changes: most items add a partner already seen, or a second one again
        if (was == null) {
            byCategory.put(category, new Seen<>(partner, false));
        } else if (!was.more() && !Objects.equals(was.first(), partner)) {
            byCategory.put(category, new Seen<>(was.first(), true));
        }
    }

    /** Whether a partner other than this one has an item in this direction and category. */
    boolean othersHave(K partner, Direction direction, Category category) {
        Seen<K> s = seen.getOrDefault(direction, Map.of()).get(category);
        return s != null && (s.more() || !Objects.equals(s.first(), partner));
    }
}

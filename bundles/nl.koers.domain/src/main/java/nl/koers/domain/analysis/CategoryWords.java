package nl.koers.domain.analysis;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.koers.domain.Category;

/**
 * The words by which an interest names a category of bring and get, in Dutch and English, normalised as
 * {@link Wording} does. A word of an interest names a category when it is one of these words, or, for the
 * words of five letters or more, ends in one (Dutch compounds put the category last: "vakmensen" are people,
 * "projectfinanciering" is means).
 */
final class CategoryWords {
    private static final Map<Category, List<String>> WORDS = new EnumMap<>(Map.of(
            Category.PEOPLE, List.of("mensen", "personeel", "medewerkers", "menskracht", "vrijwilligers", "people",
                    "staff", "personnel", "workers", "volunteers"),
            Category.MEANS, List.of("middelen", "geld", "budget", "budgetten", "financiering", "subsidie",
                    "subsidies", "means", "money", "funding", "funds"),
            Category.KNOWLEDGE, List.of("kennis", "expertise", "training", "trainingen", "knowledge"),
            Category.NETWORK, List.of("netwerk", "netwerken", "contacten", "network", "networks", "contacts"),
            Category.RELATIONS, List.of("relaties", "relatie", "vertrouwen", "relations", "relationships", "trust"),
            Category.REPUTATION, List.of("reputatie", "imago", "zichtbaarheid", "naamsbekendheid", "reputation",
                    "image", "visibility"),
            Category.CONTINUITY, List.of("continuiteit", "structureel", "structurele", "continuity", "structural")));

    private CategoryWords() {
    }

    /** The category a normalised word names, if it names one; "other" is never named, and a stop word names nothing. */
    static Optional<Category> named(String word) {
        if (StopWords.contains(word)) {
            return Optional.empty();
        }
        for (Map.Entry<Category, List<String>> e : WORDS.entrySet()) {
            for (String w : e.getValue()) {
                if (word.equals(w) || (w.length() >= Wording.MIN_LETTERS && word.endsWith(w))) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** The categories a text names, each with the word as the text spells it; {@code names} remembers words. */
    static Map<Category, String> namedIn(String text, Map<String, Optional<Category>> names) {
        Map<Category, String> named = Map.of();
        List<String> normal = Wording.words(text);
        List<String> spelled = null; // split again only for a text that names a category
        for (int k = 0; k < normal.size(); k++) {
            Optional<Category> category = names.computeIfAbsent(normal.get(k), CategoryWords::named);
            if (category.isPresent() && !named.containsKey(category.get())) {
                if (named.isEmpty()) {
                    named = new LinkedHashMap<>();
                    spelled = Wording.spellings(text);
                }
                named.put(category.get(), k < spelled.size() ? spelled.get(k) : normal.get(k));
            }
        }
        return named;
    }
}

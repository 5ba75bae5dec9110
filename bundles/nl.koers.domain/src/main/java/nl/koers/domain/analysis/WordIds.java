package nl.koers.domain.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * The significant words of the texts one ranking reads, each stem a number and each spelling one string: an item
 * keeps its words as two small arrays instead of a map of strings of its own. A ranking of a thousand partners reads
 * twenty thousand texts; as maps, their words outlived most of the ranking and every collection on the way copied
 * them. Items whose words are compared by number must come from the same dictionary.
 */
final class WordIds {
    private final Map<String, Integer> stems = new HashMap<>();
    private final Map<String, String> spellings = new HashMap<>();

    /**
     * The significant words of one text, as {@link Wording#significant} reads them.
     *
     * @param stems each word's stem by its number, in the text's order, each stem once
     * @param spelled each word as first spelled in the text, beside its stem
     */
    record Words(int[] stems, String[] spelled) {
        int size() {
            return stems.length;
        }
    }

    /** The words of the text, their stems numbered in this dictionary. */
    Words of(String text) {
        Map<String, String> significant = Wording.significant(text);
        int[] ids = new int[significant.size()];
        String[] spelled = new String[ids.length];
        int at = 0;
        for (Map.Entry<String, String> word : significant.entrySet()) {
            Integer id = stems.get(word.getKey());
            if (id == null) {
                id = stems.size();
                stems.put(word.getKey(), id);
            }
            ids[at] = id;
            String shared = spellings.putIfAbsent(word.getValue(), word.getValue());
            spelled[at++] = shared == null ? word.getValue() : shared;
        }
        return new Words(ids, spelled);
    }

    /** {@return how many stems it numbered} */
    int size() {
        return stems.size();
    }
}

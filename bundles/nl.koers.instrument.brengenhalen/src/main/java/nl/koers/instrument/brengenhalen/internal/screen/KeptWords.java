package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.IdentityHashMap;
import java.util.Map;

import nl.koers.instrument.brengenhalen.internal.SharedWords;

/**
 * The significant words of each text as an analysis cut them, kept for the next one. An edit replaces one text and
 * leaves the others the same strings (the dossier is immutable), so after an edit only the texts it changed are cut
 * again: the commonalities cut every interest and essence of the table on each edit. Kept by the string itself, not
 * its value; a text no analysis asked for since the one before is forgotten. For one thread at a time.
 */
final class KeptWords {
    /** What the last analysis cut. */
    private Map<String, Map<String, String>> kept = new IdentityHashMap<>();
    /** What this analysis asked for so far. */
    private Map<String, Map<String, String>> asked = new IdentityHashMap<>();

    /** {@return the words of {@code text}, as {@link SharedWords#words} gives them; do not change the map} */
    Map<String, String> of(String text) {
        Map<String, String> words = asked.get(text);
        if (words == null) {
            words = kept.get(text);
            if (words == null) {
                words = SharedWords.words(text);
            }
            asked.put(text, words);
        }
        return words;
    }

    /** Starts the next analysis: what this one asked for is kept, the rest forgotten. */
    void next() {
        kept = asked;
        asked = new IdentityHashMap<>(kept.size() * 2);
    }
}

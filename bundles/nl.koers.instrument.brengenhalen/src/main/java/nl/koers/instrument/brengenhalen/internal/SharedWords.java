package nl.koers.instrument.brengenhalen.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import nl.koers.domain.analysis.StopWords;

/**
 * Where the partners' own words meet: the significant words that the texts of two or more partners share. A rule
 * simple enough to explain in the room, and to see through when it finds "jongeren" everywhere:
 * <ul>
 * <li>a text is cut into words at everything that is not a letter or a digit (a hyphen too: "mbo-niveau" is
 * "mbo" and "niveau");</li>
 * <li>a word counts when it has at least {@value #MIN_LETTERS} letters and is not one of the domain's
 * {@link StopWords} (Dutch and English, such as "lagere", "zodat", "which", "samenwerking");</li>
 * <li>words are compared in lower case, without accents ("Continuïteit" is "continuiteit") and without one
 * ending "-en", "-s" or "-e" when four letters remain ("jongere" is "jongeren", "werkgever" is "werkgevers");
 * no real stemmer: "regionaal" is not "regionale";</li>
 * <li>a word is shared when texts of at least two different partners hold it.</li>
 * </ul>
 * Shared words come with most partners first, then in the order in which they first appear.
 */
public final class SharedWords {
    static final int MIN_LETTERS = 5;
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /** One partner's text, with an id of its own (an interest's id, or the partner's for its essence). */
    public record Source(String id, String partnerId, String text) {
    }

    /**
     * A word shared by several partners.
     *
     * @param word as first written, in lower case
     * @param partnerIds the partners whose texts hold it, each once, in the order of the sources
     * @param sourceIds the texts that hold it, in the order of the sources
     */
    public record Shared(String word, List<String> partnerIds, List<String> sourceIds) {
        public Shared {
            partnerIds = List.copyOf(partnerIds);
            sourceIds = List.copyOf(sourceIds);
        }
    }

    private SharedWords() {
    }

    /**
     * The significant words of a text: the form they are compared by, to the form first written (lower case),
     * in order of appearance.
     */
    public static Map<String, String> words(String text) {
        // one pass over the characters, not a regular expression: an analysis of the commonalities cuts every
        // interest of the table into words after each edit
        Map<String, String> out = new LinkedHashMap<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && inWord(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > start) {
                add(out, text.substring(start, i));
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return out;
    }

    private static void add(Map<String, String> out, String raw) {
        String written = raw.toLowerCase(Locale.ROOT);
        String plain = key(written);
        if (plain.length() >= MIN_LETTERS && !StopWords.contains(plain) && !plain.chars().allMatch(Character::isDigit)) {
            out.putIfAbsent(stem(plain), written);
        }
    }

    /** Whether a character belongs to a word: a letter or a number ({@code \p{L}} or {@code \p{N}}). */
    private static boolean inWord(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Whether two texts share a significant word. */
    public static boolean share(String a, String b) {
        Set<String> words = words(a).keySet();
        return words(b).keySet().stream().anyMatch(words::contains);
    }

    /** The words that texts of at least two partners share. */
    public static List<Shared> among(List<Source> sources) {
        return among(sources, SharedWords::words);
    }

    /**
     * As {@link #among(List)}, each text cut into words by {@code words}, which gives what {@link #words} gives (for
     * words kept from an earlier analysis).
     */
    public static List<Shared> among(List<Source> sources, Function<String, Map<String, String>> words) {
        Map<String, String> written = new LinkedHashMap<>();
        Map<String, Set<String>> partners = new LinkedHashMap<>();
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        for (Source s : sources) {
            words.apply(s.text()).forEach((key, word) -> {
                written.putIfAbsent(key, word);
                partners.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(s.partnerId());
                ids.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(s.id());
            });
        }
        List<String> order = new ArrayList<>(written.keySet());
        List<Shared> out = new ArrayList<>();
        for (String key : order) {
            if (partners.get(key).size() >= 2) {
                out.add(new Shared(written.get(key), new ArrayList<>(partners.get(key)), new ArrayList<>(ids.get(key))));
            }
        }
        // most partners first; the sort is stable, so equal counts keep the order of first appearance
        out.sort(Comparator.comparingInt((Shared s) -> s.partnerIds().size()).reversed());
        return List.copyOf(out);
    }

    /** The word without one ending: "-en", else "-s", else "-e", when at least four letters remain. */
    static String stem(String word) {
        for (String ending : new String[] {"en", "s", "e"}) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 4) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private static String key(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return word; // plain ASCII has no accents to take off
    }
}

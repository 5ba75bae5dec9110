package nl.koers.domain.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a text as the suggestion rules compare them, in Dutch and English alike: cut at everything
 * that is not a letter or digit, in lower case, without accents ("continuïteit" is "continuiteit"). A
 * <em>significant</em> word has at least five letters and is not a {@link StopWords stop word}; it is compared by its stem,
 * which drops one plural or inflected ending ("-en", else "-s", else "-e") when at least four letters remain,
 * so "jongere" and "jongeren", "werkgever" and "werkgevers", "interest" and "interests" meet. It is no real
 * stemmer: "regionaal" and "regionale" do not meet.
 */
final class Wording {
    static final int MIN_LETTERS = 5;

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Words that say no, in Dutch and English. */
    static final Set<String> NEGATIONS = Set.of("niet", "geen", "nooit", "zonder", "niets", "niemand", "nergens",
            "noch", "no", "not", "never", "without", "none", "nothing", "nobody", "nor", "cannot");
    /** Words that ask for more, and words that ask for less, in Dutch and English. */
    static final Set<String> MORE = Set.of("meer", "more", "hoger", "higher", "groter", "larger");
    static final Set<String> LESS = Set.of("minder", "less", "fewer", "lager", "lower", "kleiner", "smaller");

    private static final String[] ENDINGS = {"en", "s", "e"};

    private Wording() {
    }

    /** Every word of the text, normalised (lower case, no accents), in order, with repeats. */
    static List<String> words(String text) {
        if (ascii(text)) {
            return asciiWords(text); // no accents to take off: the same words, without the normaliser's cost
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : SPLIT.split(plain)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The significant words of a text by stem, each with its first spelling in the text (in lower case, with
     * its accents), in the order they appear.
     */
    static Map<String, String> significant(String text) {
        if (ascii(text)) {
            return significantAscii(text);
        }
        if (Latin1.reads(text)) {
            return Latin1.significant(text);
        }
        return significantGeneral(text);
    }

    /** The same by regular expressions and the normaliser, as for any text. */
    static Map<String, String> significantGeneral(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> normal = words(text);
        List<String> spelled = spellings(text);
        for (int i = 0; i < normal.size(); i++) {
            String w = normal.get(i);
            if (letters(w) >= MIN_LETTERS && !StopWords.contains(w)) {
                out.putIfAbsent(stem(w), i < spelled.size() ? spelled.get(i) : w);
            }
        }
        return out;
    }

    /** The word without one ending: "-en", else "-s", else "-e", when at least four letters remain. */
    static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 4) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    /** Whether the text says no: a negation word, or an English "n't". */
    static boolean negated(String text) {
        return negated(words(text), text);
    }

    /** The same, with the text's {@link #words} already at hand. */
    static boolean negated(List<String> words, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(NEGATIONS::contains) || lower.contains("n't") || lower.contains("n\u2019t");
    }

    static boolean asksMore(String text) {
        return asksMore(words(text));
    }

    static boolean asksMore(List<String> words) {
        return words.stream().anyMatch(MORE::contains);
    }

    static boolean asksLess(String text) {
        return asksLess(words(text));
    }

    static boolean asksLess(List<String> words) {
        return words.stream().anyMatch(LESS::contains);
    }

    /** Every word of the text as spelled (lower case, with its accents), in order: parallel to {@link #words}. */
    static List<String> spellings(String text) {
        List<String> out = new ArrayList<>();
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        for (String w : SPLIT.split(composed)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same for a text of ASCII only, in one pass: its letters and digits are A-Z, a-z and 0-9, and a word is
     * spelled as it is normalised. Most texts are, and the analyses read every text of a dossier.
     */
    private static Map<String, String> significantAscii(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        int start = -1;
        int letters = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (letter || c >= '0' && c <= '9') {
                if (start < 0) {
                    start = i;
                    letters = 0;
                }
                letters += letter ? 1 : 0;
            } else if (start >= 0) {
                if (letters >= MIN_LETTERS) {
                    String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                    if (!StopWords.contains(w)) {
                        out.putIfAbsent(stem(w), w);
                    }
                }
                start = -1;
            }
        }
        return out;
    }

    /** The words of a text of ASCII only: {@link #SPLIT}'s letters and digits are then A-Z, a-z and 0-9. */
    private static List<String> asciiWords(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean inWord = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    static int letters(String w) {
        int n = 0;
        for (int i = 0; i < w.length(); i = w.offsetByCodePoints(i, 1)) {
            n += Character.isLetter(w.codePointAt(i)) ? 1 : 0;
        }
        return n;
    }
}

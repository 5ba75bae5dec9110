package nl.koers.domain.analysis;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@link Wording#significant} for a text of Latin-1 characters ("continuïteit", "één", "Müller"), in one pass and
 * without the normaliser: each such character stands alone under the normal forms (none combines with another), so
 * what the general reading makes of the text is what it makes of each character, worked out once here. A character
 * that does not turn into exactly one character, normalised and as spelled, sends its text to the general reading.
 */
final class Latin1 {
    private static final int SIZE = 0x100;
    /** Per character: part of a word; read alone here; as normalised (no accent, lower case); as spelled. */
    private static final boolean[] IN_WORD = new boolean[SIZE];
    private static final boolean[] ALONE = new boolean[SIZE];
    /** Per character: part of a word and, normalised, a letter (a word needs enough of them). */
    private static final boolean[] LETTER = new boolean[SIZE];
    private static final char[] NORMAL = new char[SIZE];
    private static final char[] SPELLED = new char[SIZE];
    /** What {@link #kind} says of a character: not read here, between words, part of a word, a letter of one. */
    static final int NOT_READ = 0;
    static final int BETWEEN = 1;
    static final int WORD_PART = 2;
    static final int WORD_LETTER = 3;
    private static final byte[] KIND = new byte[SIZE];

    static {
        Pattern wordChar = Pattern.compile("[\\p{L}\\p{N}]");
        Pattern marks = Pattern.compile("\\p{M}+");
        for (char c = 0; c < SIZE; c++) {
            String one = String.valueOf(c);
            String normal = marks.matcher(Normalizer.normalize(one, Normalizer.Form.NFD)).replaceAll("")
                    .toLowerCase(Locale.ROOT);
            String spelled = Normalizer.normalize(one, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            IN_WORD[c] = wordChar.matcher(one).matches();
            ALONE[c] = !IN_WORD[c] || normal.length() == 1 && spelled.length() == 1;
            NORMAL[c] = ALONE[c] && IN_WORD[c] ? normal.charAt(0) : c;
            SPELLED[c] = ALONE[c] && IN_WORD[c] ? spelled.charAt(0) : c;
            LETTER[c] = IN_WORD[c] && Character.isLetter(NORMAL[c]);
            KIND[c] = (byte) (!ALONE[c] ? NOT_READ : LETTER[c] ? WORD_LETTER : IN_WORD[c] ? WORD_PART : BETWEEN);
        }
    }

    private Latin1() {
    }

    /** Whether every character of the text can be read here. */
    static boolean reads(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= SIZE || !ALONE[c]) {
                return false;
            }
        }
        return true;
    }

    /** The significant words of a text that {@link #reads} accepts, as {@link Wording#significant} gives them. */
    static Map<String, String> significant(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        longWords(text, (start, end) -> {
            char[] normal = new char[end - start];
            char[] spelled = new char[end - start];
            for (int i = start; i < end; i++) {
                normal[i - start] = NORMAL[text.charAt(i)];
                spelled[i - start] = SPELLED[text.charAt(i)];
            }
            String w = new String(normal);
            if (!StopWords.contains(w)) {
                out.putIfAbsent(Wording.stem(w), new String(spelled));
            }
        });
        return out;
    }

    /** Where a word of at least {@value Wording#MIN_LETTERS} letters lies in a text: from start (included) to end. */
    interface Span {
        void at(int start, int end);
    }

    /**
     * Each word of at least {@value Wording#MIN_LETTERS} letters of a text that {@link #reads} accepts, in order, with
     * repeats, stop words included. Nothing is made on the way: a reader that knows the words it has seen makes no
     * string for them.
     */
    static void longWords(String text, Span each) {
        int start = -1;
        int letters = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (IN_WORD[c]) {
                start = start < 0 ? i : start;
                letters += LETTER[c] ? 1 : 0;
            } else if (start >= 0) {
                if (letters >= Wording.MIN_LETTERS) {
                    each.at(start, i);
                }
                start = -1;
                letters = 0;
            }
        }
    }

    /**
     * {@return in one look-up, whether a text with the character can be read here and what it is in it}
     * {@link #NOT_READ}, {@link #BETWEEN}, {@link #WORD_PART} or {@link #WORD_LETTER} (a letter is part of a word too).
     */
    static int kind(char c) {
        return c < SIZE ? KIND[c] : NOT_READ;
    }

    /** {@return the character as its word is compared: no accent, lower case} For a text that {@link #reads} accepts. */
    static char normal(char c) {
        return NORMAL[c];
    }

    /** {@return the character as its word is spelled: lower case, with its accent} */
    static char spelled(char c) {
        return SPELLED[c];
    }
}

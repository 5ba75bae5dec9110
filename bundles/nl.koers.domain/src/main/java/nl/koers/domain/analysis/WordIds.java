package nl.koers.domain.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The significant words of the texts one ranking reads, each stem a number and each spelling one string: an item
 * keeps its words as two small arrays instead of a map of strings of its own. A ranking of a thousand partners reads
 * twenty thousand texts; as maps, their words outlived most of the ranking and every collection on the way copied
 * them. A text of Latin-1 (most are) is read without making anything but its two arrays: a word seen before is found
 * by its letters in {@link #spellings}. Items whose words are compared by number must come from the same dictionary.
 */
final class WordIds {
    private final Map<String, Integer> stems = new HashMap<>();
    /** The spellings of texts that are not Latin-1, each kept once. */
    private final Map<String, String> otherSpellings = new HashMap<>();
    /**
     * Each word of a Latin-1 text (open addressing) as spelled and as compared, and its stem's number; -1 for a stop
     * word. Both forms are the key: the table does not rely on one following from the other.
     */
    private String[] spellings = new String[64];
    private String[] normals = new String[64];
    private int[] hashes = new int[64];
    private int[] stemOf = new int[64];
    private int spelled;
    /** Per stem's number, the last text that used it: each stem once per text. */
    private int[] lastText = new int[64];
    private int texts;
    /** The text being read: one word as spelled and as compared, and its stems and spellings so far. */
    private char[] word = new char[32];
    private char[] normal = new char[32];
    private int[] textStems = new int[16];
    private String[] textSpellings = new String[16];
    private int textWords;

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
        texts++;
        textWords = 0;
        if (!latin1(text)) {
            texts++; // the words read before the first character it could not read are forgotten
            textWords = 0;
            Wording.significant(text).forEach((stem, spelling) -> add(number(stem),
                    otherSpellings.computeIfAbsent(spelling, x -> x)));
        }
        return new Words(Arrays.copyOf(textStems, textWords), Arrays.copyOf(textSpellings, textWords));
    }

    /** {@return how many stems it numbered} */
    int size() {
        return stems.size();
    }

    /**
     * Reads a Latin-1 text in one pass, as {@code Wording.significant} does: each word's letters are turned into both
     * forms and hashed while the text is walked, not found first and read again. Words read before a character that
     * is not Latin-1 stay in the dictionary (they are read alone the same way by the general reading).
     *
     * @return false at the first character {@link Latin1#reads} refuses; the text's words so far are then incomplete
     */
    private boolean latin1(String text) {
        char[] spelling = word; // in locals: the loop reads them for every character
        char[] compared = normal;
        int length = 0;
        int letters = 0;
        int hash = 0;
        int end = text.length();
        for (int i = 0; i <= end; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            if (!Latin1.alone(c)) {
                return false;
            }
            if (Latin1.inWord(c)) {
                if (length == spelling.length) {
                    spelling = word = Arrays.copyOf(spelling, length * 2);
                    compared = normal = Arrays.copyOf(compared, length * 2);
                }
                char s = Latin1.spelled(c);
                char n = Latin1.normal(c);
                spelling[length] = s;
                compared[length++] = n;
                hash = 31 * (31 * hash + s) + n;
                letters += Latin1.letter(c) ? 1 : 0;
            } else if (length > 0) {
                if (letters >= Wording.MIN_LETTERS) {
                    word(length, hash);
                }
                length = 0;
                letters = 0;
                hash = 0;
            }
        }
        return true;
    }

    /** Takes the word just read (stop words left out), found by its letters when it was seen before. */
    private void word(int length, int hash) {
        int mask = spellings.length - 1;
        int slot = spread(hash) & mask;
        for (; spellings[slot] != null; slot = slot + 1 & mask) {
            if (hashes[slot] == hash && same(spellings[slot], word, length) && same(normals[slot], normal, length)) {
                if (stemOf[slot] >= 0) {
                    add(stemOf[slot], spellings[slot]);
                }
                return;
            }
        }
        String w = new String(normal, 0, length);
        String spelling = new String(word, 0, length);
        int stem = StopWords.contains(w) ? -1 : number(Wording.stem(w));
        spellings[slot] = spelling;
        normals[slot] = w;
        hashes[slot] = hash;
        stemOf[slot] = stem;
        if (++spelled * 2 > spellings.length) {
            growSpellings();
        }
        if (stem >= 0) {
            add(stem, spelling); // not spellings[slot]: growing moved it
        }
    }

    private static boolean same(String known, char[] chars, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }

    /** The stem's number, a new one when it is new. */
    private int number(String stem) {
        Integer id = stems.get(stem);
        if (id == null) {
            id = stems.size();
            stems.put(stem, id);
            if (id == lastText.length) {
                lastText = Arrays.copyOf(lastText, id * 2);
            }
        }
        return id;
    }

    /** Adds the stem to the text being read, with this spelling, unless the text used it before. */
    private void add(int stem, String spelling) {
        if (lastText[stem] == texts) {
            return;
        }
        lastText[stem] = texts;
        if (textWords == textStems.length) {
            textStems = Arrays.copyOf(textStems, textWords * 2);
            textSpellings = Arrays.copyOf(textSpellings, textWords * 2);
        }
        textStems[textWords] = stem;
        textSpellings[textWords++] = spelling;
    }

    /** The high bits of a hash mixed into the low ones, which pick the slot. */
    private static int spread(int hash) {
        return hash ^ hash >>> 16;
    }

    private void growSpellings() {
        String[] oldSpellings = spellings;
        String[] oldNormals = normals;
        int[] oldHashes = hashes;
        int[] oldStems = stemOf;
        spellings = new String[oldSpellings.length * 2];
        normals = new String[spellings.length];
        hashes = new int[spellings.length];
        stemOf = new int[spellings.length];
        int mask = spellings.length - 1;
        for (int j = 0; j < oldSpellings.length; j++) {
            if (oldSpellings[j] != null) {
                int slot = spread(oldHashes[j]) & mask;
                while (spellings[slot] != null) {
                    slot = slot + 1 & mask;
                }
                spellings[slot] = oldSpellings[j];
                normals[slot] = oldNormals[j];
                hashes[slot] = oldHashes[j];
                stemOf[slot] = oldStems[j];
            }
        }
    }
}

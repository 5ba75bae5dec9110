package nl.koers.domain.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The significant words of the texts one ranking reads, each stem a number and each spelling one string: an item
 * keeps its words as two small arrays instead of a map of strings of its own. A ranking of a thousand partners reads
 * twenty thousand texts; as maps, their words outlived most of the ranking and every collection on the way copied
 * them. A text of Latin-1 (most are) is read without making anything but its two arrays: a word seen before is found
 * by its characters as typed in {@link #typed}. Items whose words are compared by number must come from the same dictionary.
 */
final class WordIds {
    private final Map<String, Integer> stems = new HashMap<>();
    /** Each spelling once (all forms of "Jongeren" are spelled "jongeren"), whatever reading made it. */
    private final Map<String, String> spellingsOnce = new HashMap<>();
    /**
     * Each word of a Latin-1 text (open addressing) as it stands in the text, capitals and accents as typed, with its
     * hash, its spelling and its stem's number (-1 for a stop word): a word seen before is found by its characters
     * alone, so what the text's characters turn into is worked out once per form of a word, not once per text.
     */
    private String[] typed = new String[64];
    private int[] hashes = new int[64];
    private String[] spellings = new String[64];
    private int[] stemOf = new int[64];
    private int forms;
    /** Per stem's number, the last text that used it: each stem once per text. */
    private int[] lastText = new int[64];
    private int texts;
    /** The text being read: its stems and spellings so far. */
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
                    spellingsOnce.computeIfAbsent(spelling, x -> x)));
        }
        return new Words(Arrays.copyOf(textStems, textWords), Arrays.copyOf(textSpellings, textWords));
    }

    /** {@return how many stems it numbered} */
    int size() {
        return stems.size();
    }

    /**
     * Reads a Latin-1 text in one pass, as {@code Wording.significant} does: each word is hashed as typed while the
     * text is walked, and looked up by those characters; only a form not seen before is turned into its spelling and
     * its normal form. Words read before a character that is not Latin-1 stay in the dictionary (they are read alone
     * the same way by the general reading).
     *
     * @return false at the first character {@link Latin1#reads} refuses; the text's words so far are then incomplete
     */
    private boolean latin1(String text) {
        int start = -1;
        int letters = 0;
        int hash = 0;
        int end = text.length();
        for (int i = 0; i <= end; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            int kind = Latin1.kind(c);
            if (kind >= Latin1.WORD_PART) {
                if (start < 0) {
                    start = i;
                }
                hash = 31 * hash + c;
                letters += kind == Latin1.WORD_LETTER ? 1 : 0;
            } else if (kind == Latin1.NOT_READ) {
                return false;
            } else {
                if (start >= 0 && letters >= Wording.MIN_LETTERS) {
                    word(text, start, i - start, hash);
                }
                start = -1;
                letters = 0;
                hash = 0;
            }
        }
        return true;
    }

    /** Takes the word typed at this place of the text (stop words left out), found by its characters when known. */
    private void word(String text, int start, int length, int hash) {
        int mask = typed.length - 1;
        int slot = spread(hash) & mask;
        for (; typed[slot] != null; slot = slot + 1 & mask) {
            if (hashes[slot] == hash && typed[slot].length() == length
                    && typed[slot].regionMatches(0, text, start, length)) {
                if (stemOf[slot] >= 0) {
                    add(stemOf[slot], spellings[slot]);
                }
                return;
            }
        }
        char[] spelling = new char[length];
        char[] normal = new char[length];
        for (int i = 0; i < length; i++) {
            char c = text.charAt(start + i);
            spelling[i] = Latin1.spelled(c);
            normal[i] = Latin1.normal(c);
        }
        String w = new String(normal);
        String spelledAs = spellingsOnce.computeIfAbsent(new String(spelling), x -> x);
        int stem = StopWords.contains(w) ? -1 : number(Wording.stem(w));
        typed[slot] = text.substring(start, start + length);
        hashes[slot] = hash;
        spellings[slot] = spelledAs;
        stemOf[slot] = stem;
        if (++forms * 2 > typed.length) {
            growTable();
        }
        if (stem >= 0) {
            add(stem, spelledAs);
        }
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

    private void growTable() {
        String[] oldTyped = typed;
        int[] oldHashes = hashes;
        String[] oldSpellings = spellings;
        int[] oldStems = stemOf;
        typed = new String[oldTyped.length * 2];
        hashes = new int[typed.length];
        spellings = new String[typed.length];
        stemOf = new int[typed.length];
        int mask = typed.length - 1;
        for (int j = 0; j < oldTyped.length; j++) {
            if (oldTyped[j] != null) {
                int slot = spread(oldHashes[j]) & mask;
                while (typed[slot] != null) {
                    slot = slot + 1 & mask;
                }
                typed[slot] = oldTyped[j];
                hashes[slot] = oldHashes[j];
                spellings[slot] = oldSpellings[j];
                stemOf[slot] = oldStems[j];
            }
        }
    }
}

package nl.koers.domain.analysis;

import java.util.Arrays;

/**
 * The words of the item brought that a {@link MatchSearch} searches for, by their numbers in its bucket: in the item's
 * order, and ascending without those no item wanted uses; and a mark per word of the bucket, so that counting the
 * words an item wanted shares reads each of its words once.
 */
final class BroughtWords {
    /** The item brought's words by their number in the bucket, in its order (-1: no item wanted uses it). */
    int[] ids = new int[8];
    int size;
    /** The same without the -1s, ascending. */
    int[] sorted = new int[8];
    int known;
    /** Per word of the bucket (by its number), the item brought it was last marked for. */
    private final int[] marks;
    private int brought;
    /** Per word of the bucket it uses, the word's place in the item brought's order. */
    private final int[] positions;

    BroughtWords(Matching.Bucket bucket) {
        marks = new int[bucket.byWord.size()];
        positions = new int[marks.length];
    }

    /** Reads the words of the next item brought. */
    void read(Matching.Bucket bucket, WordIds.Words wording) {
        size = wording.size();
        if (ids.length < size) {
            ids = new int[size];
            sorted = new int[size];
        }
        known = 0;
        if (++brought == Integer.MAX_VALUE) { // after two billion items brought: the marks start again
            Arrays.fill(marks, 0);
            brought = 1;
        }
        for (int at = 0; at < size; at++) {
            int id = bucket.ids.get(wording.stems()[at]);
            ids[at] = id;
            if (id >= 0) {
                sorted[known++] = id;
                marks[id] = brought;
                positions[id] = at;
            }
        }
        Arrays.sort(sorted, 0, known);
    }

    /** {@return whether the item brought has few enough words for {@link #bit} to tell them all apart} */
    boolean bitsFit() {
        return size < Long.SIZE;
    }

    /**
     * {@return the bit of a word the item brought uses: its place in the item's order} Or-ed together, the bits of
     * the words an item wanted shares with it are the set {@link SharedWordLists} makes its list from; 0 when the
     * item has too many words for a set of bits.
     */
    long bit(int id) {
        return bitsFit() ? 1L << positions[id] : 0;
    }

    /** {@return whether the item brought uses the word of this number in the bucket} */
    boolean has(int id) {
        return marks[id] == brought;
    }
}

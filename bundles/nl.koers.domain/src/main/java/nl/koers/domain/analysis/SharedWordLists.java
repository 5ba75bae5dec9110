package nl.koers.domain.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * The lists of shared words of one item brought's best matches, as its reasons keep them. Its best mostly share the
 * same words with it, so each set of them (by bit: the item's words in its order) is made into a list once.
 */
final class SharedWordLists {
    @SuppressWarnings("unchecked")
    private List<String>[] made = new List[4];
    private long[] sets = new long[4];
    private int count;

    /** Forgets the lists of the item brought before. */
    void clear() {
        Arrays.fill(made, 0, count, null);
        count = 0;
    }

    /**
     * The words of the item brought, as it spells them and in its order, that the item wanted at this place uses too:
     * for an item brought of more words than a set of bits holds (see {@link #of(String[], long)}), listed one by one.
     *
     * @param ids the item brought's words by their number in the bucket, in its order; -1 for those no item uses
     * @param words how many of them there are
     * @param spelled how the item brought spells them
     */
    static List<String> of(Matching.Bucket bucket, int place, int[] ids, int words, String[] spelled) {
        String[] out = new String[words];
        int n = 0;
        for (int at = 0; at < words; at++) {
            if (ids[at] >= 0 && uses(bucket, place, ids[at])) {
                out[n++] = spelled[at];
            }
        }
        return listOf(out, n);
    }

    private static boolean uses(Matching.Bucket bucket, int place, int word) {
        for (int i = bucket.wordStart.get(place); i < bucket.wordStart.get(place + 1); i++) {
            if (bucket.wordIds.get(i) == word) {
                return true;
            }
        }
        return false;
    }

    /** The spellings whose bit is set, in their order, as a list: the same list for the same set. */
    List<String> of(String[] spelled, long which) {
        for (int i = 0; i < count; i++) {
            if (sets[i] == which) {
                return made[i];
            }
        }
        if (count == made.length) {
            made = Arrays.copyOf(made, count * 2);
            sets = Arrays.copyOf(sets, count * 2);
        }
        String[] out = new String[Long.bitCount(which)];
        int n = 0;
        for (int at = 0; at < spelled.length && n < out.length; at++) {
            if ((which & 1L << at) != 0) {
                out[n++] = spelled[at];
            }
        }
        sets[count] = which;
        made[count] = listOf(out, n);
        return made[count++];
    }

    /** The first n words, as a list that cannot be changed: the reason keeps it as it is. */
    private static List<String> listOf(String[] words, int n) {
        return switch (n) {
            case 0 -> List.of();
            case 1 -> List.of(words[0]);
            case 2 -> List.of(words[0], words[1]);
            case 3 -> List.of(words[0], words[1], words[2]); // the array made by varargs is kept, not copied
            default -> List.of(Arrays.copyOf(words, n));
        };
    }
}

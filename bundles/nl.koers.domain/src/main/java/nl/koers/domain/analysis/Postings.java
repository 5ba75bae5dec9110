package nl.koers.domain.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import nl.koers.domain.analysis.Matching.Bucket;

/**
 * The index {@link BestMatches} searches one bucket with, made once per bucket: the items wanted ordered by the size
 * of their amount; per word and number of words of the item wanted, the items that use that word; per pair of words,
 * the items that use both. An item of more than {@value #LONG} words is in no list (its pairs would be many): it is
 * scored for every item brought.
 */
final class Postings {
    static final int LONG = 12;

    /** Each place's size of amount (NaN without one), and its index in {@link #byAmount} (-1 without one). */
    final double[] sizes;
    private final int[] rank;
    /** The places with an amount, by its size (equal sizes in place order). */
    final int[] byAmount;
    /** Every place: the items that may share no word. */
    final Posting all = new Posting();
    /** The places of more than {@value #LONG} words. */
    final Ints longer = new Ints();
    /** Per word's number, per number of words of the item wanted: the places; null for none. */
    private final Posting[][] single;
    /** Per word's number, which numbers of words have places (by bit), so a search looks only at those. */
    private final int[] counts;
    private final Pairs pairs;
    private final Bucket bucket;

    /** The places that one word or pair of words leads to, in place order, and split by amount once asked. */
    static final class Posting {
        /** Its places so far, then (once asked) exactly its places: no list object of its own, as there are many. */
        private int[] places = new int[2];
        private int size;
        private int[] byAmount;
        private int[] without;

        void add(int place) {
            if (size == places.length) {
                places = Arrays.copyOf(places, size * 2);
            }
            places[size++] = place;
        }
    }

    Postings(Bucket bucket) {
        this.bucket = bucket;
        int n = bucket.gets.size();
        sizes = new double[n];
        rank = new int[n];
        int with = 0;
        boolean exact = true;
        for (int i = 0; i < n; i++) {
            BigDecimal amount = bucket.gets.get(i).c().amount();
            sizes[i] = amount == null ? Double.NaN : amount.abs().doubleValue();
            rank[i] = -1;
            with += amount == null ? 0 : 1;
            // a whole number of at most 15 digits (below 10^15) is its double exactly
            exact &= amount == null || amount.scale() == 0 && sizes[i] < 1e15;
        }
        byAmount = bySize(with, exact);
        for (int i = 0; i < byAmount.length; i++) {
            rank[byAmount[i]] = i;
        }
        single = new Posting[bucket.byWord.size()][];
        counts = new int[single.length];
        pairs = new Pairs(pairsAtMost());
        for (int place = 0; place < n; place++) {
            index(place);
        }
    }

    /**
     * The places with an amount by its size, equal sizes in place order: sorted as numbers, not as boxed places with
     * a comparison. Each place's size becomes its rank among the distinct sizes, with the place beside it in one
     * long. Equal doubles can hide different decimals unless every amount is exact; only where they do are those
     * places sorted by the decimals.
     */
    private int[] bySize(int with, boolean exact) {
        double[] distinct = new double[with];
        int d = 0;
        for (double size : sizes) {
            if (!Double.isNaN(size)) {
                distinct[d++] = size;
            }
        }
        Arrays.sort(distinct);
        int unique = 0;
        for (int i = 0; i < d; i++) {
            if (unique == 0 || distinct[unique - 1] != distinct[i]) {
                distinct[unique++] = distinct[i];
            }
        }
        long[] keys = new long[with];
        int k = 0;
        for (int place = 0; place < sizes.length; place++) {
            if (!Double.isNaN(sizes[place])) {
                keys[k++] = (long) Arrays.binarySearch(distinct, 0, unique, sizes[place]) << 32 | place;
            }
        }
        Arrays.sort(keys);
        int[] sorted = new int[with];
        for (int i = 0; i < with; i++) {
            sorted[i] = (int) keys[i];
        }
        for (int from = 0, to; !exact && from < with; from = to) {
            for (to = from + 1; to < with && keys[to] >>> 32 == keys[from] >>> 32; to++) {
                // the run of one size
            }
            if (to - from > 1) {
                byDecimals(sorted, from, to);
            }
        }
        return sorted;
    }

    /** Sorts the places of one size from {@code from} to {@code to} by their decimals, stably, when these differ. */
    private void byDecimals(int[] sorted, int from, int to) {
        BigDecimal first = bucket.gets.get(sorted[from]).c().amount().abs();
        for (int i = from + 1; i < to; i++) {
            if (bucket.gets.get(sorted[i]).c().amount().abs().compareTo(first) != 0) {
                List<Integer> run = new ArrayList<>();
                for (int j = from; j < to; j++) {
                    run.add(sorted[j]);
                }
                run.sort(Comparator.comparing(place -> bucket.gets.get(place).c().amount().abs()));
                for (int j = from; j < to; j++) {
                    sorted[j] = run.get(j - from);
                }
                return;
            }
        }
    }

    /** How many pairs of words the items wanted in lists have together: the pairs' table is made that large once. */
    private int pairsAtMost() {
        int pairs = 0;
        for (int place = 0; place < bucket.gets.size(); place++) {
            int words = bucket.words(place);
            pairs += words > LONG ? 0 : words * (words - 1) / 2;
        }
        return pairs;
    }

    /** Puts one item wanted in the lists of its words and pairs of words, or among the long ones. */
    private void index(int place) {
        all.add(place);
        int from = bucket.wordStart.get(place);
        int to = bucket.wordStart.get(place + 1);
        int words = to - from;
        if (words > LONG) {
            longer.add(place);
            return;
        }
        for (int i = from; i < to; i++) {
            int word = bucket.wordIds.get(i);
            Posting[] byCount = single[word];
            if (byCount == null) {
                byCount = new Posting[LONG + 1];
                single[word] = byCount;
            }
            if (byCount[words] == null) {
                byCount[words] = new Posting();
                counts[word] |= 1 << words;
            }
            byCount[words].add(place);
            for (int j = i + 1; j < to; j++) {
                pairs.add(key(word, bucket.wordIds.get(j))).add(place);
            }
        }
    }

    /** The places of this many words that use this word; null when none. */
    Posting single(int word, int words) {
        Posting[] byCount = single[word];
        return byCount == null ? null : byCount[words];
    }

    /** {@return by bit, the numbers of words of the items that use this word} */
    int counts(int word) {
        return counts[word];
    }

    /** The places that use both words (the first the smaller); null when none. */
    Posting pair(int a, int b) {
        return pairs.get(key(a, b));
    }

    /** One number per pair. */
    private static long key(long a, int b) {
        return a << 32 | b;
    }

    /** The posting of each pair by its number: open addressing over two arrays, without a boxed key per look-up. */
    private static final class Pairs {
        private long[] keys;
        private Posting[] postings;
        private int size;

        /** A table that holds this many pairs without growing. */
        Pairs(int expected) {
            int slots = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) * 2; // at most half full
            keys = new long[slots];
            postings = new Posting[slots];
        }

        Posting get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); postings[i] != null; i = i + 1 & mask) {
                if (keys[i] == key) {
                    return postings[i];
                }
            }
            return null;
        }

        /** The pair's posting, made when it is new. */
        Posting add(long key) {
            int mask = keys.length - 1;
            int i = slot(key, mask);
            for (; postings[i] != null; i = i + 1 & mask) {
                if (keys[i] == key) {
                    return postings[i];
                }
            }
            keys[i] = key;
            postings[i] = new Posting();
            Posting made = postings[i];
            if (++size * 2 > keys.length) {
                grow();
            }
            return made;
        }

        private void grow() {
            long[] oldKeys = keys;
            Posting[] oldPostings = postings;
            keys = new long[oldKeys.length * 2];
            postings = new Posting[keys.length];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldPostings[j] != null) {
                    int i = slot(oldKeys[j], mask);
                    while (postings[i] != null) {
                        i = i + 1 & mask;
                    }
                    keys[i] = oldKeys[j];
                    postings[i] = oldPostings[j];
                }
            }
        }

        /** Multiplied by an odd constant (a bijection), its high bits folded onto the low ones that pick the slot. */
        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ h >>> 32) & mask;
        }
    }

    /** The posting's places, in place order. */
    int[] inOrder(Posting p) {
        if (p.places.length != p.size) {
            p.places = Arrays.copyOf(p.places, p.size);
        }
        return p.places;
    }

    /** The posting's places with an amount, by its size as in {@link #byAmount}. */
    int[] byAmount(Posting p) {
        split(p);
        return p.byAmount;
    }

    /** The posting's places without an amount, in place order. */
    int[] without(Posting p) {
        split(p);
        return p.without;
    }

    private void split(Posting p) {
        if (p.byAmount != null) {
            return;
        }
        int[] places = inOrder(p);
        int with = 0;
        for (int place : places) {
            with += rank[place] < 0 ? 0 : 1;
        }
        // counted first, so each part is made at its size once, not grown and copied
        int[] ranks = new int[p == all ? 0 : with];
        p.without = new int[places.length - with];
        int r = 0;
        int w = 0;
        for (int place : places) {
            if (rank[place] < 0) {
                p.without[w++] = place;
            } else if (p != all) {
                ranks[r++] = rank[place];
            }
        }
        p.byAmount = p == all ? byAmount : byRank(ranks);
    }

    /**
     * The places of these ranks, by rank. A long list is picked out of {@link #byAmount} in one walk instead of
     * sorted: sorting the lists of a bucket of thousands grew faster than the bucket.
     */
    private int[] byRank(int[] ranks) {
        int k = ranks.length;
        int[] sorted = ranks; // made for this call: sorted where it is
        if ((long) k * (32 - Integer.numberOfLeadingZeros(k)) < byAmount.length) {
            Arrays.sort(sorted);
            for (int i = 0; i < k; i++) {
                sorted[i] = byAmount[sorted[i]];
            }
            return sorted;
        }
        boolean[] in = new boolean[byAmount.length];
        for (int i = 0; i < k; i++) {
            in[ranks[i]] = true;
        }
        int next = 0;
        for (int r = 0; r < in.length; r++) {
            if (in[r]) {
                sorted[next++] = byAmount[r];
            }
        }
        return sorted;
    }

    /** The first index of these places, ordered by size, whose amount is at least this one's size. */
    int firstAtLeast(int[] places, BigDecimal amount, double size) {
        int lo = 0;
        int hi = places.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (below(places[mid], amount, size)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Whether the place's amount is smaller in size, by the doubles, which keep the order. Equal doubles of a normal
     * size are as good as equal (their points for amounts are all 30), so they count as not smaller; only beyond
     * that range, where equal doubles can hide different amounts, are the decimals compared.
     */
    private boolean below(int place, BigDecimal amount, double size) {
        if (sizes[place] != size) {
            return sizes[place] < size;
        }
        if (size >= 1e-300 && size < 1e300) {
            return false;
        }
        return bucket.gets.get(place).c().amount().abs().compareTo(amount.abs()) < 0;
    }
}

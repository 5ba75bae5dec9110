package nl.koers.domain.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import nl.koers.domain.Category;
import nl.koers.domain.Direction;
import nl.koers.domain.analysis.Matching.Bucket;
import nl.koers.domain.analysis.Matching.Entry;

/**
 * The few best matches per item brought, found without making every match. A score is the points for shared words,
 * for the unit and for how close the amounts are. Within its bucket (category and unit) an item brought counts the
 * words it shares with each item wanted through the word index, which gives each of those its points for words;
 * the items wanted then fall into a few levels by those points, those sharing no word being one more. The levels
 * are taken best first, and a level is left as soon as what it can still reach is below the last of the best found:
 * a small level is scored item by item, a large one from the amount nearest to the one brought outwards (the bucket
 * is ordered by the size of the amount once; the points for amounts never rise on the way), or first in order when
 * there is nothing to compare. So an item brought makes a few matches for each level it needs, not one for every
 * item that shares a word with it, even where a word is used by a fixed share of all items; what remains of the
 * size of the bucket is counting words and passing over items of other levels. The result is exactly
 * {@code BringGet.best(BringGet.matches(d), perItem)} without the pairs left out.
 */
final class BestMatches {
    /** An item wanted among the best so far, by its place in the bucket; its match is made once it is kept. */
    private record Candidate(int place, int score) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparingInt((Candidate c) -> -c.score()).thenComparingInt(Candidate::place);
    /** A level of at most this many times the matches kept is scored item by item rather than walked. */
    private static final int SMALL = 2;

    private BestMatches() {
    }

    static List<Match> best(List<Entry> items, int perItem, BiPredicate<String, String> leaveOut) {
        return best(items, perItem, leaveOut, null, new HashMap<>(), id -> true);
    }

    /**
     * The same, taking from {@code before} what was ranked in a bucket whose items wanted are the same as then, for
     * the items brought that are the same as then, ranked for as many per item, and whose pairs are left out as
     * then. What is ranked now is put in {@code now}, for the next time. "The same" is the same entry (the caller
     * gives an unchanged item the entry it had): seen at once, and never wrong, at worst ranked again.
     *
     * @param before what was ranked the last time; null when nothing was, and nothing is to be kept for next time
     * @param leftOutChanged gets the id of an item brought; true when a pair of it is left out now and was not
     *        then, or the other way round
     */
    static List<Match> best(List<Entry> items, int perItem, BiPredicate<String, String> leaveOut,
            Map<Matching.Key, Ranked> before, Map<Matching.Key, Ranked> now, Predicate<String> leftOutChanged) {
        Map<Matching.Key, List<Entry>> wanted = new HashMap<>();
        Matching.Key[] keys = new Matching.Key[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Entry e = items.get(i);
            keys[i] = Matching.Key.of(e.c());
            if (e.c().direction() == Direction.GET) {
                wanted.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(e);
            }
        }
        wanted.forEach((key, gets) -> {
            if (before == null) {
                now.put(key, new Ranked(gets, Matching.bucket(gets), Map.of()));
                return;
            }
            Ranked last = before.get(key);
            now.put(key, last != null && same(last.gets, gets) ? new Ranked(gets, last.bucket, last.best)
                    : new Ranked(gets, Matching.bucket(gets), Map.of()));
        });
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Entry bring = items.get(i);
            Ranked ranked = bring.c().direction() == Direction.BRING ? now.get(keys[i]) : null;
            if (ranked == null || perItem <= 0) {
                continue;
            }
            Best kept = before == null ? null : ranked.before.get(bring);
            if (kept == null || kept.perItem() != perItem || leftOutChanged.test(bring.c().id())) {
                kept = search(bring, ranked.bucket, perItem, leaveOut);
                ranked.searched++;
            }
            if (before != null) {
                ranked.best.put(bring, kept);
            }
            out.addAll(kept.matches());
        }
        Matching.rank(out);
        return out;
    }

    /** The best of one item brought in its bucket. */
    private static Best search(Entry bring, Bucket bucket, int perItem, BiPredicate<String, String> leaveOut) {
        order(bucket);
        Search search = new Search(bring, bucket, perItem, leaveOut);
        search.run();
        List<Match> matches = search.best.stream().map(c -> Matching.match(bring, bucket.gets.get(c.place()),
                Matching.sharedWords(bring, bucket.gets.get(c.place())), c.score())).toList();
        return new Best(perItem, matches);
    }

    /** Whether two lists hold the same entries, in the same order. */
    private static boolean same(List<Entry> a, List<Entry> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The best matches of one item brought, ranked for this many per item. */
    private record Best(int perItem, List<Match> matches) {
    }

    /**
     * What was ranked in one bucket: its items wanted, the bucket with its index, the best of each item brought
     * the last time (read) and this time (written).
     */
    static final class Ranked {
        private final List<Entry> gets;
        private final Bucket bucket;
        private final Map<Entry, Best> before;
        private final Map<Entry, Best> best = new IdentityHashMap<>();
        /** How many items brought were ranked again this time. */
        int searched;

        /** How many of the items wanted each partner has (by its place), once asked. */
        Map<Integer, Integer> wantedBy() {
            if (bucket.wantedBy == null) {
                Map<Integer, Integer> m = new HashMap<>();
                gets.forEach(g -> m.merge(g.partner(), 1, Integer::sum));
                bucket.wantedBy = m;
            }
            return bucket.wantedBy;
        }

        private Ranked(List<Entry> gets, Bucket bucket, Map<Entry, Best> before) {
            this.gets = gets;
            this.bucket = bucket;
            this.before = before;
        }
    }

    /** How many matches these items have in all, from what was ranked of them (each bucket's items wanted). */
    static long count(List<Entry> items, Map<Matching.Key, Ranked> ranked) {
        long n = 0;
        for (Entry bring : items) {
            Ranked r = bring.c().direction() == Direction.BRING ? ranked.get(Matching.Key.of(bring.c())) : null;
            if (r != null) {
                n += r.gets.size() - r.wantedBy().getOrDefault(bring.partner(), 0);
            }
        }
        return n;
    }

    /** How many matches there are in each category, without making them. */
    static Map<Category, Long> counts(List<Entry> items) {
        Map<Matching.Key, Bucket> buckets = Matching.buckets(items);
        Map<Bucket, Map<Integer, Integer>> wantedBy = new HashMap<>();
        Map<Category, Long> out = new EnumMap<>(Category.class);
        for (Entry bring : items) {
            Bucket bucket = Matching.bucketOf(buckets, bring);
            if (bucket != null) {
                Map<Integer, Integer> perPartner = wantedBy.computeIfAbsent(bucket, b -> {
                    Map<Integer, Integer> m = new HashMap<>();
                    b.gets.forEach(g -> m.merge(g.partner(), 1, Integer::sum));
                    return m;
                });
                long n = bucket.gets.size() - perPartner.getOrDefault(bring.partner(), 0);
                if (n > 0) {
                    out.merge(bring.c().category(), n, Long::sum);
                }
            }
        }
        return out;
    }

    /** The search of one item brought: the best found so far, and the levels taken until they cannot beat them. */
    private static final class Search {
        final List<Candidate> best = new ArrayList<>();
        private final Entry bring;
        private final Bucket bucket;
        private final int k;
        private final BiPredicate<String, String> leaveOut;
        private final int unitPoints;
        private final BigDecimal amount;
        private final double size;
        /**
         * Per place of the bucket, shared by the searches in it and left all 0 after each: first how many words an
         * item shares, then its level, 1 + its points for words; 0 for the items that share no word.
         */
        private final int[] mark;

        Search(Entry bring, Bucket bucket, int k, BiPredicate<String, String> leaveOut) {
            this.bring = bring;
            this.bucket = bucket;
            this.k = k;
            this.leaveOut = leaveOut;
            if (bucket.mark == null) {
                bucket.mark = new int[bucket.gets.size()];
            }
            this.mark = bucket.mark;
            this.unitPoints = bring.c().unit().strip().isEmpty() ? 0 : Matching.UNIT_POINTS;
            this.amount = bring.c().amount();
            this.size = amount == null ? Double.NaN : amount.abs().doubleValue();
        }

        void run() {
            Ints sharing = new Ints();
            for (String stem : bring.words().keySet()) {
                Ints places = bucket.byWord.get(stem);
                for (int i = 0; places != null && i < places.size(); i++) {
                    if (mark[places.get(i)]++ == 0) {
                        sharing.add(places.get(i));
                    }
                }
            }
            // the levels by their points for words, best first; points for words are at most WORD_POINTS
            Ints[] levels = new Ints[Matching.WORD_POINTS + 1];
            for (int i = 0; i < sharing.size(); i++) {
                int place = sharing.get(i);
                int words = Matching.wordPoints(mark[place], bring.words().size(),
                        bucket.gets.get(place).words().size());
                mark[place] = words + 1;
                if (levels[words] == null) {
                    levels[words] = new Ints();
                }
                levels[words].add(place);
            }
            try {
                for (int words = Matching.WORD_POINTS; words >= 0; words--) {
                    if (levels[words] != null) {
                        level(words, words + 1, levels[words]);
                    }
                }
                level(0, 0, null); // sharing no word: no points for words
            } finally {
                for (int i = 0; i < sharing.size(); i++) {
                    mark[sharing.get(i)] = 0;
                }
            }
        }

        /** The items of one level, all with these points for words; null: the items that share no word. */
        private void level(int words, int level, Ints places) {
            int base = words + unitPoints;
            if (full() && base + (amount == null ? 0 : Matching.AMOUNT_POINTS) < last().score()) {
                return;
            }
            if (places != null && places.size() <= SMALL * k) {
                for (int i = 0; i < places.size(); i++) {
                    int place = places.get(i);
                    visit(place, base + (amount == null || bucket.gets.get(place).c().amount() == null ? 0
                            : amountPoints(place)));
                }
                return;
            }
            if (amount == null) {
                inOrder(null, base, level);
                return;
            }
            inOrder(bucket.withoutAmount, base, level);
            // from the amount brought outwards: each side gets less close, so the points for amounts never rise
            int[] sorted = bucket.byAmount;
            int hi = next(sorted, firstAtLeast(bucket, amount.abs()), 1, level);
            int lo = next(sorted, hi - 1, -1, level);
            int left = amountPointsAt(sorted, lo);
            int right = amountPointsAt(sorted, hi);
            while (left >= 0 || right >= 0) {
                boolean takeLeft = left >= right;
                if (full() && base + (takeLeft ? left : right) < last().score()) {
                    return;
                }
                if (takeLeft) {
                    visit(sorted[lo], base + left);
                    lo = next(sorted, lo - 1, -1, level);
                    left = amountPointsAt(sorted, lo);
                } else {
                    visit(sorted[hi], base + right);
                    hi = next(sorted, hi + 1, 1, level);
                    right = amountPointsAt(sorted, hi);
                }
            }
        }

        /**
         * The level's items among these places (null: every place of the bucket), whose amounts give no points, in
         * order, until one could neither beat nor tie the last.
         */
        private void inOrder(int[] places, int score, int level) {
            int n = places == null ? bucket.gets.size() : places.length;
            for (int i = 0; i < n; i++) {
                int place = places == null ? i : places[i];
                if (mark[place] != level) {
                    continue;
                }
                if (full() && (score < last().score() || score == last().score() && place > last().place())) {
                    return;
                }
                visit(place, score);
            }
        }

        /** The first index from {@code at} on, in steps of {@code step}, of the level; -1 or the length when none. */
        private int next(int[] sorted, int at, int step, int level) {
            int i = at;
            while (i >= 0 && i < sorted.length && mark[sorted[i]] != level) {
                i += step;
            }
            return i;
        }

        /** The points for the amounts of the item brought and the one at this index; -1 past either end. */
        private int amountPointsAt(int[] sorted, int i) {
            return i < 0 || i >= sorted.length ? -1 : amountPoints(sorted[i]);
        }

        private int amountPoints(int place) {
            return Matching.amountPoints(amount, size, bucket.gets.get(place).c().amount(), bucket.sizes[place]);
        }

        /** Keeps the item among the best when it is; its score is known, so the match is made only then. */
        private void visit(int place, int score) {
            if (full() && (score < last().score() || score == last().score() && place > last().place())) {
                return;
            }
            Entry get = bucket.gets.get(place);
            if (get.partner() == bring.partner() || leaveOut.test(bring.c().id(), get.c().id())) {
                return;
            }
            Candidate c = new Candidate(place, score);
            int at = 0;
            while (at < best.size() && BEST_FIRST.compare(best.get(at), c) < 0) {
                at++;
            }
            best.add(at, c);
            if (best.size() > k) {
                best.remove(k);
            }
        }

        private boolean full() {
            return best.size() == k;
        }

        private Candidate last() {
            return best.get(best.size() - 1);
        }
    }

    /** Orders the bucket's items by the size of their amount, once; those without one apart, in order. */
    private static void order(Bucket bucket) {
        if (bucket.byAmount != null) {
            return;
        }
        List<Integer> with = new ArrayList<>();
        Ints without = new Ints();
        double[] sizes = new double[bucket.gets.size()];
        for (int i = 0; i < bucket.gets.size(); i++) {
            BigDecimal amount = bucket.gets.get(i).c().amount();
            sizes[i] = amount == null ? Double.NaN : amount.abs().doubleValue();
            if (amount == null) {
                without.add(i);
            } else {
                with.add(i);
            }
        }
        with.sort(Comparator.comparing(i -> bucket.gets.get(i).c().amount().abs()));
        bucket.byAmount = with.stream().mapToInt(Integer::intValue).toArray();
        bucket.withoutAmount = new int[without.size()];
        for (int i = 0; i < without.size(); i++) {
            bucket.withoutAmount[i] = without.get(i);
        }
        bucket.sizes = sizes;
    }

    /** The first place in the ordered items whose amount is at least this size. */
    private static int firstAtLeast(Bucket bucket, BigDecimal size) {
        int lo = 0;
        int hi = bucket.byAmount.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (bucket.gets.get(bucket.byAmount[mid]).c().amount().abs().compareTo(size) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

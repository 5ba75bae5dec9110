package nl.koers.domain.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import nl.koers.domain.Category;
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
    private record Candidate(int place, Match match) {
        int score() {
            return match.reason().score();
        }
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparingInt((Candidate c) -> -c.score()).thenComparingInt(Candidate::place);
    /** A level of at most this many times the matches kept is scored item by item rather than walked. */
    private static final int SMALL = 2;

    private BestMatches() {
    }

    static List<Match> best(List<Entry> items, int perItem, BiPredicate<String, String> leaveOut) {
        Map<Matching.Key, Bucket> buckets = Matching.buckets(items);
        Map<Bucket, int[]> marks = new HashMap<>();
        List<Match> out = new ArrayList<>();
        for (Entry bring : items) {
            Bucket bucket = Matching.bucketOf(buckets, bring);
            if (bucket == null || perItem <= 0) {
                continue;
            }
            order(bucket);
            Search search = new Search(bring, bucket, perItem, leaveOut,
                    marks.computeIfAbsent(bucket, b -> new int[b.gets.size()]));
            search.run();
            search.best.forEach(c -> out.add(c.match()));
        }
        out.sort(Matching.RANKED);
        return out;
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
        /**
         * Per place of the bucket, shared by the searches in it and left all 0 after each: first how many words an
         * item shares, then its level, 1 + its points for words; 0 for the items that share no word.
         */
        private final int[] mark;

        Search(Entry bring, Bucket bucket, int k, BiPredicate<String, String> leaveOut, int[] mark) {
            this.bring = bring;
            this.bucket = bucket;
            this.k = k;
            this.leaveOut = leaveOut;
            this.mark = mark;
            this.unitPoints = bring.c().unit().strip().isEmpty() ? 0 : Matching.UNIT_POINTS;
        }

        void run() {
            List<Integer> sharing = new ArrayList<>();
            for (String stem : bring.words().keySet()) {
                for (int place : bucket.byWord.getOrDefault(stem, List.of())) {
                    if (mark[place]++ == 0) {
                        sharing.add(place);
                    }
                }
            }
            // the levels by their points for words, best first; points for words are at most WORD_POINTS
            List<List<Integer>> levels = new ArrayList<>(Collections.nCopies(Matching.WORD_POINTS + 1, null));
            for (int place : sharing) {
                int words = Matching.wordPoints(mark[place], bring.words().size(),
                        bucket.gets.get(place).words().size());
                mark[place] = words + 1;
                if (levels.get(words) == null) {
                    levels.set(words, new ArrayList<>());
                }
                levels.get(words).add(place);
            }
            try {
                for (int words = Matching.WORD_POINTS; words >= 0; words--) {
                    if (levels.get(words) != null) {
                        level(words, words + 1, levels.get(words));
                    }
                }
                level(0, 0, null); // sharing no word: no points for words
            } finally {
                sharing.forEach(place -> mark[place] = 0);
            }
        }

        /** The items of one level, all with these points for words; null: the items that share no word. */
        private void level(int words, int level, List<Integer> places) {
            int base = words + unitPoints;
            if (full() && base + (bring.c().amount() == null ? 0 : Matching.AMOUNT_POINTS) < last().score()) {
                return;
            }
            if (places != null && places.size() <= SMALL * k) {
                for (int place : places) {
                    BigDecimal other = bucket.gets.get(place).c().amount();
                    visit(place, base + (bring.c().amount() == null || other == null ? 0
                            : amountPoints(bring.c().amount(), other)));
                }
                return;
            }
            IntPredicate member = place -> mark[place] == level;
            BigDecimal amount = bring.c().amount();
            if (amount == null) {
                inOrder(IntStream.range(0, bucket.gets.size()).iterator(), base, member);
                return;
            }
            inOrder(bucket.withoutAmount.iterator(), base, member);
            // from the amount brought outwards: each side gets less close, so the points for amounts never rise
            List<Integer> sorted = bucket.byAmount;
            int hi = next(sorted, firstAtLeast(bucket, amount.abs()), 1, member);
            int lo = next(sorted, hi - 1, -1, member);
            int left = amountPoints(sorted, lo);
            int right = amountPoints(sorted, hi);
            while (left >= 0 || right >= 0) {
                boolean takeLeft = left >= right;
                if (full() && base + (takeLeft ? left : right) < last().score()) {
                    return;
                }
                if (takeLeft) {
                    visit(sorted.get(lo), base + left);
                    lo = next(sorted, lo - 1, -1, member);
                    left = amountPoints(sorted, lo);
                } else {
                    visit(sorted.get(hi), base + right);
                    hi = next(sorted, hi + 1, 1, member);
                    right = amountPoints(sorted, hi);
                }
            }
        }

        /** Items whose amounts give no points, in order, until one could neither beat nor tie the last. */
        private void inOrder(Iterator<Integer> places, int score, IntPredicate member) {
            while (places.hasNext()) {
                int place = places.next();
                if (!member.test(place)) {
                    continue;
                }
                if (full() && (score < last().score() || score == last().score() && place > last().place())) {
                    return;
                }
                visit(place, score);
            }
        }

        /** The first index from {@code at} on, in steps of {@code step}, of a member; -1 or the size when none. */
        private static int next(List<Integer> sorted, int at, int step, IntPredicate member) {
            int i = at;
            while (i >= 0 && i < sorted.size() && !member.test(sorted.get(i))) {
                i += step;
            }
            return i;
        }

        /** The points for the amounts of the item brought and the one at this index; -1 past either end. */
        private int amountPoints(List<Integer> sorted, int i) {
            if (i < 0 || i >= sorted.size()) {
                return -1;
            }
            return amountPoints(bring.c().amount(), bucket.gets.get(sorted.get(i)).c().amount());
        }

        private static int amountPoints(BigDecimal a, BigDecimal b) {
            return Math.round(Matching.AMOUNT_POINTS * Matching.closeness(a, b));
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
            Candidate c = new Candidate(place, Matching.match(bring, get, Matching.sharedWords(bring, get)));
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
        List<Integer> without = new ArrayList<>();
        for (int i = 0; i < bucket.gets.size(); i++) {
            (bucket.gets.get(i).c().amount() == null ? without : with).add(i);
        }
        with.sort(Comparator.comparing(i -> bucket.gets.get(i).c().amount().abs()));
        bucket.byAmount = with;
        bucket.withoutAmount = without;
    }

    /** The first place in the ordered items whose amount is at least this size. */
    private static int firstAtLeast(Bucket bucket, BigDecimal size) {
        int lo = 0;
        int hi = bucket.byAmount.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (bucket.gets.get(bucket.byAmount.get(mid)).c().amount().abs().compareTo(size) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

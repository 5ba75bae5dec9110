package nl.koers.domain.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;

import nl.koers.domain.Category;
import nl.koers.domain.analysis.Matching.Bucket;
import nl.koers.domain.analysis.Matching.Entry;

/**
 * The few best matches per item brought, found without making every match: within its bucket (category and
 * unit) an item brought meets the items that share its words through the word index, and of the others only
 * those nearest in amount (the bucket is ordered by the size of the amount once) or first in order when there
 * is nothing to compare. So the work per item brought grows with its shared words and with how many it keeps,
 * not with the size of the bucket: about n log n for the whole dossier. The result is exactly
 * {@code BringGet.best(BringGet.matches(d), perItem)} without the pairs left out.
 */
final class BestMatches {
    private record Candidate(int place, Match match) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparingInt((Candidate c) -> -c.match().reason().score()).thenComparingInt(Candidate::place);

    private BestMatches() {
    }

    static List<Match> best(List<Entry> items, int perItem, BiPredicate<String, String> leaveOut) {
        Map<Matching.Key, Bucket> buckets = Matching.buckets(items);
        List<Match> out = new ArrayList<>();
        for (Entry bring : items) {
            Bucket bucket = Matching.bucketOf(buckets, bring);
            if (bucket == null || perItem <= 0) {
                continue;
            }
            IntPredicate open = i -> bucket.gets.get(i).partner() != bring.partner()
                    && !leaveOut.test(bring.c().id(), bucket.gets.get(i).c().id());
            Map<Integer, List<String>> shared = Matching.shared(bring, bucket);
            List<Candidate> candidates = new ArrayList<>();
            shared.forEach((i, words) -> {
                if (open.test(i)) {
                    candidates.add(new Candidate(i, Matching.match(bring, bucket.gets.get(i), words)));
                }
            });
            nearest(bring, bucket, perItem, i -> !shared.containsKey(i) && open.test(i), candidates);
            candidates.sort(BEST_FIRST);
            candidates.stream().limit(perItem).map(Candidate::match).forEach(out::add);
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

    /**
     * Adds the items without shared words that could be among the {@code k} best: all of them score for the unit
     * alike, so they differ only by how close the amounts are, and between equals by order.
     */
    private static void nearest(Entry bring, Bucket bucket, int k, IntPredicate other, List<Candidate> out) {
        order(bucket);
        if (bring.c().amount() == null) {
            firstInOrder(bring, bucket, allPlaces(bucket), k, other, out);
            return;
        }
        firstInOrder(bring, bucket, bucket.withoutAmount, k, other, out);
        // from the amount brought outwards: each side gets less close, so the scores taken never rise
        List<Integer> sorted = bucket.byAmount;
        int hi = firstAtLeast(bucket, bring.c().amount().abs());
        int lo = hi - 1;
        int taken = 0;
        int kth = Integer.MAX_VALUE;
        while (true) {
            while (lo >= 0 && !other.test(sorted.get(lo))) {
                lo--;
            }
            while (hi < sorted.size() && !other.test(sorted.get(hi))) {
                hi++;
            }
            Match left = lo >= 0 ? Matching.match(bring, bucket.gets.get(sorted.get(lo)), List.of()) : null;
            Match right = hi < sorted.size() ? Matching.match(bring, bucket.gets.get(sorted.get(hi)), List.of()) : null;
            if (left == null && right == null) {
                return;
            }
            boolean takeLeft = right == null || left != null && left.reason().score() >= right.reason().score();
            Match next = takeLeft ? left : right;
            int place = takeLeft ? sorted.get(lo--) : sorted.get(hi++);
            if (taken >= k && next.reason().score() < kth) {
                return;
            }
            out.add(new Candidate(place, next));
            if (++taken == k) {
                kth = next.reason().score();
            }
        }
    }

    private static void firstInOrder(Entry bring, Bucket bucket, List<Integer> places, int k, IntPredicate other,
            List<Candidate> out) {
        int taken = 0;
        for (int i = 0; i < places.size() && taken < k; i++) {
            int place = places.get(i);
            if (other.test(place)) {
                out.add(new Candidate(place, Matching.match(bring, bucket.gets.get(place), List.of())));
                taken++;
            }
        }
    }

    private static List<Integer> allPlaces(Bucket bucket) {
        return java.util.stream.IntStream.range(0, bucket.gets.size()).boxed().toList();
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

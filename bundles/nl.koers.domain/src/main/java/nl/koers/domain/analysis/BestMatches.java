package nl.koers.domain.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import nl.koers.domain.Category;
import nl.koers.domain.analysis.Matching.Bucket;
import nl.koers.domain.analysis.Matching.Entry;

/**
 * The few best matches per item brought, found without making every match. A score is the points for shared words,
 * for the unit and for how close the amounts are. An item brought is searched in its bucket (category and unit)
 * through the bucket's {@link Postings}: the items wanted that share exactly one word with it come from the lists of
 * that word and their own number of words, so their points for words are known before they are looked at; those
 * that share two words or more from the lists of their first shared pair; those that share none from the whole
 * bucket. Each list is walked from the amount nearest to the one brought outwards (the points for amounts never rise
 * on the way), or in order when there is nothing to compare, and always the list whose next item could score
 * highest first; the search stops when no list can beat or tie the last of the best found. So an item brought looks
 * at the items wanted near the best, not at every item that shares a word with it, even where a word is used by a
 * fixed share of the bucket. The result is exactly {@code BringGet.best(BringGet.matches(d), perItem)} without the
 * pairs left out.
 */
final class BestMatches {
    private BestMatches() {
    }

    /**
     * The best matches of these items (in dossier order), at most this many per item brought, ranked, in a list
     * that cannot be changed. The items
     * brought are searched bucket by bucket, so that a bucket's index stays at hand (in the processor's cache) while
     * it is used; their matches are then put back in dossier order, which the ranking keeps between equals.
     */
    static List<Match> best(List<Entry> items, int perItem, BiPredicate<String, String> leaveOut) {
        return perItem <= 0 ? List.of() : search(items, perItem, leaveOut).ranked(false).get(0);
    }

    /**
     * The same best matches per category (by its ordinal), each ranked as {@link #best} ranks them all: what the
     * balances show, gathered straight from the searches rather than picked out of the ranking of all of them.
     */
    static List<List<Match>> byCategory(List<Entry> items, int perItem, BiPredicate<String, String> leaveOut) {
        if (perItem <= 0) {
            return Collections.nCopies(Category.values().length, List.of());
        }
        return search(items, perItem, leaveOut).ranked(true);
    }

    /** Every item brought searched in its bucket, bucket by bucket. */
    private static Found search(List<Entry> items, int perItem, BiPredicate<String, String> leaveOut) {
        Map<Matching.Key, Bucket> buckets = Matching.buckets(items);
        Map<Bucket, Ints> brought = new IdentityHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Bucket bucket = Matching.bucketOf(buckets, items.get(i));
            if (bucket != null) {
                brought.computeIfAbsent(bucket, b -> new Ints()).add(i);
            }
        }
        Found found = new Found(items.size());
        for (Map.Entry<Bucket, Ints> e : brought.entrySet()) {
            MatchSearch search = MatchSearch.of(e.getKey());
            for (int place : byFirstWord(items, e.getValue())) {
                Entry bring = items.get(place);
                found.add(place, bring.c().category().ordinal(), search.best(bring, perItem, leaveOut), search);
            }
        }
        return found;
    }

    /**
     * The best matches of the items brought, copied as each search ends (while they are at hand) into two flat arrays,
     * in the order searched; per item (by its place among the items), where its matches start there, how many, and
     * its category. Gathering them in dossier order then reads a few neighbours per item, not a list of its own.
     */
    private static final class Found {
        private final int[] start;
        private final int[] count;
        private final int[] category;
        private Match[] matches;
        private int[] scores;
        private int size;

        Found(int items) {
            start = new int[items];
            count = new int[items];
            category = new int[items];
            matches = new Match[Math.max(16, items)];
            scores = new int[matches.length];
        }

        /** Keeps the best matches the search just found for the item at this place, with their scores. */
        void add(int place, int itsCategory, List<Match> best, MatchSearch search) {
            if (size + best.size() > matches.length) {
                matches = Arrays.copyOf(matches, Math.max(size + best.size(), matches.length * 2));
                scores = Arrays.copyOf(scores, matches.length);
            }
            start[place] = size;
            count[place] = best.size();
            category[place] = itsCategory;
            for (int j = 0; j < best.size(); j++) {
                matches[size] = best.get(j);
                scores[size++] = search.scoreFound(j);
            }
        }

        /**
         * All the matches ranked, or each category's (by its ordinal): in dossier order, then counted out by score.
         */
        List<List<Match>> ranked(boolean byCategory) {
            int groups = byCategory ? Category.values().length : 1;
            int[] counts = new int[groups];
            for (int place = 0; place < start.length; place++) {
                counts[byCategory ? category[place] : 0] += count[place];
            }
            Match[][] all = new Match[groups][];
            int[][] allScores = new int[groups][];
            for (int g = 0; g < groups; g++) {
                all[g] = new Match[counts[g]];
                allScores[g] = new int[counts[g]];
                counts[g] = 0;
            }
            for (int place = 0; place < start.length; place++) {
                int g = byCategory ? category[place] : 0;
                System.arraycopy(matches, start[place], all[g], counts[g], count[place]);
                System.arraycopy(scores, start[place], allScores[g], counts[g], count[place]);
                counts[g] += count[place];
            }
            List<List<Match>> out = new ArrayList<>(groups);
            for (int g = 0; g < groups; g++) {
                out.add(Matching.ranked(all[g], allScores[g]));
            }
            return out;
        }
    }

    /**
     * The items brought, those whose first word is the same one after the other: they lead to the same lists, which
     * then are still in the processor's cache. The order of the searches changes nothing in what they find.
     */
    private static int[] byFirstWord(List<Entry> items, Ints places) {
        long[] keys = new long[places.size()];
        for (int i = 0; i < keys.length; i++) {
            int[] stems = items.get(places.get(i)).wording().stems();
            keys[i] = (long) (stems.length == 0 ? -1 : stems[0]) << 32 | places.get(i);
        }
        Arrays.sort(keys);
        int[] out = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = (int) keys[i];
        }
        return out;
    }

    /** The best matches of one item brought in its bucket, best first. */
    static List<Match> search(Entry bring, Bucket bucket, int perItem, BiPredicate<String, String> leaveOut) {
        return MatchSearch.of(bucket).best(bring, perItem, leaveOut);
    }

}

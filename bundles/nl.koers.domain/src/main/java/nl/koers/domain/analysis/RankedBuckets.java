package nl.koers.domain.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.koers.domain.Direction;

/**
 * The buckets (category and unit) of a {@link MatchRanking}, each with its items wanted and its index, kept between
 * calls: after an edit only the buckets in which a changed partner has or had items wanted are indexed again, by
 * taking that partner's items out of the bucket's list and merging its new ones in, in dossier order.
 */
final class RankedBuckets {
    /** Where an item brought was searched when nobody wanted anything in its bucket. */
    static final Ranked NOWHERE = new Ranked(List.of(), null);

    private final Map<Matching.Key, Ranked> ranked = new HashMap<>();

    /** {@return the bucket of this key, or {@link #NOWHERE}} */
    Ranked get(Matching.Key key) {
        return ranked.getOrDefault(key, NOWHERE);
    }

    /**
     * Indexes again the buckets in which the changed partners have or had items wanted, when their items wanted are
     * no longer the same entries in the same order, and marks the buckets they replace.
     *
     * @param changed the places of the partners that changed
     * @param was their items as they were, in dossier order
     * @param is their items as they are, in dossier order
     * @return the buckets that have no bucket before them (a key nobody wanted anything in)
     */
    Set<Ranked> reindex(List<Integer> changed, List<Matching.Entry> was, List<Matching.Entry> is) {
        Set<Matching.Key> touched = new HashSet<>();
        Set<Integer> changedPlaces = new HashSet<>(changed);
        // grouped by key in one pass: a first ranking adds every item wanted, in as many buckets as there are
        Map<Matching.Key, List<Matching.Entry>> added = new HashMap<>();
        was.stream().filter(e -> e.c().direction() == Direction.GET).forEach(e -> touched.add(e.key()));
        for (Matching.Entry e : is) {
            if (e.c().direction() == Direction.GET) {
                added.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
            }
        }
        touched.addAll(added.keySet());
        Set<Ranked> fresh = new HashSet<>();
        for (Matching.Key key : touched) {
            Ranked last = ranked.get(key);
            List<Matching.Entry> kept = last == null ? List.of()
                    : last.gets.stream().filter(g -> !changedPlaces.contains(g.partner())).toList();
            List<Matching.Entry> gets = merged(kept, added.getOrDefault(key, List.of()));
            if (last != null && same(last.gets, gets)) {
                continue;
            }
            Ranked r = gets.isEmpty() ? NOWHERE : new Ranked(gets, Matching.bucket(gets));
            if (last != null) {
                last.replacedBy = r;
            }
            if (last != null && r != NOWHERE) {
                // by identity: an item edited to what it was is an equal entry, but another one
                Set<Matching.Entry> before = Collections.newSetFromMap(new IdentityHashMap<>());
                before.addAll(last.gets);
                Set<Matching.Entry> after = Collections.newSetFromMap(new IdentityHashMap<>());
                after.addAll(gets);
                r.removed = last.gets.stream().filter(g -> !after.contains(g)).toList();
                r.added = gets.stream().filter(g -> !before.contains(g)).toList();
            }
            if (gets.isEmpty()) {
                ranked.remove(key);
            } else {
                ranked.put(key, r);
                if (last == null) {
                    fresh.add(r);
                }
            }
        }
        return fresh;
    }

    /** Two lists of entries in dossier order, merged into one in dossier order. */
    private static List<Matching.Entry> merged(List<Matching.Entry> a, List<Matching.Entry> b) {
        List<Matching.Entry> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            boolean fromA = j == b.size() || i < a.size() && (a.get(i).partner() < b.get(j).partner()
                    || a.get(i).partner() == b.get(j).partner() && a.get(i).order() < b.get(j).order());
            out.add(fromA ? a.get(i++) : b.get(j++));
        }
        return out;
    }

    /** Whether two lists hold the same entries, in the same order. */
    private static boolean same(List<Matching.Entry> a, List<Matching.Entry> b) {
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

    /** One bucket as ranked: its items wanted and the bucket with its index; replaced once a change re-indexed it. */
    static final class Ranked {
        private final List<Matching.Entry> gets;
        private final Matching.Bucket bucket;
        /** The bucket that replaced it; null while it is the bucket of its key. */
        private Ranked replacedBy;
        /** Against the bucket it replaced: the items wanted no longer in it, and those new in it, in dossier order. */
        private List<Matching.Entry> removed = List.of();
        private List<Matching.Entry> added = List.of();

        private Ranked(List<Matching.Entry> gets, Matching.Bucket bucket) {
            this.gets = gets;
            this.bucket = bucket;
        }

        /** {@return its items wanted, in dossier order} */
        List<Matching.Entry> gets() {
            return gets;
        }

        /** {@return the bucket, with its index} */
        Matching.Bucket bucket() {
            return bucket;
        }

        /** {@return the bucket that replaced it since it was made ({@link #NOWHERE} when none), or null} */
        Ranked replacedBy() {
            return replacedBy;
        }

        /** {@return the items wanted that were in the bucket it replaced and are not in it} */
        List<Matching.Entry> removed() {
            return removed;
        }

        /** {@return the items wanted that are in it and were not in the bucket it replaced} */
        List<Matching.Entry> added() {
            return added;
        }

        /** How many of the items wanted each partner has (by its place), once asked. */
        Map<Integer, Integer> wantedBy() {
            if (bucket.wantedBy == null) {
                Map<Integer, Integer> m = new HashMap<>();
                gets.forEach(g -> m.merge(g.partner(), 1, Integer::sum));
                bucket.wantedBy = m;
            }
            return bucket.wantedBy;
        }
    }

}

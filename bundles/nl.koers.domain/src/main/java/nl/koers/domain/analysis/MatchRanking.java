package nl.koers.domain.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.Partner;

/**
 * The best few matches per item brought of a dossier that changes, as a screen asks for them after every edit. It
 * keeps what it ranked the last time: a bucket (category and unit) whose items wanted are the same as then is not
 * indexed again; an item brought that is the same as then, whose pairs are dismissed as then, is not ranked again;
 * a text read before is not read again. An edit changes an item or two, so after it one bucket or two are ranked
 * again, and what an edit costs grows with the dossier (each item is looked at once), not with its square. Each
 * result is exactly {@link BringGet#best(Dossier, int, java.util.function.BiPredicate)} with the dismissed pairs
 * left out.
 *
 * <p>One ranking per screen (or face) that follows one dossier; it holds what the last dossier ranked, no more.
 * Calls from several threads are taken one at a time.
 */
public final class MatchRanking {
    private Map<Matching.Key, Ranked> ranked = Map.of();
    private Set<Pair> leftOut = Set.of();
    /** The dictionary the words of every entry are numbered in, and the words of each text read. */
    private WordIds dictionary = new WordIds();
    private Map<String, WordIds.Words> words = new HashMap<>();
    private List<Partner> lastPartners = List.of();
    private Dossier lastDossier;
    private List<List<Matching.Entry>> lastEntries = List.of();
    /** The items the last call ranked, in dossier order, and the bucket of each. */
    private List<Matching.Entry> lastItems = List.of();
    private Matching.Key[] lastKeys = new Matching.Key[0];

    private record Pair(String bringId, String getId) {
    }

    /** A ranking that has ranked nothing yet. */
    public MatchRanking() {
    }

    /**
     * The best matches of the dossier as it is now.
     *
     * @param dossier the dossier as it is now
     * @param perItem how many matches at most per item brought
     * @param withDismissed true to rank the pairs the dossier's match decisions dismissed too; false leaves them out
     * @return the best matches, best first
     */
    public synchronized List<Match> best(Dossier dossier, int perItem, boolean withDismissed) {
        Set<Pair> gone = new HashSet<>();
        if (!withDismissed) {
            dossier.matchDecisions().stream().filter(MatchDecision::dismissed)
                    .forEach(x -> gone.add(new Pair(x.bringId(), x.getId())));
        }
        Set<String> changed = new HashSet<>();
        gone.stream().filter(p -> !leftOut.contains(p)).forEach(p -> changed.add(p.bringId()));
        leftOut.stream().filter(p -> !gone.contains(p)).forEach(p -> changed.add(p.bringId()));

        if (words.size() > 2 * lastItems.size() + 1000) {
            // texts of long ago: a new dictionary, and every text read again in it, as the first time
            dictionary = new WordIds();
            words = new HashMap<>();
            lastPartners = List.of();
            lastEntries = List.of();
            ranked = Map.of();
        }
        List<Matching.Entry> items = entries(dossier);
        Map<Matching.Key, Ranked> now = new HashMap<>();
        List<Match> best = best(items, perItem, (b, g) -> gone.contains(new Pair(b, g)), now,
                changed.isEmpty() ? id -> false : changed::contains);
        ranked = now;
        leftOut = gone;
        lastDossier = dossier;
        return best;
    }

    /**
     * How many matches the dossier has, as {@link BringGet#count(Dossier)} counts them: from the buckets of the last
     * call of {@link #best} when it was for this dossier, else counted afresh.
     *
     * @param dossier the dossier
     * @return how many matches it has, dismissed ones included
     */
    public synchronized long count(Dossier dossier) {
        if (dossier != lastDossier) {
            return BringGet.count(dossier);
        }
        long n = 0;
        for (int i = 0; i < lastItems.size(); i++) {
            Matching.Entry bring = lastItems.get(i);
            Ranked r = bring.c().direction() == Direction.BRING ? ranked.get(lastKeys[i]) : null;
            if (r != null) {
                n += r.gets.size() - r.wantedBy().getOrDefault(bring.partner(), 0);
            }
        }
        return n;
    }

    /**
     * The best matches of the items, taking from the last call what was ranked in a bucket whose items wanted are
     * the same as then, for the items brought that are the same as then, ranked for as many per item, and whose
     * pairs are left out as then. What is ranked now is put in {@code now}, for the next time. "The same" is the
     * same entry ({@link #entries} gives an unchanged item the entry it had): seen at once, and never wrong, at
     * worst ranked again.
     *
     * @param leftOutChanged gets the id of an item brought; true when a pair of it is left out now and was not
     *        then, or the other way round
     */
    private List<Match> best(List<Matching.Entry> items, int perItem, BiPredicate<String, String> leaveOut,
            Map<Matching.Key, Ranked> now, Predicate<String> leftOutChanged) {
        Map<Matching.Key, List<Matching.Entry>> wanted = new HashMap<>();
        Matching.Key[] keys = new Matching.Key[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Matching.Entry e = items.get(i);
            keys[i] = e.key();
            if (e.c().direction() == Direction.GET) {
                wanted.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(e);
            }
        }
        lastItems = items;
        lastKeys = keys;
        wanted.forEach((key, gets) -> {
            Ranked last = ranked.get(key);
            now.put(key, last != null && same(last.gets, gets) ? new Ranked(gets, last.bucket, last.best)
                    : new Ranked(gets, Matching.bucket(gets), Map.of()));
        });
        // what must be ranked again, bucket by bucket, so that a bucket's index stays at hand while it is searched
        Best[] kept = new Best[items.size()];
        Map<Ranked, Ints> again = new IdentityHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Matching.Entry bring = items.get(i);
            Ranked r = bring.c().direction() == Direction.BRING ? now.get(keys[i]) : null;
            if (r == null || perItem <= 0) {
                continue;
            }
            Best before = r.before.get(bring);
            if (before == null || before.perItem() != perItem || leftOutChanged.test(bring.c().id())) {
                again.computeIfAbsent(r, x -> new Ints()).add(i);
            } else {
                kept[i] = before;
                r.best.put(bring, before);
            }
        }
        again.forEach((r, places) -> {
            for (int i = 0; i < places.size(); i++) {
                Matching.Entry bring = items.get(places.get(i));
                kept[places.get(i)] = Best.of(perItem, BestMatches.search(bring, r.bucket, perItem, leaveOut));
                r.best.put(bring, kept[places.get(i)]);
                r.searched++;
            }
        });
        int n = 0;
        for (Best best : kept) {
            n += best == null ? 0 : best.scores().length;
        }
        Match[] all = new Match[n];
        int[] scores = new int[n];
        n = 0;
        for (Best best : kept) {
            if (best != null) {
                System.arraycopy(best.scores(), 0, scores, n, best.scores().length);
                for (Match m : best.matches()) {
                    all[n++] = m;
                }
            }
        }
        return Matching.ranked(all, scores);
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

    /** The best matches of one item brought, ranked for this many per item, with their scores. */
    private record Best(int perItem, List<Match> matches, int[] scores) {
        static Best of(int perItem, List<Match> matches) {
            return new Best(perItem, matches, matches.stream().mapToInt(m -> m.reason().score()).toArray());
        }
    }

    /**
     * What was ranked in one bucket: its items wanted, the bucket with its index, the best of each item brought
     * the last time (read) and this time (written).
     */
    private static final class Ranked {
        private final List<Matching.Entry> gets;
        private final Matching.Bucket bucket;
        private final Map<Matching.Entry, Best> before;
        private final Map<Matching.Entry, Best> best;
        /** How many items brought were ranked again this time. */
        private int searched;

        private Ranked(List<Matching.Entry> gets, Matching.Bucket bucket, Map<Matching.Entry, Best> before) {
            this.gets = gets;
            this.bucket = bucket;
            this.before = before;
            this.best = new IdentityHashMap<>(Math.max(32, before.size())); // as many as last time: no regrowing
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

    /**
     * Every item with its words, in dossier order. An item that is the same instance at the same place of a partner
     * with the same id as the last time gets the entry it had, and a partner that is the same instance at the same
     * place gets all of its entries: an edit makes new instances of what it changed only, so the buckets and items
     * brought it did not touch are seen to be the same at once.
     */
    private List<Matching.Entry> entries(Dossier dossier) {
        List<Partner> partners = dossier.partners();
        List<List<Matching.Entry>> now = new ArrayList<>(partners.size());
        List<Matching.Entry> all = new ArrayList<>();
        for (int p = 0; p < partners.size(); p++) {
            Partner partner = partners.get(p);
            List<Matching.Entry> last = p < lastPartners.size() ? lastEntries.get(p) : List.of();
            List<Matching.Entry> mine;
            if (p < lastPartners.size() && lastPartners.get(p) == partner) {
                mine = last;
            } else {
                List<Contribution> cs = partner.contributions();
                mine = new ArrayList<>(cs.size());
                for (int i = 0; i < cs.size(); i++) {
                    Contribution c = cs.get(i);
                    boolean kept = i < last.size() && last.get(i).c() == c
                            && last.get(i).ref().partnerId().equals(partner.id());
                    mine.add(kept ? last.get(i) : new Matching.Entry(p, i, new ContributionRef(partner.id(), c.id()),
                            c, words.computeIfAbsent(c.description(), dictionary::of)));
                }
            }
            now.add(mine);
            all.addAll(mine);
        }
        lastPartners = partners;
        lastEntries = now;
        return all;
    }

    /** {@return how many items brought the last call ranked again} What it took from the time before is not counted. */
    synchronized int rankedAgain() {
        return ranked.values().stream().mapToInt(r -> r.searched).sum();
    }
}

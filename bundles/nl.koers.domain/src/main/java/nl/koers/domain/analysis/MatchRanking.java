package nl.koers.domain.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.Partner;

/**
 * The best few matches per item brought of a dossier that changes, as a screen asks for them after every edit. It
 * keeps what it ranked the last time, per partner: a partner that is the same instance at the same place keeps its
 * items and the best matches of each; a bucket (category and unit) is indexed again only when a changed partner has
 * or had an item wanted in it; an item brought is ranked again only when its partner changed, its bucket was indexed
 * again or a pair of it is left out now and was not then (or the other way round); a text read before is not read
 * again. An edit replaces a partner or two, so what it costs is ranking its buckets again plus one quick pass over
 * the items brought to gather the results. Each result is exactly
 * {@link BringGet#best(Dossier, int, java.util.function.BiPredicate)} with the dismissed pairs left out.
 *
 * <p>One ranking per screen (or face) that follows one dossier; it holds what the last dossier ranked, no more.
 * Calls from several threads are taken one at a time.
 */
public final class MatchRanking {
    /** Where an item brought was searched when nobody wanted anything in its bucket. */
    private static final Ranked NOWHERE = new Ranked(List.of(), null);

    private Map<Matching.Key, Ranked> ranked = new HashMap<>();
    private Set<Pair> leftOut = Set.of();
    /** The dictionary the words of every entry are numbered in, and the words of each text read. */
    private WordIds dictionary = new WordIds();
    private Map<String, WordIds.Words> words = new HashMap<>();
    /** Per partner's place, what was ranked of it the last time. */
    private Slot[] slots = new Slot[0];
    private int lastPerItem = -1;
    private Dossier lastDossier;
    /** How many items brought the last call ranked again. */
    private int searched;

    private record Pair(String bringId, String getId) {
    }

    /** One partner as ranked: its items in its order, and per item brought its best matches and where they came from. */
    private record Slot(Partner partner, Matching.Entry[] entries, Best[] best, Ranked[] searchedIn) {
        /** The partner with these items; an item that is the entry it had in the last slot keeps its matches. */
        static Slot of(Partner partner, Matching.Entry[] entries, Slot last) {
            Slot slot = new Slot(partner, entries, new Best[entries.length], new Ranked[entries.length]);
            for (int i = 0; last != null && i < Math.min(entries.length, last.entries.length); i++) {
                if (entries[i] == last.entries[i]) {
                    slot.best[i] = last.best[i];
                    slot.searchedIn[i] = last.searchedIn[i];
                }
            }
            return slot;
        }
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
        Set<String> changedIds = new HashSet<>();
        gone.stream().filter(p -> !leftOut.contains(p)).forEach(p -> changedIds.add(p.bringId()));
        leftOut.stream().filter(p -> !gone.contains(p)).forEach(p -> changedIds.add(p.bringId()));

        int items = 0;
        for (Slot s : slots) {
            items += s.entries().length;
        }
        if (words.size() > 2 * items + 1000) {
            // texts of long ago: a new dictionary, and every text read again in it, as the first time
            dictionary = new WordIds();
            words = new HashMap<>();
            slots = new Slot[0];
            ranked = new HashMap<>();
        }
        List<Partner> partners = dossier.partners();
        Slot[] now = new Slot[partners.size()];
        List<Integer> changed = new ArrayList<>();
        for (int p = 0; p < Math.max(now.length, slots.length); p++) {
            Slot last = p < slots.length ? slots[p] : null;
            if (p < now.length && last != null && last.partner() == partners.get(p)) {
                now[p] = last;
            } else {
                if (p < now.length) {
                    now[p] = Slot.of(partners.get(p), entries(p, partners.get(p), last), last);
                }
                changed.add(p);
            }
        }
        Set<Ranked> fresh = reindex(changed, slots, now);
        boolean everyItem = perItem != lastPerItem; // what was kept was ranked for another number per item
        slots = now;
        lastPerItem = perItem;
        lastDossier = dossier;
        leftOut = gone;
        searched = 0;
        BiPredicate<String, String> leaveOut = (b, g) -> gone.contains(new Pair(b, g));
        int n = 0;
        for (Slot slot : now) {
            for (int i = 0; i < slot.entries().length; i++) {
                Matching.Entry e = slot.entries()[i];
                if (e.c().direction() != Direction.BRING) {
                    continue;
                }
                Ranked in = slot.searchedIn()[i];
                if (everyItem || in == null || in.replaced || in == NOWHERE && !fresh.isEmpty()
                        || !changedIds.isEmpty() && changedIds.contains(e.c().id())) {
                    search(slot, i, perItem, leaveOut);
                }
                n += slot.best()[i].scores().length;
            }
        }
        return gathered(now, n);
    }

    /** Ranks the item brought at this place of the slot again, in its bucket as it is now. */
    private void search(Slot slot, int i, int perItem, BiPredicate<String, String> leaveOut) {
        Matching.Entry bring = slot.entries()[i];
        Ranked in = ranked.getOrDefault(bring.key(), NOWHERE);
        slot.searchedIn()[i] = in;
        slot.best()[i] = in == NOWHERE || perItem <= 0 ? Best.NONE
                : Best.of(BestMatches.search(bring, in.bucket, perItem, leaveOut));
        searched++;
    }

    /** Every best match of the slots, in dossier order, then ranked. */
    private static List<Match> gathered(Slot[] slots, int n) {
        Match[] all = new Match[n];
        int[] scores = new int[n];
        n = 0;
        for (Slot slot : slots) {
            for (Best best : slot.best()) {
                if (best != null && best.scores().length > 0) {
                    System.arraycopy(best.scores(), 0, scores, n, best.scores().length);
                    System.arraycopy(best.matches(), 0, all, n, best.matches().length);
                    n += best.matches().length;
                }
            }
        }
        return Matching.ranked(all, scores);
    }

    /**
     * Indexes again the buckets in which the changed partners have or had items wanted, when their items wanted are
     * no longer the same entries in the same order, and marks the buckets they replace.
     *
     * @return the buckets that have no bucket before them (a key nobody wanted anything in)
     */
    private Set<Ranked> reindex(List<Integer> changed, Slot[] before, Slot[] now) {
        Set<Matching.Key> touched = new HashSet<>();
        Set<Integer> changedPlaces = new HashSet<>(changed);
        List<Matching.Entry> added = new ArrayList<>();
        for (int p : changed) {
            if (p < before.length) {
                for (Matching.Entry e : before[p].entries()) {
                    if (e.c().direction() == Direction.GET) {
                        touched.add(e.key());
                    }
                }
            }
            if (p < now.length) {
                for (Matching.Entry e : now[p].entries()) {
                    if (e.c().direction() == Direction.GET) {
                        touched.add(e.key());
                        added.add(e);
                    }
                }
            }
        }
        Set<Ranked> fresh = new HashSet<>();
        for (Matching.Key key : touched) {
            Ranked last = ranked.get(key);
            List<Matching.Entry> kept = last == null ? List.of()
                    : last.gets.stream().filter(g -> !changedPlaces.contains(g.partner())).toList();
            List<Matching.Entry> gets = merged(kept, added.stream().filter(g -> g.key().equals(key)).toList());
            if (last != null && same(last.gets, gets)) {
                continue;
            }
            if (last != null) {
                last.replaced = true;
            }
            if (gets.isEmpty()) {
                ranked.remove(key);
            } else {
                Ranked r = new Ranked(gets, Matching.bucket(gets));
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
        for (Slot slot : slots) {
            for (int i = 0; i < slot.entries().length; i++) {
                Ranked r = slot.searchedIn()[i];
                if (r != null && r != NOWHERE) {
                    n += r.gets.size() - r.wantedBy().getOrDefault(slot.entries()[i].partner(), 0);
                }
            }
        }
        return n;
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

    /** The best matches of one item brought, with their scores. */
    private record Best(Match[] matches, int[] scores) {
        static final Best NONE = new Best(new Match[0], new int[0]);

        static Best of(List<Match> matches) {
            return new Best(matches.toArray(Match[]::new), matches.stream().mapToInt(m -> m.reason().score()).toArray());
        }
    }

    /** One bucket as ranked: its items wanted and the bucket with its index; replaced once a change re-indexed it. */
    private static final class Ranked {
        private final List<Matching.Entry> gets;
        private final Matching.Bucket bucket;
        private boolean replaced;

        private Ranked(List<Matching.Entry> gets, Matching.Bucket bucket) {
            this.gets = gets;
            this.bucket = bucket;
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
     * The items of a partner at this place with their words. An item that is the same instance at the same place of
     * a partner with the same id as the last time gets the entry it had: an edit makes new instances of what it
     * changed only, so the items it did not touch are seen to be the same at once.
     */
    private Matching.Entry[] entries(int p, Partner partner, Slot last) {
        Matching.Entry[] before = last == null ? new Matching.Entry[0] : last.entries();
        List<Contribution> cs = partner.contributions();
        Matching.Entry[] mine = new Matching.Entry[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            Contribution c = cs.get(i);
            boolean kept = i < before.length && before[i].c() == c && before[i].ref().partnerId().equals(partner.id());
            mine[i] = kept ? before[i] : new Matching.Entry(p, i, new ContributionRef(partner.id(), c.id()), c,
                    words.computeIfAbsent(c.description(), dictionary::of));
        }
        return mine;
    }

    /** {@return how many items brought the last call ranked again} What it took from the time before is not counted. */
    synchronized int rankedAgain() {
        return searched;
    }
}

package nl.koers.domain.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.Partner;
import nl.koers.domain.analysis.RankedBuckets.Ranked;

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

    private RankedBuckets buckets = new RankedBuckets();
    private Set<Pair> leftOut = Set.of();
    /** The dictionary the words of every entry are numbered in, and the words of each text read. */
    private WordIds dictionary = new WordIds();
    private Map<String, WordIds.Words> words = new HashMap<>();
    /** Per partner's place, what was ranked of it the last time. */
    private Slot[] slots = new Slot[0];
    private int lastPerItem = -1;
    private Dossier lastDossier;
    /** The categories whose items or best matches changed since {@link #bestByCategory} last gave them. */
    private final Set<Category> pending = EnumSet.allOf(Category.class);
    /** Per category (by its ordinal), its best matches as {@link #bestByCategory} last gave them. */
    private final List<List<Match>> byCategory = new ArrayList<>(
            Collections.nCopies(Category.values().length, List.of()));
    /** The balances of the dossier {@link #bestByCategory} last gave, kept for the categories that did not change. */
    final KeptBalances balances = new KeptBalances();
    /** How many matches the last dossier ranked has, dismissed ones included. */
    private long open;
    /** How many items brought the last call ranked again. */
    private int searched;

    private record Pair(String bringId, String getId) {
    }

    /** One partner as ranked: its items in order, and per item brought its best matches and where they came from. */
    private record Slot(Partner partner, Matching.Entry[] entries, int[] brings, Best[] best, Ranked[] searchedIn) {
        /** The partner with these items; an item that is the entry it had in the last slot keeps its matches. */
        static Slot of(Partner partner, Matching.Entry[] entries, Slot last) {
            int[] brings = IntStream.range(0, entries.length)
                    .filter(i -> entries[i].c().direction() == Direction.BRING).toArray();
            Slot slot = new Slot(partner, entries, brings, new Best[entries.length], new Ranked[entries.length]);
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
        int n = rank(dossier, perItem, withDismissed); // first: it replaces the slots
        return gathered(slots, n);
    }

    /**
     * The best matches of the dossier as it is now, the dismissed pairs left out, per category (by its ordinal), each
     * ranked; with the categories whose items or best matches changed since the last call of this method. A category
     * that did not change keeps the list it had.
     */
    synchronized ByCategory bestByCategory(Dossier dossier, int perItem) {
        rank(dossier, perItem, false);
        if (pending.isEmpty()) {
            return new ByCategory(List.copyOf(byCategory), Set.of());
        }
        Category[] all = Category.values();
        int[] counts = new int[all.length];
        forEachBest(best -> counts[best.category()] += best.scores().length);
        Match[][] matches = new Match[all.length][];
        int[][] scores = new int[all.length][];
        for (Category c : pending) {
            matches[c.ordinal()] = new Match[counts[c.ordinal()]];
            scores[c.ordinal()] = new int[counts[c.ordinal()]];
            counts[c.ordinal()] = 0;
        }
        forEachBest(best -> {
            int c = best.category();
            if (matches[c] != null) {
                System.arraycopy(best.scores(), 0, scores[c], counts[c], best.scores().length);
                System.arraycopy(best.matches(), 0, matches[c], counts[c], best.matches().length);
                counts[c] += best.matches().length;
            }
        });
        for (Category c : pending) {
            byCategory.set(c.ordinal(), Matching.ranked(matches[c.ordinal()], scores[c.ordinal()]));
        }
        Set<Category> changedCategories = EnumSet.copyOf(pending);
        pending.clear();
        return new ByCategory(List.copyOf(byCategory), changedCategories);
    }

    /**
     * Per category (by its ordinal), its best matches ranked; and the categories changed since the call before.
     *
     * @param matches per category, its best matches
     * @param changed the categories whose items or best matches changed
     */
    record ByCategory(List<List<Match>> matches, Set<Category> changed) {
    }

    /** Gives the best matches of every item brought that has some, in dossier order. */
    private void forEachBest(Consumer<Best> action) {
        for (Slot slot : slots) {
            for (Best best : slot.best()) {
                if (best != null && best.scores().length > 0) {
                    action.accept(best);
                }
            }
        }
    }

    /** Ranks again what changed since the last call; {@return how many best matches there are in all} */
    private int rank(Dossier dossier, int perItem, boolean withDismissed) {
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
            buckets = new RankedBuckets();
            pending.addAll(EnumSet.allOf(Category.class));
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
                changedCategories(last, p < now.length ? now[p] : null);
            }
        }
        Set<Ranked> fresh = buckets.reindex(changed, entries(changed, slots), entries(changed, now));
        boolean everyItem = perItem != lastPerItem; // what was kept was ranked for another number per item
        slots = now;
        lastPerItem = perItem;
        lastDossier = dossier;
        leftOut = gone;
        searched = 0;
        BiPredicate<String, String> leaveOut = gone.isEmpty() ? (b, g) -> false
                : (b, g) -> gone.contains(new Pair(b, g));
        int n = 0;
        open = 0;
        for (Slot slot : now) {
            for (int i : slot.brings()) {
                Ranked in = slot.searchedIn()[i];
                if (everyItem || in == null || in == RankedBuckets.NOWHERE && !fresh.isEmpty()
                        || !changedIds.isEmpty() && changedIds.contains(slot.entries()[i].c().id())
                        || in.replacedBy() != null && !stillBest(slot, i, in.replacedBy(), perItem, leaveOut)) {
                    search(slot, i, perItem, leaveOut);
                }
                n += slot.best()[i].scores().length;
                open += slot.best()[i].open();
            }
        }
        return n;
    }

    /**
     * Notes the categories of the items of a partner that are not the entries they were, at the same place: all of
     * them when the partner came, went or has another id.
     */
    private void changedCategories(Slot last, Slot now) {
        // another id, or an item id twice, changes where the vague items of any category are sorted
        boolean all = last == null || now == null || !last.partner().id().equals(now.partner().id())
                || !uniqueIds(last) || !uniqueIds(now);
        int n = Math.max(last == null ? 0 : last.entries().length, now == null ? 0 : now.entries().length);
        for (int i = 0; i < n; i++) {
            Matching.Entry was = last != null && i < last.entries().length ? last.entries()[i] : null;
            Matching.Entry is = now != null && i < now.entries().length ? now.entries()[i] : null;
            if (all || was != is) { // what the partner kept is the same at the same place
                for (Matching.Entry e : new Matching.Entry[] {was, is}) {
                    if (e != null) {
                        pending.add(e.c().category());
                    }
                }
            }
        }
    }

    private static boolean uniqueIds(Slot slot) {
        return slot == null || slot.partner().contributions().stream().map(Contribution::id).distinct().count()
                == slot.partner().contributions().size();
    }

    /**
     * Whether the best matches of the item brought at this place are the same in the bucket that replaced the one
     * they were found in: none of them left it, and none of the items wanted that came into it beats the last of
     * them (by score, then by place), or joins them where there were fewer than asked. If so the item keeps them, with
     * the new bucket and how many matches it has there; scoring the new items wanted alone costs far less than
     * searching the bucket again.
     */
    private boolean stillBest(Slot slot, int i, Ranked now, int perItem, BiPredicate<String, String> leaveOut) {
        Matching.Entry bring = slot.entries()[i];
        Best best = slot.best()[i];
        if (now == RankedBuckets.NOWHERE || best == null || best.gets() == null) {
            return false;
        }
        for (Matching.Entry gone : now.removed()) {
            for (Matching.Entry get : best.gets()) {
                if (get == gone) {
                    return false;
                }
            }
        }
        int k = best.gets().length;
        for (Matching.Entry get : now.added()) {
            if (get.partner() == bring.partner() || leaveOut.test(bring.c().id(), get.c().id())) {
                continue;
            }
            if (k < perItem) {
                return false;
            }
            int score = Matching.match(bring, get, sharedWords(bring, get)).reason().score();
            Matching.Entry last = best.gets()[k - 1];
            if (score > best.scores()[k - 1] || score == best.scores()[k - 1] && (get.partner() < last.partner()
                    || get.partner() == last.partner() && get.order() < last.order())) {
                return false;
            }
        }
        slot.searchedIn()[i] = now;
        slot.best()[i] = new Best(best.matches(), best.scores(), best.gets(), best.category(), open(bring, now));
        searched++;
        return true;
    }

    /** The words of the item brought whose stems the item wanted uses too, as the item brought spells them. */
    private static List<String> sharedWords(Matching.Entry bring, Matching.Entry get) {
        List<String> shared = new ArrayList<>();
        WordIds.Words words = bring.wording();
        for (int w = 0; w < words.size(); w++) {
            for (int stem : get.wording().stems()) {
                if (stem == words.stems()[w]) {
                    shared.add(words.spelled()[w]);
                }
            }
        }
        return shared;
    }

    /** How many matches the item brought has in this bucket: the items wanted of the other partners. */
    private static int open(Matching.Entry bring, Ranked in) {
        return in == RankedBuckets.NOWHERE ? 0 : in.gets().size() - in.wantedBy().getOrDefault(bring.partner(), 0);
    }

    /** Ranks the item brought at this place of the slot again, in its bucket as it is now. */
    private void search(Slot slot, int i, int perItem, BiPredicate<String, String> leaveOut) {
        Matching.Entry bring = slot.entries()[i];
        Ranked in = buckets.get(bring.key());
        slot.searchedIn()[i] = in;
        pending.add(bring.c().category());
        int open = open(bring, in);
        if (in == RankedBuckets.NOWHERE || perItem <= 0) {
            slot.best()[i] = new Best(new Match[0], new int[0], null, 0, open);
        } else {
            MatchSearch search = MatchSearch.of(in.bucket());
            List<Match> found = search.best(bring, perItem, leaveOut);
            slot.best()[i] = new Best(found.toArray(Match[]::new), search.scores(), search.gets(),
                    bring.c().category().ordinal(), open);
        }
        searched++;
    }

    /** The items of the slots at these places, in dossier order. */
    private static List<Matching.Entry> entries(List<Integer> places, Slot[] slots) {
        List<Matching.Entry> out = new ArrayList<>();
        places.stream().filter(p -> p < slots.length).forEach(p -> out.addAll(Arrays.asList(slots[p].entries())));
        return out;
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
        return open;
    }

    /**
     * The best matches of one item brought, with their scores, their items wanted (null when it was not searched)
     * and its category (by its ordinal); and how many
     * matches it has in all, dismissed ones included: the items wanted in its bucket of the other partners.
     */
    private record Best(Match[] matches, int[] scores, Matching.Entry[] gets, int category, int open) {
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

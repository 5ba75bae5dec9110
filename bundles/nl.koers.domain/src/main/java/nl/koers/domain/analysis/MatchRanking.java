package nl.koers.domain.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.koers.domain.Contribution;
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
    private Map<Matching.Key, BestMatches.Ranked> ranked = Map.of();
    private Set<Pair> leftOut = Set.of();
    private Map<String, Map<String, String>> words = new HashMap<>();
    private List<Partner> lastPartners = List.of();
    private Dossier lastDossier;
    private List<List<Matching.Entry>> lastEntries = List.of();

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

        List<Matching.Entry> items = entries(dossier);
        if (words.size() > 2 * items.size() + 1000) {
            words = new HashMap<>(); // texts of long ago: read again those that are still there, next time
        }
        Map<Matching.Key, BestMatches.Ranked> now = new HashMap<>();
        List<Match> best = BestMatches.best(items, perItem, (b, g) -> gone.contains(new Pair(b, g)), ranked, now,
                changed::contains);
        ranked = now;
        leftOut = gone;
        lastDossier = dossier;
        return List.copyOf(best);
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
        List<Matching.Entry> items = new ArrayList<>();
        lastEntries.forEach(items::addAll);
        return BestMatches.count(items, ranked);
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
                            c, words.computeIfAbsent(c.description(), Wording::significant)));
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

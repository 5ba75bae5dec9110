package nl.koers.domain.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.koers.domain.Dossier;
import nl.koers.domain.MatchDecision;

/**
 * What a screen shows of the matches: the few best per item brought, best first, then the agreed ones that are
 * not among them; the dismissed ones left out unless the facilitator asks for them. On request all of them.
 * Found without making every match ({@link BringGet#best(Dossier, int, java.util.function.BiPredicate)}), so a
 * dossier of a thousand partners stays quick.
 *
 * @param matches the matches to show
 * @param hidden how many more there are, not dismissed, behind "show all"
 */
public record MatchesShown(List<Match> matches, long hidden) {
    public MatchesShown {
        matches = List.copyOf(matches);
    }

    /**
     * @param perItem how many per item brought
     * @param all every match, not only the best
     * @param withDismissed the dismissed ones too
     * @param agreedElsewhere agreements an instrument kept itself, shown like the dossier's confirmed matches
     */
    public static MatchesShown of(Dossier d, int perItem, boolean all, boolean withDismissed,
            Collection<MatchDecision> agreedElsewhere) {
        return of(null, d, perItem, all, withDismissed, agreedElsewhere);
    }

    /**
     * The same, with the best matches from a ranking that follows the dossier ({@link MatchRanking}): what a screen
     * asks after every edit.
     *
     * @param ranking the screen's ranking; null ranks afresh
     * @param d the dossier as it is now
     * @param perItem how many per item brought
     * @param all every match, not only the best
     * @param withDismissed the dismissed ones too
     * @param agreedElsewhere agreements an instrument kept itself, shown like the dossier's confirmed matches
     * @return what the screen shows
     */
    public static MatchesShown of(MatchRanking ranking, Dossier d, int perItem, boolean all, boolean withDismissed,
            Collection<MatchDecision> agreedElsewhere) {
        Set<List<String>> gone = withDismissed ? Set.of()
                : d.matchDecisions().stream().filter(MatchDecision::dismissed)
                        .map(x -> List.of(x.bringId(), x.getId())).collect(Collectors.toSet());
        if (all) {
            return new MatchesShown(BringGet.matches(d).stream().filter(m -> !gone.contains(pair(m))).toList(), 0);
        }
        // nothing dismissed: no pair is looked up (a list made and hashed per pair)
        BiPredicate<String, String> leaveOut = gone.isEmpty() ? (b, g) -> false
                : (b, g) -> gone.contains(List.of(b, g));
        List<Match> shown = new ArrayList<>(ranking == null
                ? BringGet.best(d, perItem, leaveOut)
                : ranking.best(d, perItem, withDismissed));
        List<Match> agreed = BringGet.matches(d, Stream.concat(d.matchDecisions().stream(),
                agreedElsewhere.stream()).filter(MatchDecision::confirmed).toList());
        if (!agreed.isEmpty()) {
            Set<List<ContributionRef>> inShown = shown.stream().map(m -> List.of(m.bring(), m.get()))
                    .collect(Collectors.toCollection(HashSet::new));
            agreed.stream().filter(m -> !gone.contains(pair(m))).forEach(m -> {
                if (inShown.add(List.of(m.bring(), m.get()))) {
                    shown.add(m);
                }
            });
        }
        long open = (ranking == null ? BringGet.count(d) : ranking.count(d)) - BringGet.matches(d, gone.stream()
                .map(p -> new MatchDecision(p.get(0), p.get(1), MatchDecision.Verdict.DISMISSED)).toList()).size();
        return new MatchesShown(shown, open - shown.size());
    }

    private static List<String> pair(Match m) {
        return List.of(m.bring().contributionId(), m.get().contributionId());
    }
}

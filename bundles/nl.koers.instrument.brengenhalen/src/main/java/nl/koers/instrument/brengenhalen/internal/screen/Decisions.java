package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import nl.koers.domain.Category;
import nl.koers.domain.Dossier;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.Match;
import nl.koers.instrument.brengenhalen.internal.ConversationData;

/** What the facilitator decided about matches, as the balance reads it: the pairs dismissed and those agreed. */
final class Decisions {
    private Decisions() {
    }

    /** The pairs the facilitator dismissed: left out of the matches shown. */
    static BiPredicate<String, String> dismissed(Dossier d) {
        Set<List<String>> gone = new HashSet<>();
        d.matchDecisions().stream().filter(MatchDecision::dismissed).forEach(x -> gone.add(List.of(x.bringId(),
                x.getId())));
        return (bring, get) -> gone.contains(List.of(bring, get));
    }

    /** The agreed matches by category, the dossier's confirmed ones and the ones ticked here. */
    static Map<Category, List<Match>> agreed(Dossier d) {
        Map<Category, List<Match>> out = new EnumMap<>(Category.class);
        Stream.concat(d.matchDecisions().stream(), ConversationData.of(d).agreedHere().stream())
                .filter(MatchDecision::confirmed).map(x -> BringGet.match(d, x.bringId(), x.getId()))
                .flatMap(Optional::stream)
                .forEach(m -> out.computeIfAbsent(m.category(), c -> new ArrayList<>()).add(m));
        return out;
    }
}

package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.koers.domain.Category;
import nl.koers.domain.Dossier;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.Match;
import nl.koers.instrument.brengenhalen.internal.ConversationData;

/** What the facilitator decided about matches, as the balance reads it: the pairs agreed. */
final class Decisions {
    private Decisions() {
    }

    /** The agreed matches by category, the dossier's confirmed ones and the ones ticked here. */
    static Map<Category, List<Match>> agreed(Dossier d) {
        Map<Category, List<Match>> out = new EnumMap<>(Category.class);
        BringGet.matches(d, Stream.concat(d.matchDecisions().stream(), ConversationData.of(d).agreedHere().stream())
                .filter(MatchDecision::confirmed).toList())
                .forEach(m -> out.computeIfAbsent(m.category(), c -> new ArrayList<>()).add(m));
        return out;
    }
}

package nl.koers.instrument.belangendialoog.internal.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import nl.koers.domain.analysis.Contradiction;
import nl.koers.domain.analysis.InterestRef;
import nl.koers.instrument.belangendialoog.internal.Phrases;

/**
 * The contradicting demands of the table by subject: the words two demands share. A facilitator takes a tension up
 * by its subject, and a table of a thousand partners has thousands of pairs but a few dozen subjects. A subject of a
 * few pairs names each pair; a larger one says how many demands and pairs it holds and names its first demands, so
 * every pair is still counted and every subject named.
 */
final class ContradictionSubjects {
    /** Up to this many pairs, a subject names each pair. */
    static final int PAIRS_NAMED = 3;
    /** How many demands a larger subject names. */
    static final int DEMANDS_NAMED = 6;

    private final List<Contradiction> pairs = new ArrayList<>();
    private final Set<InterestRef> demands = new LinkedHashSet<>();

    private ContradictionSubjects() {
    }

    /**
     * {@return one line per subject, in the order each subject first contradicts} An interest's name is made once.
     *
     * @param all the contradictions of the dossier, in their order
     * @param say the sentences, in the report's language
     * @param named what a demand is called: its partner and its text
     */
    static List<String> lines(List<Contradiction> all, Phrases say, Function<InterestRef, String> named) {
        Map<List<String>, ContradictionSubjects> subjects = new LinkedHashMap<>();
        for (Contradiction c : all) {
            ContradictionSubjects subject = subjects.computeIfAbsent(c.words(), w -> new ContradictionSubjects());
            subject.pairs.add(c);
            subject.demands.add(c.first());
            subject.demands.add(c.second());
        }
        List<String> out = new ArrayList<>();
        subjects.forEach((words, subject) -> subject.add(out, say.quoted(words), say, named));
        return out;
    }

    private void add(List<String> out, String words, Phrases say, Function<InterestRef, String> named) {
        if (pairs.size() <= PAIRS_NAMED) {
            for (Contradiction c : pairs) {
                out.add(say.format("board.contradiction", named.apply(c.first()), named.apply(c.second()), words));
            }
            return;
        }
        List<String> first = demands.stream().limit(DEMANDS_NAMED).map(named).toList();
        String who = String.join("; ", first);
        if (demands.size() > first.size()) {
            who = say.format("report.contradictions.rest", who, demands.size() - first.size());
        }
        out.add(say.format("report.contradictions.subject", words, demands.size(), pairs.size(), who));
    }
}

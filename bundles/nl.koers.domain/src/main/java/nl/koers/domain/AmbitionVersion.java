package nl.koers.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One round's formulation of the shared ambition: the statement, what it asks of the partners (behaviour,
 * actions, choices), the facts it rests on, and each partner's endorsement.
 *
 * @param endorsements by partner id
 */
public record AmbitionVersion(String id, int round, LocalDate date, String statement, String concretisation,
        List<Fact> facts, Map<String, Endorsement> endorsements) {
    public AmbitionVersion {
        id = Values.id(id);
        statement = Values.text(statement);
        concretisation = Values.text(concretisation);
        facts = Values.list(facts);
        endorsements = Values.map(endorsements);
        endorsements.keySet().forEach(Limits::key); // the file keeps each endorsement under the partner's id
    }

    /** A first version for a round, dated, with a statement and nothing else yet. */
    public static AmbitionVersion of(int round, LocalDate date, String statement) {
        return new AmbitionVersion(null, round, date, statement, "", List.of(), Map.of());
    }

    public AmbitionVersion withStatement(String newStatement) {
        return new AmbitionVersion(id, round, date, newStatement, concretisation, facts, endorsements);
    }

    public AmbitionVersion withConcretisation(String newConcretisation) {
        return new AmbitionVersion(id, round, date, statement, newConcretisation, facts, endorsements);
    }

    public AmbitionVersion withFacts(List<Fact> newFacts) {
        return new AmbitionVersion(id, round, date, statement, concretisation, newFacts, endorsements);
    }

    public AmbitionVersion withRound(int newRound, LocalDate newDate) {
        return new AmbitionVersion(id, newRound, newDate, statement, concretisation, facts, endorsements);
    }

    /** Sets one partner's endorsement; null removes it. */
    public AmbitionVersion withEndorsement(String partnerId, Endorsement endorsement) {
        var copy = new LinkedHashMap<>(endorsements);
        if (endorsement == null) {
            copy.remove(partnerId);
        } else {
            copy.put(partnerId, endorsement);
        }
        return new AmbitionVersion(id, round, date, statement, concretisation, facts, copy);
    }

    /**
     * A new version for the next round: a fresh id, the same statement, concretisation and facts, no
     * endorsements yet (the partners must say again whether they recognise themselves).
     */
    public AmbitionVersion nextRound(LocalDate newDate) {
        return new AmbitionVersion(null, round + 1, newDate, statement, concretisation, facts, Map.of());
    }
}

package nl.koers.domain;

import java.time.LocalDate;
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
    }
}

package nl.koers.domain;

import java.util.List;

/**
 * An organisation at the table, with everything it said about itself: its view of the essence of the
 * collaboration, its interests, positions and core values, and what it brings and comes to get.
 *
 * @param selection why it was chosen: the criteria of partner selection and where the energy is
 */
public record Partner(String id, String name, Role role, List<Representative> representatives, String essence,
        List<Interest> interests, List<Position> positions, List<CoreValue> coreValues,
        List<Contribution> contributions, PartnerSelection selection) {
    public Partner {
        id = Values.id(id);
        name = Values.text(name);
        role = role == null ? Role.CORE : role;
        representatives = Values.list(representatives);
        essence = Values.text(essence);
        interests = Values.list(interests);
        positions = Values.list(positions);
        coreValues = Values.list(coreValues);
        contributions = Values.list(contributions);
        selection = selection == null ? PartnerSelection.NONE : selection;
    }

    /** A partner not judged on the criteria of partner selection yet. */
    public Partner(String id, String name, Role role, List<Representative> representatives, String essence,
            List<Interest> interests, List<Position> positions, List<CoreValue> coreValues,
            List<Contribution> contributions) {
        this(id, name, role, representatives, essence, interests, positions, coreValues, contributions,
                PartnerSelection.NONE);
    }

    public Partner withSelection(PartnerSelection newSelection) {
        return new Partner(id, name, role, representatives, essence, interests, positions, coreValues, contributions,
                newSelection);
    }

    public static Partner of(String name, Role role) {
        return new Partner(null, name, role, List.of(), "", List.of(), List.of(), List.of(), List.of());
    }

    public Partner withName(String newName) {
        return new Partner(id, newName, role, representatives, essence, interests, positions, coreValues,
                contributions, selection);
    }

    public Partner withRole(Role newRole) {
        return new Partner(id, name, newRole, representatives, essence, interests, positions, coreValues,
                contributions, selection);
    }

    public Partner withEssence(String newEssence) {
        return new Partner(id, name, role, representatives, newEssence, interests, positions, coreValues,
                contributions, selection);
    }

    public Partner withRepresentatives(List<Representative> newRepresentatives) {
        return new Partner(id, name, role, newRepresentatives, essence, interests, positions, coreValues,
                contributions, selection);
    }

    public Partner withRepresentative(Representative representative) {
        return withRepresentatives(Values.put(representatives, representative, Representative::id));
    }

    public Partner withoutRepresentative(String representativeId) {
        return withRepresentatives(Values.remove(representatives, representativeId, Representative::id));
    }

    public Partner withInterests(List<Interest> newInterests) {
        return new Partner(id, name, role, representatives, essence, newInterests, positions, coreValues,
                contributions, selection);
    }

    public Partner withInterest(Interest interest) {
        return withInterests(Values.put(interests, interest, Interest::id));
    }

    /** Whether this partner holds an interest with that id. */
    public boolean hasInterest(String interestId) {
        // a loop: asked for every position of the table on every change of the board; the hashes (kept in each
        // string) are compared first, so the other interests' ids are not read letter by letter
        int hash = interestId.hashCode();
        for (Interest i : interests) {
            String id = i.id();
            if (id.hashCode() == hash && id.equals(interestId)) {
                return true;
            }
        }
        return false;
    }

    /** Removes an interest, and with it every reference to it from the why-ladders of this partner's positions. */
    public Partner withoutInterest(String interestId) {
        return withInterests(Values.remove(interests, interestId, Interest::id))
                .withPositions(positions.stream().map(p -> p.withoutInterest(interestId)).toList());
    }

    public Partner withPositions(List<Position> newPositions) {
        return new Partner(id, name, role, representatives, essence, interests, newPositions, coreValues,
                contributions, selection);
    }

    /** Replaces the position with the same id, or adds it at the end. */
    public Partner withPosition(Position position) {
        return withPositions(Values.put(positions, position, Position::id));
    }

    public Partner withoutPosition(String positionId) {
        return withPositions(Values.remove(positions, positionId, Position::id));
    }

    /** The position with that id. */
    public java.util.Optional<Position> position(String positionId) {
        return positions.stream().filter(p -> p.id().equals(positionId)).findFirst();
    }

    /** The interest with that id. */
    public java.util.Optional<Interest> interest(String interestId) {
        return interests.stream().filter(i -> i.id().equals(interestId)).findFirst();
    }

    /** The representative with that id. */
    public java.util.Optional<Representative> representative(String representativeId) {
        return representatives.stream().filter(r -> r.id().equals(representativeId)).findFirst();
    }

    public Partner withCoreValues(List<CoreValue> newCoreValues) {
        return new Partner(id, name, role, representatives, essence, interests, positions, newCoreValues, contributions,
                selection);
    }

    public Partner withContributions(List<Contribution> newContributions) {
        return new Partner(id, name, role, representatives, essence, interests, positions, coreValues,
                newContributions, selection);
    }

    public Partner withContribution(Contribution contribution) {
        return withContributions(Values.put(contributions, contribution, Contribution::id));
    }

    /** Whether this partner holds a contribution with that id. */
    public boolean hasContribution(String contributionId) {
        return contributions.stream().anyMatch(c -> c.id().equals(contributionId));
    }

    public Partner withoutContribution(String contributionId) {
        return withContributions(Values.remove(contributions, contributionId, Contribution::id));
    }

    public List<Contribution> contributions(Direction direction) {
        return contributions.stream().filter(c -> c.direction() == direction).toList();
    }
}

package nl.koers.domain.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Dossier;
import nl.koers.domain.InterestLink;

/** The interest links by interest, so whether two interests are linked is looked up, not searched for. */
final class LinksByInterest {
    private final Map<String, List<InterestLink>> byInterest = new HashMap<>();

    LinksByInterest(Dossier d) {
        for (InterestLink l : d.interestLinks()) {
            l.interestIds().forEach(id -> byInterest.computeIfAbsent(id, k -> new ArrayList<>()).add(l));
        }
    }

    /** The links an interest is in; for most interests none. */
    List<InterestLink> of(String interestId) {
        return byInterest.getOrDefault(interestId, List.of());
    }

    /** Whether one of {@code links} (an interest's, from {@link #of}) holds the interest {@code other}. */
    static boolean linked(List<InterestLink> links, String other) {
        for (InterestLink l : links) {
            if (l.contains(other)) {
                return true;
            }
        }
        return false;
    }
}

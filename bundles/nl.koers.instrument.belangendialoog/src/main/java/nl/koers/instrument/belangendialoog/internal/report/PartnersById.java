package nl.koers.instrument.belangendialoog.internal.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.Partner;

/**
 * The partners of one dossier by their id and by the ids of their interests, looked up instead of searched: the
 * chapter names a partner for every shared interest, contradiction and open position, and a search of the table
 * for each made it grow with the square of the table. The first partner wins, as {@link Dossier#partner} and
 * {@link Dossier#partnerOfInterest} find it in a damaged file where two have the same id.
 */
final class PartnersById {
    private final Map<String, Partner> byId = new HashMap<>();
    private final Map<String, Partner> byInterest = new HashMap<>();

    PartnersById(Dossier d) {
        for (Partner p : d.partners()) {
            byId.putIfAbsent(p.id(), p);
            for (Interest i : p.interests()) {
                byInterest.putIfAbsent(i.id(), p);
            }
        }
    }

    Optional<Partner> partner(String partnerId) {
        return Optional.ofNullable(byId.get(partnerId));
    }

    /** The first partner that holds an interest with this id. */
    Optional<Partner> ofInterest(String interestId) {
        return Optional.ofNullable(byInterest.get(interestId));
    }
}

package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;

/**
 * Which partner the facilitator is filling in the card of, per dossier: steps 1 and 2 fill the same card, so
 * going from one to the other keeps the partner. Lives as long as the screens component; used on the UI thread.
 */
final class PartnerChoice {
    private final Map<String, String> chosen = new HashMap<>();

    /** The chosen partner, or the first when none was chosen or it left; empty when there are no partners. */
    Optional<Partner> get(Dossier dossier) {
        String id = chosen.get(dossier.id());
        Optional<Partner> p = id == null ? Optional.empty() : dossier.partner(id);
        return p.isPresent() ? p : dossier.partners().stream().findFirst();
    }

    void set(Dossier dossier, String partnerId) {
        chosen.put(dossier.id(), partnerId);
    }
}

package nl.koers.instrument.api.swt.kit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;

/**
 * Which partner the facilitator is working with, per dossier, so that the steps that show one partner at a time
 * show the same one. Lives as long as the screens component; used on the UI thread.
 */
public final class PartnerChoice {
    private final Map<String, String> chosen = new HashMap<>();

    /** The chosen partner, or the first when none was chosen or it left; empty when there are no partners. */
    public Optional<Partner> get(Dossier dossier) {
        String id = chosen.get(dossier.id());
        Optional<Partner> p = id == null ? Optional.empty() : dossier.partner(id);
        return p.isPresent() ? p : dossier.partners().stream().findFirst();
    }

    public void set(Dossier dossier, String partnerId) {
        chosen.put(dossier.id(), partnerId);
    }
}

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

    /** No partner chosen yet: keep one per screens component and hand it to every step that shows one partner. */
    public PartnerChoice() {
    }

    /**
     * {@return the chosen partner, or the first when none was chosen or it left; empty when there are no partners}
     *
     * @param dossier the dossier as it is now
     */
    public Optional<Partner> get(Dossier dossier) {
        String id = chosen.get(dossier.id());
        Optional<Partner> p = id == null ? Optional.empty() : dossier.partner(id);
        return p.isPresent() ? p : dossier.partners().stream().findFirst();
    }

    /**
     * Chooses a partner in a dossier; the steps that share this choice show it when they are shown next.
     *
     * @param dossier the dossier the partner is in
     * @param partnerId the partner's id
     */
    public void set(Dossier dossier, String partnerId) {
        chosen.put(dossier.id(), partnerId);
    }
}

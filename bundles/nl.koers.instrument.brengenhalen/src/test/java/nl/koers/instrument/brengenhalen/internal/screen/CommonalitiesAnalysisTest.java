package nl.koers.instrument.brengenhalen.internal.screen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.instrument.brengenhalen.internal.Dossiers;

/** What the commonalities step shows, worked out without a window, as on its background thread. */
class CommonalitiesAnalysisTest {
    private static final String DEMAND = "Weinig administratieve last";

    @Test
    void aDemandNoOtherPartnerSharesAWordWithIsLone() {
        Dossier d = Dossiers.sample();
        assertTrue(lone(d).stream().anyMatch(t -> t.startsWith(DEMAND)), lone(d).toString());
    }

    @Test
    void aDemandIsNoLongerLoneOnceAnotherPartnerHoldsItsWords() {
        Dossier d = Dossiers.sample();
        String text = lone(d).stream().filter(t -> t.startsWith(DEMAND)).findFirst().orElseThrow();
        Partner holder = d.partners().stream()
                .filter(p -> p.interests().stream().anyMatch(i -> i.text().equals(text))).findFirst().orElseThrow();
        Partner other = d.partners().stream().filter(p -> !p.id().equals(holder.id())).findFirst().orElseThrow();
        Dossier shared = d.withPartner(other.withInterest(Interest.of(text, Level.ORGANISATION, Firmness.WISH)));
        assertFalse(lone(shared).stream().anyMatch(t -> t.startsWith(DEMAND)), lone(shared).toString());
    }

    private static List<String> lone(Dossier d) {
        return new CommonalitiesAnalysis().see(d, false, false).demands().stream()
                .map(x -> CommonalitiesAnalysis.text(d, x)).toList();
    }
}

package nl.koers.instrument.brengenhalen.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.analysis.Found;

/** A search's find opens the step that shows it; what no step shows opens none. */
class RevealTest {
    private static final Partner GEMEENTE = Partner.of("Gemeente", Role.CORE)
            .withInterest(new Interest("i-org", "Zon op daken", Level.ORGANISATION, null))
            .withInterest(new Interest("i-net", "Een net dat het aankan", Level.NETWORK, null));
    private static final Dossier DOSSIER = Dossier.titled("Zon").withPartner(GEMEENTE);

    @Test
    void aPartnersEssenceInterestsAndContributionsOpenTheirSteps() {
        BrengenhalenScreens screens = new BrengenhalenScreens();
        assertEquals(0, screens.reveal(DOSSIER, found(Found.Kind.ESSENCE, GEMEENTE.id(), GEMEENTE.id())));
        assertEquals(1, screens.reveal(DOSSIER, found(Found.Kind.INTEREST, GEMEENTE.id(), "i-org")));
        assertEquals(1, screens.reveal(DOSSIER, found(Found.Kind.CORE_VALUE, GEMEENTE.id(), "v")));
        assertEquals(2, screens.reveal(DOSSIER, found(Found.Kind.CONTRIBUTION, GEMEENTE.id(), "c")));
        assertEquals(-1, screens.reveal(DOSSIER, found(Found.Kind.AMBITION, "", "round")));
    }

    private static Found found(Found.Kind kind, String partnerId, String itemId) {
        return new Found(kind, partnerId, itemId, "tekst", 0, 5);
    }
}

package nl.koers.instrument.belangendialoog.internal.screen;

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
    void anInterestOpensTheStepOfItsLevelAndAPositionOrWhyThePositions() {
        BelangendialoogScreens screens = new BelangendialoogScreens();
        assertEquals(3, screens.reveal(DOSSIER, found(Found.Kind.INTEREST, GEMEENTE.id(), "i-org")));
        assertEquals(4, screens.reveal(DOSSIER, found(Found.Kind.INTEREST, GEMEENTE.id(), "i-net")));
        assertEquals(-1, screens.reveal(DOSSIER, found(Found.Kind.INTEREST, GEMEENTE.id(), "i-gone")),
                "an interest removed since the search");
        assertEquals(5, screens.reveal(DOSSIER, found(Found.Kind.POSITION, GEMEENTE.id(), "p")));
        assertEquals(5, screens.reveal(DOSSIER, found(Found.Kind.WHY, GEMEENTE.id(), "p")));
        for (Found.Kind kind : List.of(Found.Kind.CONTRIBUTION, Found.Kind.AMBITION, Found.Kind.CANVAS_NOTE)) {
            assertEquals(-1, screens.reveal(DOSSIER, found(kind, GEMEENTE.id(), "x")), kind.name());
        }
    }

    private static Found found(Found.Kind kind, String partnerId, String itemId) {
        return new Found(kind, partnerId, itemId, "tekst", 0, 5);
    }
}

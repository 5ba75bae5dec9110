package nl.koers.instrument.netwerkambitie.internal.screen;

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
    void interestsContributionsAndTheAmbitionOpenTheirSteps() {
        NetwerkambitieScreens screens = new NetwerkambitieScreens();
        assertEquals(0, screens.reveal(DOSSIER, found(Found.Kind.INTEREST, GEMEENTE.id(), "i-org")));
        assertEquals(1, screens.reveal(DOSSIER, found(Found.Kind.CONTRIBUTION, GEMEENTE.id(), "c")));
        for (Found.Kind kind : List.of(Found.Kind.AMBITION, Found.Kind.FACT, Found.Kind.ENDORSEMENT)) {
            assertEquals(3, screens.reveal(DOSSIER, found(kind, "", "round")), kind.name());
        }
        assertEquals(-1, screens.reveal(DOSSIER, found(Found.Kind.POSITION, GEMEENTE.id(), "p")));
    }

    private static Found found(Found.Kind kind, String partnerId, String itemId) {
        return new Found(kind, partnerId, itemId, "tekst", 0, 5);
    }
}

package nl.koers.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Lens;
import nl.koers.domain.Partner;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;

class LensProfileTest {
    @Test
    void countsEveryLensOfEveryPersonAndNamesTheLensNobodyWears() {
        Representative anna = new Representative("anna", "Anna", "", List.of(Lens.POLITICAL, Lens.MEANING));
        Representative bert = new Representative("bert", "Bert", "", List.of(Lens.UTILITARIAN));
        Representative cor = new Representative("cor", "Cor", "", List.of(Lens.UTILITARIAN, Lens.POLITICAL));
        Representative dirk = new Representative("dirk", "Dirk", "", List.of());
        Dossier d = Dossier.titled("x").withPartners(List.of(
                Partner.of("A", Role.CORE).withRepresentatives(List.of(anna, bert)),
                Partner.of("B", Role.CHAIN).withRepresentatives(List.of(cor, dirk)),
                Partner.of("C", Role.CHAIN)));
        LensProfile profile = LensProfile.of(d);
        assertEquals(4, profile.people());
        assertEquals(2, profile.count(Lens.UTILITARIAN));
        assertEquals(2, profile.count(Lens.POLITICAL));
        assertEquals(1, profile.count(Lens.MEANING));
        assertEquals(0, profile.count(Lens.RELATIONAL));
        assertEquals(List.of("bert", "cor"), profile.wearers().get(Lens.UTILITARIAN));
        assertEquals(List.of(Lens.RELATIONAL), profile.nobody());
        assertEquals(List.of("dirk"), profile.withoutLens());
        assertEquals(2, profile.most());
    }

    @Test
    void anEmptyTableHasNoLensNobodyWears() {
        LensProfile profile = LensProfile.of(Dossier.titled("leeg"));
        assertEquals(0, profile.people());
        assertEquals(List.of(), profile.nobody());
        assertEquals(0, profile.most());
        for (Lens l : Lens.values()) {
            assertEquals(0, profile.count(l));
        }
    }

    @Test
    void withoutAnyLensNotedEveryLensIsUnworn() {
        Dossier d = Dossier.titled("x").withPartners(List.of(Partner.of("A", Role.CORE)
                .withRepresentatives(List.of(Representative.of("Eva", "")))));
        assertEquals(List.of(Lens.values()), LensProfile.of(d).nobody());
    }
}

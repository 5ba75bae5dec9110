package nl.koers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The dossier's partners found by id and by interest as a search through the list finds them, on random tables with
 * ids and interest ids that repeat, through edits that replace, add and remove partners.
 */
class PartnerListTest {
    @Test
    void findsWhatASearchThroughTheListFinds() {
        Random random = new Random(15);
        for (int round = 0; round < 300; round++) {
            Dossier d = Dossier.titled("Proef").withPartners(randomPartners(random, random.nextInt(12)));
            for (int edit = 0; edit < 8; edit++) {
                d = switch (random.nextInt(3)) {
                    case 0 -> d.withPartner(randomPartner(random)); // in the place of the one with its id, or added
                    case 1 -> d.partners().isEmpty() ? d
                            : d.withPartners(d.partners().subList(1, d.partners().size()));
                    default -> d.withPartners(new ArrayList<>(d.partners()));
                };
                for (int id = 0; id < 10; id++) {
                    assertEquals(searched(d, "p" + id), d.partner("p" + id), "partner p" + id + " in " + d.partners());
                    assertEquals(holding(d, "i" + id), d.partnerOfInterest("i" + id), "interest i" + id);
                }
            }
        }
    }

    @Test
    void replacingAPartnerKeepsItsPlaceAndAddingOnePutsItLast() {
        Partner a = partner("a", "A");
        Partner b = partner("b", "B");
        Dossier d = Dossier.titled("Proef").withPartners(List.of(a, b));
        d.partner("b"); // the places are known now, and shared by the list with a partner renamed
        Partner renamed = b.withName("B2");
        Dossier edited = d.withPartner(renamed).withPartner(partner("c", "C"));

        assertEquals(List.of(a, renamed, partner("c", "C")), edited.partners(), "a list as any other");
        assertEquals(Optional.of(renamed), edited.partner("b"));
        assertEquals(Optional.of(b), d.partner("b"), "the dossier before is as it was");
        assertEquals(List.of(a, renamed).hashCode(), d.withPartner(renamed).partners().hashCode());
    }

    @Test
    void cannotChangeAndHoldsNoNulls() {
        Dossier d = Dossier.titled("Proef").withPartners(List.of(partner("a", "A")));
        assertThrows(UnsupportedOperationException.class, () -> d.partners().add(partner("b", "B")));
        assertThrows(UnsupportedOperationException.class, () -> d.partners().set(0, partner("b", "B")));
        List<Partner> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> Dossier.titled("Proef").withPartners(withNull));
        assertSame(d.partners(), d.withAmbition(Ambition.NONE).partners(), "an edit elsewhere keeps the list, and what it knows");
    }

    private static Optional<Partner> searched(Dossier d, String id) {
        return d.partners().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static Optional<Partner> holding(Dossier d, String interestId) {
        return d.partners().stream().filter(p -> p.interests().stream().anyMatch(i -> i.id().equals(interestId)))
                .findFirst();
    }

    private static List<Partner> randomPartners(Random random, int n) {
        List<Partner> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(randomPartner(random));
        }
        return out;
    }

    private static Partner randomPartner(Random random) {
        List<Interest> interests = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            interests.add(new Interest("i" + random.nextInt(10), "belang", Level.NETWORK, Firmness.WISH));
        }
        return partner("p" + random.nextInt(10), "P" + random.nextInt(100)).withInterests(interests);
    }

    private static Partner partner(String id, String name) {
        return new Partner(id, name, Role.CORE, List.of(), "", List.of(), List.of(), List.of(), List.of());
    }
}

package nl.koers.domain.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.InterestLink;
import nl.koers.domain.Lens;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;

/** The edits of the interest dialogue: positions and their why-ladders, core values, lenses, shared interests. */
class DialogueEditsTest {
    private final Interest regie = Interest.of("Verantwoording aan de raad", Level.ORGANISATION, Firmness.DEMAND);
    private final Interest plekken = Interest.of("Genoeg leerplekken", Level.ORGANISATION, Firmness.WISH);
    private final Interest diploma = Interest.of("Jongeren met een diploma", Level.NETWORK, Firmness.WISH);
    private final Representative anna = Representative.of("Anna", "wethouder", Lens.POLITICAL);
    private final Partner gemeente = Partner.of("Gemeente", Role.CORE).withInterests(List.of(regie))
            .withRepresentatives(List.of(anna));
    private final Partner roc = Partner.of("ROC", Role.CORE).withInterests(List.of(plekken, diploma));

    private DossierSession session() {
        return new DossierSession(Dossier.titled("Jongeren").withPartner(gemeente).withPartner(roc));
    }

    private static Partner partner(DossierSession s, Partner p) {
        return s.dossier().partner(p.id()).orElseThrow();
    }

    @Test
    void aPositionDescendsByWhyToItsInterests() {
        DossierSession s = session();
        Position pos = Position.of("Wij houden de regie");
        s.apply(Edits.addPosition(gemeente.id(), pos));
        s.apply(Edits.addWhy(gemeente.id(), pos.id(), "Omdat wij betalen"));
        s.apply(Edits.addWhy(gemeente.id(), pos.id(), "Omdat de raad ons afrekent"));
        s.apply(Edits.addWhy(gemeente.id(), pos.id(), "Omdat"));
        s.apply(Edits.updateWhy(gemeente.id(), pos.id(), 2, "Omdat het geld van de inwoners is"));
        s.apply(Edits.removeWhy(gemeente.id(), pos.id(), 0));
        s.apply(Edits.linkPositionInterest(gemeente.id(), pos.id(), regie.id()));
        Interest nieuw = Interest.of("Zichtbaar resultaat", Level.INDIVIDUAL, Firmness.WISH);
        s.apply(Edits.addInterestUnderPosition(gemeente.id(), pos.id(), nieuw));
        Position now = partner(s, gemeente).position(pos.id()).orElseThrow();
        assertEquals(List.of("Omdat de raad ons afrekent", "Omdat het geld van de inwoners is"), now.whys());
        assertEquals(List.of(regie.id(), nieuw.id()), now.interestIds());
        assertTrue(partner(s, gemeente).hasInterest(nieuw.id()));

        s.undo(); // the new interest and its place under the position go as one
        assertFalse(partner(s, gemeente).hasInterest(nieuw.id()));
        assertEquals(List.of(regie.id()), partner(s, gemeente).position(pos.id()).orElseThrow().interestIds());

        s.apply(Edits.unlinkPositionInterest(gemeente.id(), pos.id(), regie.id()));
        assertEquals(List.of(), partner(s, gemeente).position(pos.id()).orElseThrow().interestIds());
        Position held = partner(s, gemeente).position(pos.id()).orElseThrow();
        s.apply(Edits.updatePosition(gemeente.id(), held.withText("Wij willen meebeslissen")));
        assertEquals("Wij willen meebeslissen", partner(s, gemeente).positions().get(0).text());
        s.apply(Edits.removePosition(gemeente.id(), pos.id()));
        assertEquals(List.of(), partner(s, gemeente).positions());
    }

    @Test
    void laddersRefuseWhatIsNotThere() {
        DossierSession s = session();
        Position pos = Position.of("Eerst een diploma");
        s.apply(Edits.addPosition(roc.id(), pos));
        assertRefused(s, Edits.addPosition(roc.id(), pos), pos.id());
        // people count rungs from one: rung 0 is the first "why?"
        assertRefused(s, Edits.updateWhy(roc.id(), pos.id(), 0, "x"), "why number 1");
        assertRefused(s, Edits.removeWhy(roc.id(), pos.id(), -1), "why number 0");
        assertRefused(s, Edits.addWhy(roc.id(), "geen", "x"), "geen");
        // a ladder ends in interests of its own partner only
        assertRefused(s, Edits.linkPositionInterest(roc.id(), pos.id(), regie.id()), regie.id());
        assertRefused(s, Edits.addPosition(roc.id(), new Position(null, "x", List.of(), List.of(regie.id()))),
                regie.id());
        assertRefused(s, Edits.addInterestUnderPosition(roc.id(), pos.id(), plekken), plekken.id());
    }

    @Test
    void theCoreValueMarkIsKeptByEditsThatDoNotKnowIt() {
        DossierSession s = session();
        s.apply(Edits.markCoreValue(gemeente.id(), regie.id(), true));
        assertTrue(partner(s, gemeente).interests().get(0).coreValue());
        // a face that rebuilds the interest with the old constructor changes the text, not the mark
        s.apply(Edits.updateInterest(gemeente.id(), new Interest(regie.id(), "Verantwoording", Level.ORGANISATION,
                Firmness.DEMAND)));
        Interest now = partner(s, gemeente).interests().get(0);
        assertEquals("Verantwoording", now.text());
        assertTrue(now.coreValue());
        s.apply(Edits.markCoreValue(gemeente.id(), regie.id(), false));
        assertFalse(partner(s, gemeente).interests().get(0).coreValue());
        assertRefused(s, Edits.markCoreValue(gemeente.id(), plekken.id(), true), plekken.id());
        assertFalse(new Interest("i", "t", Level.NETWORK, Firmness.WISH).coreValue());
    }

    @Test
    void representativesAndTheirLenses() {
        DossierSession s = session();
        s.apply(Edits.setLenses(gemeente.id(), anna.id(), List.of(Lens.MEANING, Lens.POLITICAL, Lens.MEANING)));
        assertEquals(List.of(Lens.POLITICAL, Lens.MEANING), partner(s, gemeente).representatives().get(0).lenses());
        Representative piet = Representative.of("Piet", "directeur");
        s.apply(Edits.addRepresentative(roc.id(), piet));
        assertRefused(s, Edits.addRepresentative(roc.id(), piet), piet.id());
        s.apply(Edits.updateRepresentative(roc.id(), piet.withName("Piet de Vries")));
        assertEquals("Piet de Vries", partner(s, roc).representatives().get(0).name());
        s.apply(Edits.removeRepresentative(roc.id(), piet.id()));
        assertEquals(List.of(), partner(s, roc).representatives());
        assertRefused(s, Edits.setLenses(roc.id(), piet.id(), List.of(Lens.UTILITARIAN)), piet.id());
    }

    @Test
    void sharedInterestsLinkAtLeastTwoPartners() {
        DossierSession s = session();
        InterestLink link = InterestLink.of("Jongeren een plek", regie.id(), plekken.id());
        s.apply(Edits.linkInterests(link));
        assertEquals(List.of(link), s.dossier().interestLinks());
        s.apply(Edits.addToLink(link.id(), diploma.id()));
        s.apply(Edits.noteLink(link.id(), "Elke jongere een plek"));
        InterestLink now = s.dossier().interestLinks().get(0);
        assertEquals(List.of(regie.id(), plekken.id(), diploma.id()), now.interestIds());
        assertEquals("Elke jongere een plek", now.note());

        assertRefused(s, Edits.linkInterests(link), link.id());
        assertRefused(s, Edits.linkInterests(InterestLink.of("", plekken.id(), diploma.id())), "two partners");
        assertRefused(s, Edits.linkInterests(InterestLink.of("", regie.id(), "weg")), "weg");
        assertRefused(s, Edits.noteLink("geen", "x"), "geen");

        s.apply(Edits.unlinkInterests(link.id()));
        assertEquals(List.of(), s.dossier().interestLinks());
        assertRefused(s, Edits.unlinkInterests(link.id()), link.id());
    }

    @Test
    void removingAnInterestOrAPartnerTakesItOutOfTheLinks() {
        DossierSession s = session();
        InterestLink three = InterestLink.of("", regie.id(), plekken.id(), diploma.id());
        Interest tweede = Interest.of("Minder papier", Level.ORGANISATION, Firmness.WISH);
        s.apply(Edits.addInterest(gemeente.id(), tweede));
        InterestLink two = InterestLink.of("", tweede.id(), diploma.id());
        s.apply(Edits.linkInterests(three));
        s.apply(Edits.linkInterests(two));

        // still two partners in the first link; the second is left with one partner and goes
        s.apply(Edits.removeInterest(roc.id(), diploma.id()));
        assertEquals(List.of(three.without(diploma.id())), s.dossier().interestLinks());
        s.undo();
        assertEquals(List.of(three, two), s.dossier().interestLinks());

        s.apply(Edits.removePartner(roc.id()));
        assertEquals(List.of(), s.dossier().interestLinks());
        s.undo();
        assertEquals(List.of(three, two), s.dossier().interestLinks());
    }

    @Test
    void theOldDossierConstructorHasNoLinksAndEveryChangeKeepsThem() {
        Dossier old = new Dossier("d", "t", "", "", null, null, List.of(), null, List.of(), null, null);
        assertEquals(List.of(), old.interestLinks());
        Dossier d = session().dossier();
        InterestLink link = InterestLink.of("", regie.id(), plekken.id());
        Dossier linked = d.withInterestLink(link);
        for (Dossier changed : List.of(linked.withDetails("x", "", "", null, null), linked.withPartners(d.partners()),
                linked.withAmbition(d.ambition()), linked.withCanvasNotes(List.of()),
                linked.withInstrumentData("belangendialoog", java.util.Map.of("a", 1)))) {
            assertEquals(List.of(link), changed.interestLinks());
        }
    }

    private static void assertRefused(DossierSession s, Edit edit, String id) {
        Dossier before = s.dossier();
        var e = assertThrows(EditRefused.class, () -> s.apply(edit));
        assertTrue(e.getMessage().contains(id), () -> "the message names " + id + ": " + e.getMessage());
        assertEquals(before, s.dossier());
    }
}

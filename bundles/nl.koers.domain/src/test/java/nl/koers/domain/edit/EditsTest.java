package nl.koers.domain.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.Endorsement;
import nl.koers.domain.Fact;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.InterestLink;
import nl.koers.domain.Level;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.Partner;
import nl.koers.domain.PartnerSelection;
import nl.koers.domain.Position;
import nl.koers.domain.Recognition;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;
import nl.koers.domain.Texts;

class EditsTest {
    private final Interest thuis = Interest.of("ouderen wonen langer thuis", Level.NETWORK, Firmness.DEMAND);
    private final Interest budget = Interest.of("binnen budget blijven", Level.ORGANISATION, Firmness.WISH);
    private final Contribution uren = Contribution.bring(Category.PEOPLE, "wijkverpleegkundige")
            .withAmount(new BigDecimal("16"), "uur/maand");
    private final Contribution geld = Contribution.get(Category.MEANS, "subsidie").withFirmness(Firmness.DEMAND);
    private final Partner gemeente = Partner.of("Gemeente Tiel", Role.CORE);
    private final Partner zorg = Partner.of("Zorggroep Betuwe", Role.CHAIN);
    private final AmbitionVersion ronde1 = AmbitionVersion.of(1, LocalDate.of(2025, 3, 1), "Samen zorgen");

    private DossierSession session() {
        return new DossierSession(Dossier.titled("Wijkzorg").withPartner(gemeente).withPartner(zorg));
    }

    private static Partner partner(DossierSession s, Partner p) {
        return s.dossier().partner(p.id()).orElseThrow();
    }

    /** The edit is refused with a message naming the id, and the session records nothing. */
    private static void assertRefused(DossierSession s, Edit edit, String id) {
        Dossier before = s.dossier();
        Optional<String> undoBefore = s.undoLabel();
        var e = assertThrows(EditRefused.class, () -> s.apply(edit));
        assertTrue(e.getMessage().contains(id), () -> "the message names " + id + ": " + e.getMessage());
        assertEquals(before, s.dossier());
        assertEquals(undoBefore, s.undoLabel());
    }

    // ---- interests

    @Test
    void interestsAreAddedChangedAndRemovedAndUndone() {
        var s = session();
        s.apply(Edits.addInterest(gemeente.id(), thuis));
        s.apply(Edits.addInterest(gemeente.id(), budget));
        assertEquals(List.of(thuis, budget), partner(s, gemeente).interests());
        assertEquals(Optional.of("edit.addInterest"), s.undoLabel());

        var firmer = new Interest(budget.id(), "binnen budget", Level.ORGANISATION, Firmness.DEMAND);
        s.apply(Edits.updateInterest(gemeente.id(), firmer));
        assertEquals(List.of(thuis, firmer), partner(s, gemeente).interests(), "replaced in place");

        s.apply(Edits.removeInterest(gemeente.id(), thuis.id()));
        assertEquals(List.of(firmer), partner(s, gemeente).interests());
        assertEquals(Optional.of("edit.removeInterest"), s.undoLabel());

        s.undo();
        assertEquals(List.of(thuis, firmer), partner(s, gemeente).interests());
        s.undo();
        assertEquals(List.of(thuis, budget), partner(s, gemeente).interests());
        s.undo();
        s.undo();
        assertTrue(partner(s, gemeente).interests().isEmpty());
        assertTrue(partner(s, zorg).interests().isEmpty(), "the other partner is untouched throughout");
    }

    @Test
    void removingAnInterestTakesItOffThePositionsThatEndInIt() {
        var standpunt = new Position(null, "Geen extra bedden", List.of("te duur"), List.of(thuis.id(), budget.id()));
        var s = new DossierSession(Dossier.titled("W").withPartner(
                gemeente.withInterests(List.of(thuis, budget)).withPositions(List.of(standpunt))));
        s.apply(Edits.removeInterest(gemeente.id(), thuis.id()));
        var position = partner(s, gemeente).positions().get(0);
        assertEquals(List.of(budget.id()), position.interestIds());
        assertEquals(List.of("te duur"), position.whys());
        s.undo();
        assertEquals(List.of(thuis.id(), budget.id()), partner(s, gemeente).positions().get(0).interestIds());
    }

    @Test
    void unknownPartnersAndInterestsAreRefused() {
        var s = session();
        s.apply(Edits.addInterest(gemeente.id(), thuis));
        assertRefused(s, Edits.addInterest("no-such-partner", budget), "no-such-partner");
        assertRefused(s, Edits.addInterest(gemeente.id(), thuis), thuis.id());
        assertRefused(s, Edits.updateInterest(gemeente.id(), budget), budget.id());
        assertRefused(s, Edits.updateInterest(zorg.id(), thuis), thuis.id());
        assertRefused(s, Edits.removeInterest(gemeente.id(), "no-such-interest"), "no-such-interest");
        assertRefused(s, Edits.removeInterest(zorg.id(), thuis.id()), thuis.id());
        assertRefused(s, Edits.removeInterest("ghost", thuis.id()), "ghost");
    }

    // ---- bring and get

    @Test
    void contributionsAreAddedChangedAndRemovedAndUndone() {
        var s = session();
        s.apply(Edits.addContribution(zorg.id(), uren));
        s.apply(Edits.addContribution(zorg.id(), geld));
        assertEquals(List.of(uren, geld), partner(s, zorg).contributions());

        var meer = uren.withAmount(new BigDecimal("24"), "uur/maand");
        s.apply(Edits.updateContribution(zorg.id(), meer));
        assertEquals(List.of(meer, geld), partner(s, zorg).contributions(), "replaced in place");
        assertEquals(Optional.of("edit.updateContribution"), s.undoLabel());

        s.apply(Edits.removeContribution(zorg.id(), uren.id()));
        assertEquals(List.of(geld), partner(s, zorg).contributions());

        s.undo();
        assertEquals(List.of(meer, geld), partner(s, zorg).contributions());
        s.undo();
        assertEquals(List.of(uren, geld), partner(s, zorg).contributions());
        s.redo();
        s.redo();
        assertEquals(List.of(geld), partner(s, zorg).contributions());
    }

    @Test
    void unknownContributionsAreRefused() {
        var s = session();
        s.apply(Edits.addContribution(zorg.id(), uren));
        assertRefused(s, Edits.addContribution("nobody", geld), "nobody");
        assertRefused(s, Edits.addContribution(zorg.id(), uren), uren.id());
        assertRefused(s, Edits.updateContribution(zorg.id(), geld), geld.id());
        assertRefused(s, Edits.updateContribution("nobody", uren), "nobody");
        assertRefused(s, Edits.removeContribution(gemeente.id(), uren.id()), uren.id());
        assertRefused(s, Edits.removeContribution("nobody", uren.id()), "nobody");
    }

    @Test
    void essenceIsSetAndUndone() {
        var s = session();
        s.apply(Edits.setEssence(gemeente.id(), "zorg dichtbij huis"));
        assertEquals("zorg dichtbij huis", partner(s, gemeente).essence());
        assertEquals(Optional.of("edit.setEssence"), s.undoLabel());
        s.apply(Edits.setEssence(gemeente.id(), "zorg dichtbij huis"));
        assertEquals(1, countUndos(s), "setting the same essence again is not recorded");
        s.undo();
        assertEquals("", partner(s, gemeente).essence());
        assertRefused(s, Edits.setEssence("nobody", "x"), "nobody");
    }

    // ---- the shared ambition

    @Test
    void ambitionVersionsAreAddedChangedAndRemovedAndUndone() {
        var s = session();
        s.apply(Edits.addAmbitionVersion(ronde1));
        var ronde2 = ronde1.nextRound(LocalDate.of(2025, 4, 1)).withStatement("Samen zorgen, dichtbij");
        s.apply(Edits.addAmbitionVersion(ronde2));
        assertEquals(List.of(ronde1, ronde2), s.dossier().ambition().versions());
        assertEquals(Optional.of(ronde2), s.dossier().ambition().current());
        assertEquals(2, ronde2.round());

        var concreet = ronde1.withConcretisation("elke week overleg")
                .withFacts(List.of(new Fact("30% is 75+", "CBS 2024")));
        s.apply(Edits.updateAmbitionVersion(concreet));
        assertEquals(List.of(concreet, ronde2), s.dossier().ambition().versions(), "replaced in place");

        s.apply(Edits.removeAmbitionVersion(ronde2.id()));
        assertEquals(List.of(concreet), s.dossier().ambition().versions());
        assertEquals(Optional.of("edit.removeAmbitionVersion"), s.undoLabel());

        s.undo();
        s.undo();
        assertEquals(List.of(ronde1, ronde2), s.dossier().ambition().versions());
        s.undo();
        s.undo();
        assertTrue(s.dossier().ambition().versions().isEmpty());
    }

    @Test
    void unknownAmbitionVersionsAreRefused() {
        var s = session();
        s.apply(Edits.addAmbitionVersion(ronde1));
        assertRefused(s, Edits.addAmbitionVersion(ronde1.withStatement("dubbel")), ronde1.id());
        var other = AmbitionVersion.of(2, LocalDate.of(2025, 4, 1), "Anders");
        assertRefused(s, Edits.updateAmbitionVersion(other), other.id());
        assertRefused(s, Edits.removeAmbitionVersion("no-such-version"), "no-such-version");
        assertRefused(s, Edits.endorse("no-such-version", gemeente.id(), new Endorsement(Recognition.YES, "")),
                "no-such-version");
    }

    @Test
    void endorsementsAreRecordedChangedRemovedAndUndone() {
        var s = session();
        s.apply(Edits.addAmbitionVersion(ronde1));
        var ja = new Endorsement(Recognition.YES, "helemaal");
        var deels = new Endorsement(Recognition.PARTLY, "te vaag");
        s.apply(Edits.endorse(ronde1.id(), gemeente.id(), ja));
        s.apply(Edits.endorse(ronde1.id(), zorg.id(), deels));
        assertEquals(Map.of(gemeente.id(), ja, zorg.id(), deels), endorsements(s));
        assertEquals(Optional.of("edit.endorse"), s.undoLabel());

        var nee = new Endorsement(Recognition.NO, "");
        s.apply(Edits.endorse(ronde1.id(), zorg.id(), nee));
        assertEquals(Map.of(gemeente.id(), ja, zorg.id(), nee), endorsements(s));

        s.apply(Edits.endorse(ronde1.id(), gemeente.id(), null));
        assertEquals(Map.of(zorg.id(), nee), endorsements(s), "null takes the endorsement back");

        s.undo();
        s.undo();
        assertEquals(Map.of(gemeente.id(), ja, zorg.id(), deels), endorsements(s));
        s.undo();
        s.undo();
        assertEquals(Map.of(), endorsements(s));
    }

    @Test
    void endorsementsOfUnknownPartnersAreRefusedButALeftPartnersCanBeTakenBack() {
        var s = session();
        s.apply(Edits.addAmbitionVersion(ronde1));
        assertRefused(s, Edits.endorse(ronde1.id(), "stranger", new Endorsement(Recognition.YES, "")), "stranger");
        assertRefused(s, Edits.endorse(ronde1.id(), "stranger", null), "stranger");

        s.apply(Edits.endorse(ronde1.id(), zorg.id(), new Endorsement(Recognition.YES, "")));
        s.apply(Edits.removePartner(zorg.id()));
        assertTrue(endorsements(s).containsKey(zorg.id()), "a partner's endorsement stays as history");
        assertRefused(s, Edits.endorse(ronde1.id(), zorg.id(), new Endorsement(Recognition.NO, "")), zorg.id());
        s.apply(Edits.endorse(ronde1.id(), zorg.id(), null));
        assertEquals(Map.of(), endorsements(s));
    }

    // ---- words

    @Test
    void everyEditHasItsNameInBothLanguages() throws Exception {
        Texts nl = Texts.words(Locale.of("nl"));
        Texts en = Texts.words(Locale.ENGLISH);
        for (Supplier<Edit> edit : List.<Supplier<Edit>>of(
                () -> Edits.addInterest("p", thuis), () -> Edits.updateInterest("p", thuis),
                () -> Edits.removeInterest("p", "i"), () -> Edits.addContribution("p", uren),
                () -> Edits.updateContribution("p", uren), () -> Edits.removeContribution("p", "c"),
                () -> Edits.setEssence("p", "e"), () -> Edits.addAmbitionVersion(ronde1),
                () -> Edits.updateAmbitionVersion(ronde1), () -> Edits.removeAmbitionVersion("v"),
                () -> Edits.endorse("v", "p", null), () -> Edits.markCoreValue("p", "i", true),
                () -> Edits.addRepresentative("p", Representative.of("A", "")),
                () -> Edits.updateRepresentative("p", Representative.of("A", "")),
                () -> Edits.removeRepresentative("p", "r"), () -> Edits.setLenses("p", "r", List.of()),
                () -> Edits.addPosition("p", Position.of("x")), () -> Edits.updatePosition("p", Position.of("x")),
                () -> Edits.removePosition("p", "x"), () -> Edits.addWhy("p", "x", "w"),
                () -> Edits.updateWhy("p", "x", 0, "w"), () -> Edits.removeWhy("p", "x", 0),
                () -> Edits.linkPositionInterest("p", "x", "i"), () -> Edits.unlinkPositionInterest("p", "x", "i"),
                () -> Edits.addInterestUnderPosition("p", "x", thuis),
                () -> Edits.linkInterests(InterestLink.of("", "a", "b")),
                () -> Edits.addToLink("l", "i"), () -> Edits.noteLink("l", "n"), () -> Edits.unlinkInterests("l"),
                () -> Edits.selection("p", PartnerSelection.NONE),
                () -> IssueEdits.add(OpenIssue.of("x", "")),
                () -> IssueEdits.update(OpenIssue.of("x", "")), () -> IssueEdits.remove("x"))) {
            String key = edit.get().labelKey();
            assertTrue(nl.has(key), () -> "Dutch name for " + key);
            assertTrue(en.has(key), () -> "English name for " + key);
        }
        int edits = 0;
        for (Method m : Edits.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == Edit.class) {
                edits++;
            }
        }
        assertEquals(37, edits, "a new edit needs a line above");
        assertFalse(nl.get("edit.addInterest").equals(en.get("edit.addInterest")));
    }

    private static Map<String, Endorsement> endorsements(DossierSession s) {
        return s.dossier().ambition().versions().get(0).endorsements();
    }

    private static int countUndos(DossierSession s) {
        int n = 0;
        while (s.canUndo()) {
            s.undo();
            n++;
        }
        for (int i = 0; i < n; i++) {
            s.redo();
        }
        return n;
    }
}

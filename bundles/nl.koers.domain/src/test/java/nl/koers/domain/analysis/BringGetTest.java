package nl.koers.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.analysis.Finding.Kind;

class BringGetTest {
    private static Contribution bring(Category c) {
        return Contribution.bring(c, "brengt " + c);
    }

    private static Contribution bring(Category c, String amount, String unit) {
        return bring(c).withAmount(new BigDecimal(amount), unit);
    }

    private static Contribution wish(Category c) {
        return Contribution.get(c, "wil " + c);
    }

    private static Contribution demand(Category c) {
        return wish(c).withFirmness(Firmness.DEMAND);
    }

    private static Contribution demand(Category c, String amount, String unit) {
        return demand(c).withAmount(new BigDecimal(amount), unit);
    }

    private static Partner partner(String name, Contribution... items) {
        return Partner.of(name, Role.CORE).withContributions(List.of(items));
    }

    private static Dossier dossier(Partner... partners) {
        return Dossier.titled("Test").withPartners(List.of(partners));
    }

    private static ContributionRef ref(Partner p, Contribution c) {
        return new ContributionRef(p.id(), c.id());
    }

    /** A match by its two items and category, without its reason. */
    static List<Object> pair(Match m) {
        return List.of(m.bring(), m.get(), m.category());
    }

    private static List<Finding> findings(Dossier d, Kind kind) {
        return BringGet.findings(d).stream().filter(f -> f.kind() == kind).toList();
    }

    // ---- unanswered demand

    @Test
    void aDemandNobodyElseBringsIsUnanswered() {
        var want = demand(Category.KNOWLEDGE);
        var a = partner("A", want);
        var b = partner("B", bring(Category.MEANS), wish(Category.MEANS));
        assertEquals(List.of(new Finding(Kind.UNANSWERED_DEMAND, Category.KNOWLEDGE, List.of(ref(a, want)))),
                findings(dossier(a, b), Kind.UNANSWERED_DEMAND));
    }

    @Test
    void aDemandAnotherPartnerBringsIsAnswered() {
        var a = partner("A", demand(Category.KNOWLEDGE));
        var b = partner("B", bring(Category.KNOWLEDGE));
        assertTrue(findings(dossier(a, b), Kind.UNANSWERED_DEMAND).isEmpty());
    }

    @Test
    void aPartnersOwnBringDoesNotAnswerItsOwnDemand() {
        var want = demand(Category.PEOPLE);
        var a = partner("A", bring(Category.PEOPLE), want);
        var b = partner("B", bring(Category.MEANS));
        assertEquals(List.of(ref(a, want)), findings(dossier(a, b), Kind.UNANSWERED_DEMAND).get(0).refs());
    }

    @Test
    void aWishNobodyAnswersIsNoFinding() {
        var a = partner("A", wish(Category.REPUTATION));
        var b = partner("B", bring(Category.MEANS));
        assertTrue(findings(dossier(a, b), Kind.UNANSWERED_DEMAND).isEmpty());
    }

    @Test
    void otherIsAnsweredOnlyByOther() {
        var a = partner("A", demand(Category.OTHER), demand(Category.NETWORK));
        var b = partner("B", bring(Category.OTHER), bring(Category.RELATIONS));
        var unanswered = findings(dossier(a, b), Kind.UNANSWERED_DEMAND);
        assertEquals(List.of(Category.NETWORK), unanswered.stream().map(Finding::category).toList());
    }

    // ---- conflicting demands

    @Test
    void twoDemandsThatTogetherExceedTheSupplyConflict() {
        var dA = demand(Category.PEOPLE, "16", "uur/maand");
        var dB = demand(Category.PEOPLE, "10", "Uur/Maand ");
        var a = partner("A", dA);
        var b = partner("B", dB);
        var c = partner("C", bring(Category.PEOPLE, "20", "uur/maand"));
        assertEquals(List.of(new Finding(Kind.CONFLICTING_DEMANDS, Category.PEOPLE, List.of(ref(a, dA), ref(b, dB)))),
                findings(dossier(a, b, c), Kind.CONFLICTING_DEMANDS));
    }

    @Test
    void withoutAnySupplyTwoDemandsConflict() {
        var a = partner("A", demand(Category.MEANS, "5000", "euro"));
        var b = partner("B", demand(Category.MEANS, "1", "euro"));
        assertEquals(1, findings(dossier(a, b), Kind.CONFLICTING_DEMANDS).size());
    }

    @Test
    void supplyThatCoversBothDemandsIsNoConflict() {
        var a = partner("A", demand(Category.PEOPLE, "16", "uur/maand"));
        var b = partner("B", demand(Category.PEOPLE, "10", "uur/maand"));
        var c = partner("C", bring(Category.PEOPLE, "20", "uur/maand"), bring(Category.PEOPLE, "6", "UUR/MAAND"));
        assertTrue(findings(dossier(a, b, c), Kind.CONFLICTING_DEMANDS).isEmpty(), "26 asked, 26 brought");
    }

    @Test
    void supplyOfTheDemandingPartnersCountsToo() {
        var a = partner("A", demand(Category.PEOPLE, "16", "uur/maand"), bring(Category.PEOPLE, "10", "uur/maand"));
        var b = partner("B", demand(Category.PEOPLE, "10", "uur/maand"), bring(Category.PEOPLE, "16", "uur/maand"));
        assertTrue(findings(dossier(a, b), Kind.CONFLICTING_DEMANDS).isEmpty(), "all partners together bring 26");
    }

    @Test
    void differentUnitsDoNotConflict() {
        var a = partner("A", demand(Category.MEANS, "5000", "euro"));
        var b = partner("B", demand(Category.MEANS, "3", "fte"));
        assertTrue(findings(dossier(a, b), Kind.CONFLICTING_DEMANDS).isEmpty());
    }

    @Test
    void supplyInAnotherUnitOrCategoryDoesNotCount() {
        var a = partner("A", demand(Category.MEANS, "5000", "euro"));
        var b = partner("B", demand(Category.MEANS, "5000", "euro"));
        var c = partner("C", bring(Category.MEANS, "99999", "uur"), bring(Category.CONTINUITY, "99999", "euro"));
        assertEquals(1, findings(dossier(a, b, c), Kind.CONFLICTING_DEMANDS).size());
    }

    @Test
    void aMissingAmountOrUnitIsNoConflict() {
        var a = partner("A", demand(Category.MEANS, "5000", "euro"));
        var b = partner("B", demand(Category.MEANS));
        var c = partner("C", demand(Category.MEANS, "5000", " "));
        assertTrue(findings(dossier(a, b, c), Kind.CONFLICTING_DEMANDS).isEmpty());
    }

    @Test
    void oneDemandingPartnerIsNoConflictHoweverMuchItAsks() {
        var a = partner("A", demand(Category.MEANS, "5000", "euro"), demand(Category.MEANS, "5000", "euro"));
        var b = partner("B", bring(Category.MEANS, "1", "euro"));
        assertTrue(findings(dossier(a, b), Kind.CONFLICTING_DEMANDS).isEmpty());
    }

    @Test
    void wishesDoNotConflict() {
        var a = partner("A", wish(Category.MEANS).withAmount(new BigDecimal("5000"), "euro"));
        var b = partner("B", demand(Category.MEANS, "5000", "euro"));
        assertTrue(findings(dossier(a, b), Kind.CONFLICTING_DEMANDS).isEmpty());
    }

    @Test
    void oneFindingPerCategoryAndUnitWithAllItsDemands() {
        var a1 = demand(Category.MEANS, "100", "euro");
        var a2 = demand(Category.MEANS, "2", "fte");
        var a3 = demand(Category.MEANS, "50", "EURO");
        var b1 = demand(Category.MEANS, "3", "fte");
        var b2 = demand(Category.MEANS, "100", "euro");
        var a = partner("A", a1, a2, a3);
        var b = partner("B", b1, b2);
        var found = findings(dossier(a, b), Kind.CONFLICTING_DEMANDS);
        assertEquals(List.of(
                new Finding(Kind.CONFLICTING_DEMANDS, Category.MEANS, List.of(ref(a, a1), ref(a, a3), ref(b, b2))),
                new Finding(Kind.CONFLICTING_DEMANDS, Category.MEANS, List.of(ref(a, a2), ref(b, b1)))), found);
    }

    // ---- unrequested offer

    @Test
    void anOfferNobodyElseAsksForIsUnrequested() {
        var offer = bring(Category.REPUTATION);
        var a = partner("A", offer, wish(Category.REPUTATION));
        var b = partner("B", wish(Category.MEANS));
        assertEquals(List.of(new Finding(Kind.UNREQUESTED_OFFER, Category.REPUTATION, List.of(ref(a, offer)))),
                findings(dossier(a, b), Kind.UNREQUESTED_OFFER));
    }

    @Test
    void aWishOfAnotherPartnerIsRequestEnough() {
        var a = partner("A", bring(Category.REPUTATION));
        var b = partner("B", wish(Category.REPUTATION));
        assertTrue(findings(dossier(a, b), Kind.UNREQUESTED_OFFER).isEmpty());
    }

    @Test
    void otherIsRequestedOnlyByOther() {
        var a = partner("A", bring(Category.OTHER), bring(Category.MEANS));
        var b = partner("B", wish(Category.MEANS));
        assertEquals(List.of(Category.OTHER),
                findings(dossier(a, b), Kind.UNREQUESTED_OFFER).stream().map(Finding::category).toList());
        var c = partner("C", wish(Category.OTHER));
        assertTrue(findings(dossier(a, b, c), Kind.UNREQUESTED_OFFER).isEmpty());
    }

    // ---- order and emptiness

    @Test
    void findingsComeByKindThenPartnerThenItem() {
        var aOffer = bring(Category.CONTINUITY);
        var aDemand = demand(Category.KNOWLEDGE);
        var aMoney = demand(Category.MEANS, "10", "euro");
        var bDemand = demand(Category.NETWORK);
        var bOffer = bring(Category.RELATIONS);
        var bMoney = demand(Category.MEANS, "10", "euro");
        var a = partner("A", aOffer, aDemand, aMoney);
        var b = partner("B", bOffer, bDemand, bMoney);
        var found = BringGet.findings(dossier(b, a));
        assertEquals(List.of(
                new Finding(Kind.UNANSWERED_DEMAND, Category.NETWORK, List.of(ref(b, bDemand))),
                new Finding(Kind.UNANSWERED_DEMAND, Category.MEANS, List.of(ref(b, bMoney))),
                new Finding(Kind.UNANSWERED_DEMAND, Category.KNOWLEDGE, List.of(ref(a, aDemand))),
                new Finding(Kind.UNANSWERED_DEMAND, Category.MEANS, List.of(ref(a, aMoney))),
                new Finding(Kind.CONFLICTING_DEMANDS, Category.MEANS, List.of(ref(b, bMoney), ref(a, aMoney))),
                new Finding(Kind.UNREQUESTED_OFFER, Category.RELATIONS, List.of(ref(b, bOffer))),
                new Finding(Kind.UNREQUESTED_OFFER, Category.CONTINUITY, List.of(ref(a, aOffer)))), found);
    }

    @Test
    void anEmptyDossierHasNoFindingsMatchesOrBalances() {
        var d = Dossier.titled("Leeg");
        assertTrue(BringGet.findings(d).isEmpty());
        assertTrue(BringGet.matches(d).isEmpty());
        assertTrue(BringGet.balances(d).isEmpty());
    }

    // ---- matches

    @Test
    void matchesPairABringWithAnotherPartnersGetInTheSameCategory() {
        var aBring = bring(Category.KNOWLEDGE);
        var aGet = wish(Category.KNOWLEDGE);
        var aMeans = bring(Category.MEANS);
        var bGet = demand(Category.KNOWLEDGE);
        var bBring = bring(Category.KNOWLEDGE);
        var cGet = wish(Category.KNOWLEDGE);
        var a = partner("A", aBring, aGet, aMeans);
        var b = partner("B", bGet, bBring);
        var c = partner("C", cGet);
        assertEquals(List.of(
                new Match(ref(a, aBring), ref(b, bGet), Category.KNOWLEDGE),
                new Match(ref(a, aBring), ref(c, cGet), Category.KNOWLEDGE),
                new Match(ref(b, bBring), ref(a, aGet), Category.KNOWLEDGE),
                new Match(ref(b, bBring), ref(c, cGet), Category.KNOWLEDGE)).stream().map(BringGetTest::pair).toList(),
                BringGet.matches(dossier(a, b, c)).stream().map(BringGetTest::pair).toList());
    }

    @Test
    void aPartnerNeverMatchesItself() {
        var a = partner("A", bring(Category.MEANS), wish(Category.MEANS));
        var b = partner("B", bring(Category.PEOPLE), wish(Category.KNOWLEDGE));
        assertTrue(BringGet.matches(dossier(a, b)).isEmpty());
    }

    // ---- balances

    @Test
    void balancesCountItemsAndSumAmountsPerUnitRegardlessOfCase() {
        var a = partner("A",
                bring(Category.PEOPLE, "16", " Uur/maand"),
                bring(Category.PEOPLE, "4.5", "uur/MAAND "),
                bring(Category.MEANS, "1000", "euro"),
                bring(Category.KNOWLEDGE),
                wish(Category.NETWORK),
                demand(Category.MEANS, "250", "Euro"),
                demand(Category.MEANS, "7", ""));
        var b = partner("B");
        var balances = BringGet.balances(dossier(a, b));
        assertEquals(2, balances.size());
        var ba = balances.get(0);
        assertEquals(a.id(), ba.partnerId());
        assertEquals(4, ba.bring());
        assertEquals(3, ba.get());
        assertEquals(List.of("Uur/maand", "euro"), List.copyOf(ba.bringByUnit().keySet()), "first spelling, trimmed");
        assertEquals(0, new BigDecimal("20.5").compareTo(ba.bringByUnit().get("Uur/maand")));
        assertEquals(0, new BigDecimal("1000").compareTo(ba.bringByUnit().get("euro")));
        assertEquals(List.of("Euro", ""), List.copyOf(ba.getByUnit().keySet()), "an amount without a unit under \"\"");
        assertEquals(0, new BigDecimal("250").compareTo(ba.getByUnit().get("Euro")));
        assertEquals(0, new BigDecimal("7").compareTo(ba.getByUnit().get("")));
        assertEquals(new Balance(b.id(), 0, 0, Map.of(), Map.of()), balances.get(1));
    }

    @Test
    void balancesFollowPartnerOrder() {
        var a = partner("A");
        var b = partner("B");
        var c = partner("C");
        assertEquals(List.of(c.id(), a.id(), b.id()),
                BringGet.balances(dossier(c, a, b)).stream().map(Balance::partnerId).toList());
    }
}

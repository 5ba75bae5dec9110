package nl.koers.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.analysis.MatchReason.Fit;

/** The workshop where category alone paired housing adaptations with money for home visits. */
class MatchesTest {
    private static Contribution bring(Category c, String text, String amount, String unit) {
        return Contribution.bring(c, text).withAmount(amount == null ? null : new BigDecimal(amount), unit);
    }

    private static Contribution get(Category c, String text, String amount, String unit) {
        return Contribution.get(c, text).withAmount(amount == null ? null : new BigDecimal(amount), unit);
    }

    private static Dossier dossier(Partner... partners) {
        return Dossier.titled("Langer thuis wonen").withPartners(List.of(partners));
    }

    private static Partner partner(String name, Contribution... items) {
        return Partner.of(name, Role.CORE).withContributions(List.of(items));
    }

    @Test
    void housingAdaptationsDoNotMatchMoneyForHomeVisits() {
        var adaptations = bring(Category.MEANS, "Woningaanpassingen voor ouderen", "40", "woningen");
        var visits = get(Category.MEANS, "Geld voor huisbezoeken", "25000", "euro");
        var d = dossier(partner("Woningcorporatie", adaptations), partner("Wijkteam", visits));
        assertTrue(BringGet.matches(d).isEmpty(), BringGet.matches(d).toString());
    }

    @Test
    void theSameUnitAndWordsMatchAndComeFirst() {
        var money = bring(Category.MEANS, "Budget voor huisbezoeken door wijkverpleging", "20000", "euro");
        var adaptations = bring(Category.MEANS, "Subsidie woningaanpassingen", "30000", "Euro ");
        var visits = get(Category.MEANS, "Geld voor huisbezoeken wijkverpleging", "25000", "EUR");
        var gemeente = partner("Gemeente", adaptations, money);
        var wijkteam = partner("Wijkteam", visits);
        List<Match> ms = BringGet.matches(dossier(gemeente, wijkteam));

        assertEquals(2, ms.size(), "both in euro, so both match: " + ms);
        Match first = ms.get(0);
        assertEquals(money.id(), first.bring().contributionId(), "the same words rank first, though listed second");
        assertEquals(List.of("huisbezoeken", "wijkverpleging"), first.reason().sharedWords());
        assertEquals("euro", first.reason().unit());
        assertEquals(Fit.PARTLY, first.reason().fit(), "20000 of the 25000 wanted");
        assertEquals(List.of(), ms.get(1).reason().sharedWords());
        assertTrue(first.reason().score() > ms.get(1).reason().score());
        assertEquals("samen: huisbezoeken, wijkverpleging \u00b7 in euro \u00b7 dekt een deel van wat gevraagd wordt",
                first.reason().describe(Locale.of("nl")));
        assertEquals("no words in common \u00b7 in Euro \u00b7 covers what is wanted",
                ms.get(1).reason().describe(Locale.ENGLISH));
    }

    @Test
    void unitsWrittenDifferentlyAreTheSameUnit() {
        var hours = bring(Category.PEOPLE, "Coaches", "16", "uren per maand");
        var wanted = get(Category.PEOPLE, "Coaches voor jongeren", "8", "Uur/maand");
        var days = get(Category.PEOPLE, "Coaches", "2", "dagen/week");
        var d = dossier(partner("ROC", hours), partner("Gemeente", wanted, days));
        List<Match> ms = BringGet.matches(d);
        assertEquals(1, ms.size(), ms.toString());
        assertEquals(wanted.id(), ms.get(0).get().contributionId());
        assertEquals(Fit.COVERS, ms.get(0).reason().fit());
    }

    @Test
    void itemsWithoutUnitMatchEachOtherButNotAMeasuredItem() {
        var vague = bring(Category.KNOWLEDGE, "Kennis van de arbeidsmarkt", null, "");
        var vagueWish = get(Category.KNOWLEDGE, "Inzicht in de arbeidsmarkt", null, "");
        var measured = get(Category.KNOWLEDGE, "Trainingen", "10", "trainingen");
        var d = dossier(partner("UWV", vague), partner("School", vagueWish, measured));
        List<Match> ms = BringGet.matches(d);
        assertEquals(1, ms.size(), ms.toString());
        assertEquals(List.of("arbeidsmarkt"), ms.get(0).reason().sharedWords());
        assertEquals("", ms.get(0).reason().unit());
        assertEquals(Fit.UNKNOWN, ms.get(0).reason().fit());
    }

    @Test
    void theBestFewPerItemBrought() {
        var coaches = bring(Category.PEOPLE, "Coaches", null, "");
        Partner[] wanting = new Partner[8];
        for (int i = 0; i < wanting.length; i++) {
            wanting[i] = partner("P" + i, get(Category.PEOPLE, "Coaches " + i, null, ""));
        }
        var all = new java.util.ArrayList<Partner>(List.of(wanting));
        all.add(0, partner("ROC", coaches));
        List<Match> ms = BringGet.matches(dossier(all.toArray(Partner[]::new)));
        assertEquals(8, ms.size());
        assertEquals(ms.subList(0, 5), BringGet.best(ms, 5));

        // the screens: the best five, then an agreed one further down; the dismissed one gone, and counted
        String roc = coaches.id();
        Dossier decided = dossier(all.toArray(Partner[]::new)).withMatchDecisions(List.of(
                new MatchDecision(roc, ms.get(7).get().contributionId(), MatchDecision.Verdict.CONFIRMED),
                new MatchDecision(roc, ms.get(0).get().contributionId(), MatchDecision.Verdict.DISMISSED)));
        MatchesShown shown = MatchesShown.of(decided, 5, false, false, List.of());
        assertEquals(List.of(ms.get(1), ms.get(2), ms.get(3), ms.get(4), ms.get(5), ms.get(7)), shown.matches());
        assertEquals(1, shown.hidden(), "the one left: not dismissed, not among the best");
        assertEquals(7, MatchesShown.of(decided, 5, true, false, List.of()).matches().size());
        assertEquals(ms, MatchesShown.of(decided, 5, true, true, List.of()).matches());
    }
}

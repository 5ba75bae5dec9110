package nl.koers.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.InterestLink;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.Role;

/** The suggestion rules of the interest dialogue: cases where they must fire, and cases where they must not. */
class InterestSuggestionsTest {
    private static Partner partner(String id, Interest... interests) {
        return new Partner(id, id, Role.CORE, List.of(), "", List.of(interests), List.of(), List.of(), List.of());
    }

    private static Interest wish(String id, String text, Level level) {
        return new Interest(id, text, level, Firmness.WISH);
    }

    private static Interest demand(String id, String text, Level level) {
        return new Interest(id, text, level, Firmness.DEMAND);
    }

    private static Dossier dossier(Partner... partners) {
        return Dossier.titled("Wijkzorg").withPartners(List.of(partners));
    }

    // ---- shared wording

    @Test
    void sharedSignificantWordsAtTheSameLevelAreSuggested() {
        Dossier d = dossier(
                partner("a", wish("a1", "Een sterke regionale arbeidsmarkt", Level.NETWORK)),
                partner("b", wish("b1", "Eén regionale aanpak voor de arbeidsmarkt", Level.NETWORK)));
        List<SharedWording> found = InterestSuggestions.sharedWording(d);
        assertEquals(1, found.size());
        assertEquals(new InterestRef("a", "a1"), found.get(0).first());
        assertEquals(new InterestRef("b", "b1"), found.get(0).second());
        assertEquals(List.of("regionale", "arbeidsmarkt"), found.get(0).words());
    }

    @Test
    void pluralsAccentsAndCaseDoNotHideASharedWord() {
        Dossier d = dossier(
                partner("a", wish("a1", "Betrokken WERKGEVERS", Level.ORGANISATION)),
                partner("b", wish("b1", "Elke werkgever tevreden", Level.ORGANISATION)),
                partner("c", wish("c1", "Continuïteit van zorg", Level.NETWORK)),
                partner("e", wish("e1", "continuiteit in de begeleiding", Level.NETWORK)));
        List<SharedWording> found = InterestSuggestions.sharedWording(d);
        assertEquals(2, found.size(), found.toString());
        assertEquals(List.of("werkgevers"), found.get(0).words());
        assertEquals(List.of("continuïteit"), found.get(1).words());
    }

    @Test
    void englishWorksToo() {
        Dossier d = dossier(
                partner("a", wish("a1", "Young people find apprenticeships", Level.NETWORK)),
                partner("b", wish("b1", "Enough apprenticeship places because employers need staff", Level.NETWORK)));
        assertEquals(List.of("apprenticeships"), InterestSuggestions.sharedWording(d).get(0).words());
    }

    @Test
    void noSuggestionForShortWordsStopWordsOtherLevelsOrTheSamePartner() {
        Dossier d = dossier(
                // only short words (< 5 letters) and stop words in common
                partner("a", wish("a1", "Meer werk voor de jeugd, zodat wij samen verder kunnen", Level.NETWORK),
                        // the same partner twice: a partner does not share with itself
                        wish("a2", "Een gezonde begroting", Level.ORGANISATION),
                        wish("a3", "Gezonde begroting in 2027", Level.ORGANISATION)),
                partner("b", wish("b1", "Meer werk in de wijk, zodat wij samen sterker worden", Level.NETWORK),
                        // a shared word, but at another level
                        wish("b2", "Een gezonde begroting", Level.INDIVIDUAL)));
        assertEquals(List.of(), InterestSuggestions.sharedWording(d));
    }

    @Test
    void theTablesOwnThemeAndWhatMostPartnersSayDoNotCount() {
        Dossier d = Dossier.titled("Jongeren aan het werk").withPartners(List.of(
                partner("a", wish("a1", "Jongeren aan een baan helpen", Level.NETWORK),
                        wish("a2", "Veilige wijken", Level.ORGANISATION)),
                partner("b", wish("b1", "Jongeren die hun school afmaken", Level.NETWORK),
                        wish("b2", "Veilige wijken en straten", Level.ORGANISATION)),
                partner("c", wish("c1", "Veilige wijken waar mensen elkaar kennen", Level.ORGANISATION)),
                partner("e", wish("e1", "Goede zorg", Level.ORGANISATION))));
        // "jongeren" is in the title; "veilige" and "wijken" are said by three of four partners
        assertEquals(List.of(), InterestSuggestions.sharedWording(d));
        assertTrue(InterestSuggestions.significantWords(d, "Jongeren in veilige wijken met goede banen")
                .contains("banen"));
        assertFalse(InterestSuggestions.significantWords(d, "Jongeren in veilige wijken").contains("jongeren"));
    }

    @Test
    void interestsAlreadyLinkedAreNotSuggestedAgain() {
        Dossier d = dossier(
                partner("a", wish("a1", "Een regionale aanpak", Level.NETWORK)),
                partner("b", wish("b1", "Regionale samenhang", Level.NETWORK)));
        assertEquals(1, InterestSuggestions.sharedWording(d).size());
        Dossier linked = d.withInterestLink(InterestLink.of("", "a1", "b1"));
        assertEquals(List.of(), InterestSuggestions.sharedWording(linked));
    }

    // ---- bring and get

    @Test
    void anInterestThatNamesWhatAnotherBringsIsMentioned() {
        Partner woon = partner("woon", wish("w1", "Vakmensen voor onderhoud en renovatie", Level.ORGANISATION));
        Contribution coaches = Contribution.bring(Category.PEOPLE, "Werkplekbegeleiders");
        Contribution eigen = Contribution.bring(Category.PEOPLE, "Eigen mensen");
        Partner bedrijven = partner("bedrijven").withContributions(List.of(coaches,
                Contribution.get(Category.PEOPLE, "Leerlingen")));
        Dossier d = dossier(woon.withContributions(List.of(eigen)), bedrijven);
        List<CategoryMention> found = InterestSuggestions.categoryMentions(d);
        assertEquals(1, found.size());
        CategoryMention m = found.get(0);
        assertEquals(new InterestRef("woon", "w1"), m.interest());
        assertEquals(Category.PEOPLE, m.category());
        assertEquals("vakmensen", m.word());
        // what the partner brings itself does not count; what another only gets does not either
        assertEquals(List.of(new ContributionRef("bedrijven", coaches.id())), m.brought());
    }

    @Test
    void noMentionWhenNobodyElseBringsItOrTheWordIsNoCategory() {
        Dossier d = dossier(
                partner("a", wish("a1", "Structurele financiering na de pilot", Level.ORGANISATION),
                        wish("a2", "Minder mensenhandel", Level.NETWORK)) // "mensenhandel" does not end in "mensen"
                        .withContributions(List.of(Contribution.bring(Category.MEANS, "Eigen budget"))),
                partner("b").withContributions(List.of(Contribution.bring(Category.KNOWLEDGE, "Training"),
                        Contribution.get(Category.MEANS, "Subsidie"))));
        assertEquals(List.of(), InterestSuggestions.categoryMentions(d));
    }

    // ---- contradicting demands

    @Test
    void demandsWhereOneSaysNoContradict() {
        Dossier d = dossier(
                partner("a", demand("a1", "Gegevens van jongeren delen in het casusoverleg", Level.ORGANISATION)),
                partner("b", demand("b1", "Geen gegevens delen zonder toestemming", Level.ORGANISATION)));
        List<Contradiction> found = InterestSuggestions.contradictions(d);
        assertEquals(1, found.size());
        assertEquals(List.of("gegevens", "delen"), found.get(0).words());
        // a tension, so not also offered as something they share
        assertEquals(List.of(), InterestSuggestions.sharedWording(d));
    }

    @Test
    void moreAgainstLessContradicts() {
        Dossier d = dossier(
                partner("a", demand("a1", "More meetings with the aldermen", Level.NETWORK)),
                partner("b", demand("b1", "Fewer meetings, more doing", Level.NETWORK)));
        assertEquals(1, InterestSuggestions.contradictions(d).size());
    }

    @Test
    void noContradictionForWishesBothNegatedOtherLevelsOrNoSharedWord() {
        Dossier d = dossier(
                partner("a", demand("a1", "Geen extra administratie", Level.ORGANISATION),
                        wish("a2", "Structureel overleg met de wethouder", Level.NETWORK),
                        demand("a3", "Snelle hulp voor jongeren", Level.INDIVIDUAL),
                        demand("a4", "Budget voor begeleiding", Level.NETWORK)),
                partner("b", demand("b1", "Niet nog meer administratie", Level.ORGANISATION), // both say no
                        wish("b2", "Geen structureel overleg", Level.NETWORK), // a wish, not a demand
                        demand("b3", "Geen wachtlijst", Level.INDIVIDUAL), // no shared word
                        demand("b4", "Geen begeleiding", Level.INDIVIDUAL))); // another level than a4
        assertEquals(List.of(), InterestSuggestions.contradictions(d));
    }

    // ---- positions

    @Test
    void positionsWithoutAKnownInterest() {
        Interest i = wish("i", "Regie", Level.ORGANISATION);
        Position ends = new Position("p1", "Wij houden de regie", List.of("Omdat wij betalen"), List.of("i"));
        Position open = new Position("p2", "Eerst een diploma", List.of("Omdat"), List.of());
        Position dangling = new Position("p3", "Geen subsidieproject", List.of(), List.of("weg"));
        Dossier d = dossier(new Partner("a", "A", Role.CORE, List.of(), "", List.of(i), List.of(ends, open, dangling),
                List.of(), List.of()));
        assertEquals(List.of(new PositionRef("a", "p2"), new PositionRef("a", "p3")),
                InterestSuggestions.positionsWithoutInterest(d));
    }

    @Test
    void positionsWithoutInterestAreThoseOfTheSimpleSearchOnRandomTables() {
        java.util.Random random = new java.util.Random(22);
        for (int round = 0; round < 500; round++) {
            List<Partner> partners = new ArrayList<>();
            for (int p = random.nextInt(6); p > 0; p--) {
                List<Interest> interests = new ArrayList<>();
                for (int k = random.nextInt(4); k > 0; k--) {
                    interests.add(wish("i" + random.nextInt(8), "tekst", Level.NETWORK));
                }
                List<Position> positions = new ArrayList<>();
                for (int k = random.nextInt(4); k > 0; k--) {
                    List<String> ends = new ArrayList<>();
                    for (int e = random.nextInt(3); e > 0; e--) {
                        ends.add("i" + random.nextInt(8)); // its own, another partner's, or one nobody holds
                    }
                    positions.add(new Position("pos" + k, "standpunt", List.of(), ends));
                }
                partners.add(new Partner("p" + random.nextInt(4), "P", Role.CORE, List.of(), "", interests, positions,
                        List.of(), List.of()));
            }
            Dossier d = Dossier.titled("Willekeurig").withPartners(partners);
            List<PositionRef> simple = new ArrayList<>();
            for (Partner p : d.partners()) {
                for (Position pos : p.positions()) {
                    if (pos.interestIds().stream().noneMatch(id -> p.interests().stream()
                            .anyMatch(i -> i.id().equals(id)))) {
                        simple.add(new PositionRef(p.id(), pos.id()));
                    }
                }
            }
            assertEquals(simple, InterestSuggestions.positionsWithoutInterest(d), "round " + round);
        }
    }

    @Test
    void theSampleTableGetsAFewExplainableSuggestions() {
        List<Partner> partners = new ArrayList<>();
        partners.add(partner("gemeente",
                wish("g1", "Eén regionale aanpak in plaats van vijf gemeentelijke projecten", Level.NETWORK)));
        partners.add(partner("werkgevers",
                wish("w1", "Een sterke regionale arbeidsmarkt, zodat jongeren niet wegtrekken", Level.NETWORK)));
        partners.add(partner("roc", wish("r1", "Een regio waarin het mbo een volwaardige partner is", Level.NETWORK)));
        Dossier d = Dossier.titled("Jongeren aan het werk").withPartners(partners);
        List<SharedWording> found = InterestSuggestions.sharedWording(d);
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of("regionale"), found.get(0).words());
    }

    // ---- stop words

    @Test
    void demandsThatShareOnlyAStopWordShareNothing() {
        Dossier d = dossier(
                partner("a", demand("a1", "Lagere wachttijden voor de jeugd", Level.ORGANISATION)),
                partner("b", demand("b1", "Lagere drempels voor het onderwijs", Level.ORGANISATION)),
                partner("c", demand("c1", "The lower costs and the shorter waiting", Level.ORGANISATION)),
                partner("d", demand("d1", "The lower burden and the simpler forms", Level.ORGANISATION)));
        assertEquals(List.of(), InterestSuggestions.sharedWording(d));
        assertEquals(List.of(), InterestSuggestions.contradictions(d));
        assertEquals(List.of(), InterestSuggestions.significantWords(d, "lagere de het een voor the and lower"));
    }

    @Test
    void stopWordsOfBothLanguagesAreKnownAndNameNoCategory() {
        for (String w : List.of("lagere", "de", "het", "een", "voor", "the", "and", "samenwerking", "which")) {
            assertTrue(StopWords.contains(w), w);
            assertTrue(CategoryWords.named(w).isEmpty(), w);
        }
        assertFalse(StopWords.contains("jongeren"));
        assertFalse(StopWords.contains("arbeidsmarkt"));
    }
}

package nl.koers.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.InterestLink;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;

/**
 * The analyses that look things up in an index find exactly what laying every item beside every other found, in
 * the same order: the old code is kept beside this test as the reference. The dossiers are random (fixed seeds),
 * small enough for the reference, with few words, categories and units, so that ties, shared words, negations and
 * duplicates are common.
 */
class FastAnalysesPropertyTest {
    private static final String[] WORDS = {"coaches", "stageplaatsen", "jongeren", "Jongere", "werkgevers", "budget",
        "de", "voor", "van", "niet", "geen", "never", "meer", "minder", "more", "less", "arbeidsmarkt", "kennis",
        "netwerk", "vakmensen", "financiering", "école", "écoles", "samenwerking", "wachtlijst", "wachtlijsten",
        "Coördinatiemensen"};
    private static final String[] UNITS = {"", "", "  ", "euro", "EUR", " € ", "uur/maand", "Uur/Maand", "woningen"};
    private static final String[] NOTES = {"Geld", "geld ", "Tijd  voor elkaar", "tijd voor elkaar", "Ruimte", "x"};

    @Test
    void findingsAreWhatEveryPairFinds() {
        Random random = new Random(15);
        for (int round = 0; round < 400; round++) {
            Dossier d = dossier(random);
            assertEquals(FindingsReference.findings(d), BringGet.findings(d), "round " + round);
        }
    }

    @Test
    void balancesAreWhatSplittingByDirectionFinds() {
        Random random = new Random(21);
        for (int round = 0; round < 400; round++) {
            Dossier d = dossier(random);
            List<Balance> expected = BalancesReference.of(d);
            List<Balance> actual = BringGet.balances(d);
            assertEquals(expected, actual, "round " + round);
            for (int p = 0; p < expected.size(); p++) { // the units in the order they first appear
                assertEquals(List.copyOf(expected.get(p).bringByUnit().keySet()),
                        List.copyOf(actual.get(p).bringByUnit().keySet()), "round " + round);
                assertEquals(List.copyOf(expected.get(p).getByUnit().keySet()),
                        List.copyOf(actual.get(p).getByUnit().keySet()), "round " + round);
            }
        }
    }

    @Test
    void countsAreTheMatchesCounted() {
        Random random = new Random(22);
        for (int round = 0; round < 400; round++) {
            Dossier d = dossier(random);
            Map<Category, Long> counts = new EnumMap<>(Category.class);
            BringGet.matches(d).forEach(m -> counts.merge(m.category(), 1L, Long::sum));
            assertEquals(counts, BringGet.counts(d), "round " + round);
            assertEquals(List.copyOf(counts.keySet()), List.copyOf(BringGet.counts(d).keySet()), "round " + round);
        }
    }

    @Test
    void categoryBalancesAreWhatEveryPairFinds() {
        Random random = new Random(16);
        for (int round = 0; round < 400; round++) {
            Dossier d = dossier(random);
            assertEquals(CategoryBalanceReference.of(d), CategoryBalance.of(d), "round " + round);
        }
    }

    @Test
    void theBalancesWithTheBestFewAreTheBalancesWithTheFirstOfAll() {
        Random random = new Random(19);
        for (int round = 0; round < 300; round++) {
            Dossier d = dossier(random);
            int perItem = 1 + random.nextInt(3);
            Set<String> gone = new HashSet<>();
            BringGet.matches(d).stream().filter(m -> random.nextInt(4) == 0)
                    .forEach(m -> gone.add(m.bring().contributionId() + " " + m.get().contributionId()));
            BiPredicate<String, String> leaveOut = (b, g) -> gone.contains(b + " " + g);
            List<Match> best = BringGet.best(BringGet.matches(d).stream()
                    .filter(m -> !leaveOut.test(m.bring().contributionId(), m.get().contributionId())).toList(), perItem);
            List<CategoryBalance> expected = CategoryBalance.of(d).stream()
                    .map(b -> new CategoryBalance(b.category(), b.bringers(), b.getters(), b.brought(), b.wanted(),
                            b.gaps(), b.unasked(), b.vague(),
                            best.stream().filter(m -> m.category() == b.category()).toList(), b.units()))
                    .toList();
            assertEquals(expected, CategoryBalance.of(d, perItem, leaveOut), "round " + round);
            Map<Category, Long> counts = new EnumMap<>(Category.class);
            BringGet.matches(d).forEach(m -> counts.merge(m.category(), 1L, Long::sum));
            assertEquals(counts, BringGet.counts(d), "round " + round);
        }
    }

    @Test
    void sharedWordingAndContradictionsAreWhatEveryPairFinds() {
        Random random = new Random(17);
        for (int round = 0; round < 400; round++) {
            Dossier d = dossier(random);
            assertEquals(InterestSuggestionsReference.sharedWording(d), InterestSuggestions.sharedWording(d),
                    "round " + round);
            assertEquals(InterestSuggestionsReference.contradictions(d), InterestSuggestions.contradictions(d),
                    "round " + round);
        }
    }

    @Test
    void theBoardsSuggestionsAreWhatEachAnalysisFindsOnItsOwn() {
        Random random = new Random(23);
        for (int round = 0; round < 400; round++) {
            Dossier d = dossier(random);
            BoardSuggestions board = BoardSuggestions.of(d);
            assertEquals(InterestSuggestionsReference.sharedWording(d), board.sharedWording(), "round " + round);
            assertEquals(InterestSuggestionsReference.contradictions(d), board.contradictions(), "round " + round);
            assertEquals(InterestSuggestions.categoryMentions(d), board.categoryMentions(), "round " + round);
            assertEquals(InterestSuggestions.positionsWithoutInterest(d), board.positionsWithoutInterest(),
                    "round " + round);
        }
    }

    @Test
    void categoryMentionsAreWhatCopyingForEachMentionFinds() {
        Random random = new Random(20);
        for (int round = 0; round < 400; round++) {
            Dossier d = dossier(random);
            if (d.partners().size() > 2 && random.nextInt(4) == 0) {
                d = withSecondId(d, random); // a damaged file: one id for two partners, both left out
            }
            List<CategoryMention> expected = InterestSuggestionsReference.categoryMentions(d);
            List<CategoryMention> actual = InterestSuggestions.categoryMentions(d);
            assertEquals(expected, actual, "round " + round);
            assertEquals(expected.hashCode(), actual.hashCode(), "round " + round);
            for (CategoryMention m : actual) {
                assertThrows(UnsupportedOperationException.class, () -> m.brought().add(m.brought().get(0)));
                assertEquals(List.copyOf(m.brought()), m.brought().subList(0, m.brought().size()));
            }
        }
    }

    /** The dossier with one partner given the id of another. */
    private static Dossier withSecondId(Dossier d, Random random) {
        List<Partner> partners = new ArrayList<>(d.partners());
        int k = 1 + random.nextInt(partners.size() - 1);
        Partner p = partners.get(k);
        partners.set(k, new Partner(partners.get(random.nextInt(k)).id(), p.name(), p.role(), p.representatives(),
                p.essence(), p.interests(), p.positions(), p.coreValues(), p.contributions(), p.selection()));
        return d.withPartners(partners);
    }

    @Test
    void canvasComparisonIsWhatSearchingFinds() {
        Random random = new Random(18);
        for (int round = 0; round < 400; round++) {
            List<CanvasNote> before = notes(random);
            List<CanvasNote> after = random.nextInt(5) == 0 ? before : notes(random);
            CanvasCompareReference expected = CanvasCompareReference.of(before, after);
            CanvasCompare actual = CanvasCompare.of(before, after);
            assertEquals(expected.changes(), actual.changes(), "round " + round);
            for (int id = 0; id < 16; id++) {
                assertEquals(expected.kindsOf("n" + id), actual.kindsOf("n" + id), "round " + round);
            }
        }
    }

    /** Random partners with bring and get, interests (with links between some) and the same few words. */
    static Dossier dossier(Random random) {
        List<Partner> partners = new ArrayList<>();
        List<String> interestIds = new ArrayList<>();
        int n = 1 + random.nextInt(9);
        for (int p = 0; p < n; p++) {
            List<Contribution> items = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                BigDecimal amount = random.nextInt(3) == 0 ? null
                        : BigDecimal.valueOf(random.nextInt(40) - 3, random.nextInt(4) == 0 ? 1 : 0);
                items.add(new Contribution(null, random.nextBoolean() ? Direction.BRING : Direction.GET,
                        Category.values()[random.nextInt(4)], text(random), amount, UNITS[random.nextInt(UNITS.length)],
                        random.nextBoolean() ? Firmness.WISH : Firmness.DEMAND));
            }
            List<Interest> interests = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                String id = "i" + interestIds.size();
                interestIds.add(id);
                interests.add(new Interest(id, text(random), Level.values()[random.nextInt(2)],
                        random.nextInt(3) == 0 ? Firmness.WISH : Firmness.DEMAND));
            }
            partners.add(Partner.of("P" + p, Role.CORE).withContributions(items).withInterests(interests));
        }
        List<InterestLink> links = new ArrayList<>();
        for (int l = interestIds.isEmpty() ? 0 : random.nextInt(4); l > 0; l--) {
            links.add(InterestLink.of("", interestIds.get(random.nextInt(interestIds.size())),
                    interestIds.get(random.nextInt(interestIds.size()))));
        }
        return Dossier.titled(random.nextBoolean() ? "Willekeurig" : "Kennis voor jongeren").withPartners(partners)
                .withInterestLinks(links);
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int w = random.nextInt(6); w >= 0; w--) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0 ? ", " : " ");
        }
        return text.toString();
    }

    /** Notes with ids from a small pool (so some are kept, some written again) and few texts and blocks. */
    private static List<CanvasNote> notes(Random random) {
        List<CanvasNote> out = new ArrayList<>();
        for (int i = random.nextInt(12); i > 0; i--) {
            out.add(new CanvasNote("n" + random.nextInt(15), "b" + random.nextInt(3), NOTES[random.nextInt(NOTES.length)],
                    "yellow", "P" + random.nextInt(3)));
        }
        return out;
    }
}

package nl.koers.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.MatchDecision.Verdict;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;

/**
 * A ranking that keeps what it ranked gives, after every kind of edit, exactly what ranking the dossier afresh
 * gives; and after an edit it ranks again only the items brought that the edit can change.
 */
class MatchRankingPropertyTest {
    private static final String[] TEXTS = {"coaches voor jongeren", "stageplaatsen", "kennis van de arbeidsmarkt",
        "budget", "werkgevers netwerk", "écoles"};
    private static final String[] UNITS = {"", "euro", "EUR", "uur/maand", "uren per maand"};

    @Test
    void afterEveryEditTheSameAsRankingAfresh() {
        Random random = new Random(16);
        for (int round = 0; round < 150; round++) {
            MatchRanking ranking = new MatchRanking();
            Dossier d = MatchingPropertyTest.dossier(random);
            int perItem = 1 + random.nextInt(3);
            boolean withDismissed = false;
            for (int step = 0; step < 12; step++) {
                switch (random.nextInt(9)) {
                    case 0, 1, 2 -> d = editOneItem(d, random);
                    case 3 -> d = reordered(d, random);
                    case 4 -> d = withOrWithoutAPartner(d, random);
                    case 5 -> d = decided(d, random);
                    case 6 -> d = d.withMatchDecisions(d.matchDecisions().stream()
                            .filter(x -> random.nextBoolean()).toList());
                    case 7 -> withDismissed = !withDismissed;
                    default -> perItem = 1 + random.nextInt(3);
                }
                Set<List<String>> gone = new HashSet<>();
                d.matchDecisions().stream().filter(x -> !x.confirmed()).forEach(x -> gone.add(List.of(x.bringId(),
                        x.getId())));
                BiPredicate<String, String> leftOut = withDismissed ? (b, g) -> false
                        : (b, g) -> gone.contains(List.of(b, g));
                assertEquals(BringGet.best(d, perItem, leftOut), ranking.best(d, perItem, withDismissed),
                        "round " + round + ", step " + step);
                assertEquals(BringGet.count(d), ranking.count(d), "round " + round + ", step " + step);
                assertEquals(MatchesShown.of(d, perItem, false, withDismissed, List.of()),
                        MatchesShown.of(ranking, d, perItem, false, withDismissed, List.of()),
                        "round " + round + ", step " + step);
            }
        }
    }

    @Test
    void anEditRanksAgainOnlyTheItemsBroughtInItsBucket() {
        List<Partner> partners = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            List<Contribution> items = new ArrayList<>();
            for (Category category : List.of(Category.PEOPLE, Category.MEANS, Category.KNOWLEDGE)) {
                items.add(new Contribution(null, Direction.BRING, category, TEXTS[p % TEXTS.length],
                        BigDecimal.valueOf(p + 1), "euro", null));
                items.add(new Contribution(null, Direction.GET, category, TEXTS[(p + 1) % TEXTS.length],
                        BigDecimal.valueOf(p + 2), "euro", null));
            }
            partners.add(Partner.of("P" + p, Role.CORE).withContributions(items));
        }
        Dossier d = Dossier.titled("Drie bakken").withPartners(partners);
        MatchRanking ranking = new MatchRanking();
        ranking.best(d, 5, false);
        assertEquals(36, ranking.rankedAgain(), "the first time every item brought is ranked");

        ranking.best(d, 5, false);
        assertEquals(0, ranking.rankedAgain(), "nothing changed");

        Partner first = d.partners().get(0);
        Contribution wanted = first.contributions().get(1); // the first partner's item wanted in PEOPLE
        d = d.withPartner(first.withContribution(new Contribution(wanted.id(), wanted.direction(),
                wanted.category(), "iets heel anders", wanted.amount(), wanted.unit(), wanted.firmness())));
        ranking.best(d, 5, false);
        assertEquals(12, ranking.rankedAgain(), "an item wanted reworded: the items brought in its bucket only");

        Contribution brought = first.contributions().get(2); // the first partner's item brought in MEANS
        d = d.withPartner(d.partners().get(0).withContribution(new Contribution(brought.id(), brought.direction(),
                brought.category(), "ander budget", brought.amount(), brought.unit(), brought.firmness())));
        ranking.best(d, 5, false);
        assertEquals(1, ranking.rankedAgain(), "an item brought reworded: that item only");

        String fourth = d.partners().get(3).id();
        Match oneOfThem = ranking.best(d, 5, false).stream().filter(m -> m.bring().partnerId().equals(fourth))
                .findFirst().orElseThrow();
        d = d.withMatchDecisions(List.of(new MatchDecision(oneOfThem.bring().contributionId(),
                oneOfThem.get().contributionId(), Verdict.DISMISSED)));
        ranking.best(d, 5, false);
        assertEquals(1, ranking.rankedAgain(), "one of its pairs dismissed: that item brought only");
        ranking.best(d, 5, true);
        assertEquals(1, ranking.rankedAgain(), "the dismissed shown again: that item brought only");
    }

    static Dossier editOneItem(Dossier d, Random random) {
        List<Partner> with = d.partners().stream().filter(p -> !p.contributions().isEmpty()).toList();
        if (with.isEmpty()) {
            return d;
        }
        Partner p = with.get(random.nextInt(with.size()));
        Contribution c = p.contributions().get(random.nextInt(p.contributions().size()));
        Contribution edited = switch (random.nextInt(5)) {
            case 0 -> new Contribution(c.id(), c.direction(), c.category(), TEXTS[random.nextInt(TEXTS.length)],
                    c.amount(), c.unit(), c.firmness());
            case 1 -> c.withAmount(random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(50)),
                    UNITS[random.nextInt(UNITS.length)]);
            case 2 -> new Contribution(c.id(), c.direction(), Category.values()[random.nextInt(3)], c.description(),
                    c.amount(), c.unit(), c.firmness());
            case 3 -> new Contribution(c.id(), c.direction() == Direction.BRING ? Direction.GET : Direction.BRING,
                    c.category(), c.description(), c.amount(), c.unit(), c.firmness());
            default -> new Contribution(null, random.nextBoolean() ? Direction.BRING : Direction.GET,
                    Category.values()[random.nextInt(3)], TEXTS[random.nextInt(TEXTS.length)],
                    BigDecimal.valueOf(random.nextInt(50)), UNITS[random.nextInt(UNITS.length)], null);
        };
        return d.withPartner(p.withContribution(edited));
    }

    /** One match more dismissed or confirmed, maybe of an item that is no longer there. */
    static Dossier decided(Dossier d, Random random) {
        List<Match> all = BringGet.matches(d);
        if (all.isEmpty()) {
            return d;
        }
        Match m = all.get(random.nextInt(all.size()));
        List<MatchDecision> decisions = new ArrayList<>(d.matchDecisions());
        decisions.add(new MatchDecision(m.bring().contributionId(), m.get().contributionId(),
                random.nextInt(4) == 0 ? Verdict.CONFIRMED : Verdict.DISMISSED));
        return d.withMatchDecisions(decisions);
    }

    static Dossier reordered(Dossier d, Random random) {
        List<Partner> partners = new ArrayList<>(d.partners());
        if (partners.size() > 1) {
            partners.add(partners.remove(random.nextInt(partners.size())));
        }
        return d.withPartners(partners);
    }

    static Dossier withOrWithoutAPartner(Dossier d, Random random) {
        List<Partner> partners = new ArrayList<>(d.partners());
        if (!partners.isEmpty() && random.nextBoolean()) {
            partners.remove(random.nextInt(partners.size()));
        } else {
            partners.add(random.nextInt(partners.size() + 1), Partner.of("Nieuw", Role.CORE)
                    .withContributions(List.of(new Contribution(null, Direction.GET, Category.values()[0],
                            TEXTS[random.nextInt(TEXTS.length)], BigDecimal.TEN, "euro", null))));
        }
        return d.withPartners(partners);
    }
}

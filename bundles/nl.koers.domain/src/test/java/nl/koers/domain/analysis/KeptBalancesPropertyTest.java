package nl.koers.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;

/**
 * The balances of a ranking that keeps what it balanced are, after every kind of edit, exactly the balances of the
 * dossier made afresh: also when partners or items share an id, which changes where vague items are sorted.
 */
class KeptBalancesPropertyTest {
    @Test
    void afterEveryEditTheSameAsBalancingAfresh() {
        Random random = new Random(24);
        for (int round = 0; round < 200; round++) {
            MatchRanking ranking = new MatchRanking();
            Dossier d = MatchingPropertyTest.dossier(random);
            int perItem = 1 + random.nextInt(3);
            for (int step = 0; step < 12; step++) {
                switch (random.nextInt(8)) {
                    case 0, 1, 2 -> d = MatchRankingPropertyTest.editOneItem(d, random);
                    case 3 -> d = MatchRankingPropertyTest.reordered(d, random);
                    case 4 -> d = MatchRankingPropertyTest.withOrWithoutAPartner(d, random);
                    case 5 -> d = MatchRankingPropertyTest.decided(d, random);
                    case 6 -> d = withAnIdTwice(d, random);
                    default -> perItem = 1 + random.nextInt(3);
                }
                if (random.nextInt(4) == 0) { // the same ranking asked for all best matches in between
                    ranking.best(d, perItem, random.nextBoolean());
                }
                Set<List<String>> gone = new HashSet<>();
                d.matchDecisions().stream().filter(x -> !x.confirmed()).forEach(x -> gone.add(List.of(x.bringId(),
                        x.getId())));
                BiPredicate<String, String> leftOut = (b, g) -> gone.contains(List.of(b, g));
                assertEquals(CategoryBalance.of(d, perItem, leftOut), CategoryBalance.of(ranking, d, perItem),
                        "round " + round + ", step " + step);
            }
        }
    }

    @Test
    void vagueItemsAreSortedAsLookingThemUpByIdFindsThem() {
        Random random = new Random(25);
        for (int round = 0; round < 300; round++) {
            Dossier d = FastAnalysesPropertyTest.dossier(random);
            for (int twice = random.nextInt(4); twice > 0; twice--) {
                d = withAnIdTwice(d, random);
            }
            assertEquals(CategoryBalanceReference.of(d), CategoryBalance.of(d), "round " + round);
        }
    }

    /** A partner takes the id of another, or an item the id of another item of its partner, made vague. */
    private static Dossier withAnIdTwice(Dossier d, Random random) {
        List<Partner> partners = new ArrayList<>(d.partners());
        if (partners.size() < 2) {
            return d;
        }
        int at = random.nextInt(partners.size());
        Partner p = partners.get(at);
        if (random.nextBoolean()) {
            String id = partners.get(random.nextInt(partners.size())).id();
            partners.set(at, new Partner(id, p.name(), p.role(), p.representatives(), p.essence(), p.interests(),
                    p.positions(), p.coreValues(), p.contributions(), p.selection()));
        } else if (p.contributions().size() > 1) {
            List<Contribution> items = new ArrayList<>(p.contributions());
            int i = random.nextInt(items.size());
            Contribution c = items.get(i);
            items.set(i, new Contribution(items.get(random.nextInt(items.size())).id(), c.direction(),
                    c.category(), c.description(), null, c.unit(), c.firmness()));
            partners.set(at, p.withContributions(items));
        }
        return d.withPartners(partners);
    }
}

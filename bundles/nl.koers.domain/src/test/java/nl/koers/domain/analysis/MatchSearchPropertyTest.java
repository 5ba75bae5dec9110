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
import nl.koers.domain.Firmness;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;

/**
 * The search through a bucket's lists ({@link MatchSearch}) finds the best few that laying every item beside every
 * other finds, on tables made to reach each of its parts: lists long enough to be walked by a cursor, items that
 * share one word, a pair or more, items of more than {@value Postings#LONG} words, amounts that tie, amounts whose
 * doubles are equal, and pairs left out.
 */
class MatchSearchPropertyTest {
    private static final String[] WORDS = {"coaches", "jongeren", "werkgevers", "budget", "kennis", "netwerk",
        "stageplaatsen", "mensen", "de"};
    private static final BigDecimal[] AMOUNTS = {BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.TWO, BigDecimal.TEN,
        new BigDecimal("7.5"), new BigDecimal("-4"), new BigDecimal("30"), new BigDecimal("0.000000000000000001"),
        new BigDecimal("0.000000000000000003"), new BigDecimal("123456789012345678.1"),
        new BigDecimal("123456789012345678.2"), new BigDecimal("1.000000000000000001")};

    @Test
    void theBestFewAreThoseOfEveryPair() {
        Random random = new Random(23);
        for (int round = 0; round < 300; round++) {
            Dossier d = table(random);
            int perItem = 1 + random.nextInt(6);
            Set<List<String>> gone = new HashSet<>();
            List<Match> all = MatchingPropertyTest.reference(d);
            all.stream().filter(m -> random.nextInt(8) == 0).forEach(m -> gone.add(ids(m)));
            BiPredicate<String, String> leftOut = (b, g) -> gone.contains(List.of(b, g));
            assertEquals(BringGet.best(all.stream().filter(m -> !gone.contains(ids(m))).toList(), perItem),
                    BringGet.best(d, perItem, leftOut), "round " + round);
        }
    }

    /**
     * An item brought of more words than a set of bits holds lists the words it shares one by one: the same words, in
     * its order, as for a short item.
     */
    @Test
    void anItemOfMoreWordsThanABitSetHoldsSharesTheSameWords() {
        StringBuilder many = new StringBuilder();
        for (int w = 0; w < 70; w++) {
            many.append(w == 2 ? "jongeren" : w == 66 ? "budget" : w == 69 ? "netwerk"
                    : "woord" + (char) ('a' + w / 26) + (char) ('a' + w % 26)).append(' ');
        }
        Contribution brought = new Contribution(null, Direction.BRING, Category.MEANS, many.toString(), null, "",
                Firmness.WISH);
        List<Partner> partners = new ArrayList<>(List.of(Partner.of("Breng", Role.CORE).withContributions(
                List.of(brought))));
        String[] wanted = {"netwerk en jongeren", "budget", "kennis", "jongeren budget netwerk woordbz", "woordaa"};
        for (int p = 0; p < wanted.length; p++) {
            partners.add(Partner.of("Haal" + p, Role.CORE).withContributions(List.of(new Contribution(null,
                    Direction.GET, Category.MEANS, wanted[p], null, "", Firmness.WISH))));
        }
        Dossier d = Dossier.titled("Lang").withPartners(partners);
        List<Match> best = BringGet.best(d, 3, (b, g) -> false);
        assertEquals(BringGet.best(MatchingPropertyTest.reference(d), 3), best);
        assertEquals(List.of("jongeren", "woordbz", "budget", "netwerk"), best.get(0).reason().sharedWords());
    }

    /** One or two buckets of up to a hundred items, many of them sharing words, some long, amounts from a few. */
    private static Dossier table(Random random) {
        int vocabulary = 2 + random.nextInt(WORDS.length - 1);
        boolean withAmounts = random.nextInt(4) != 0;
        List<Partner> partners = new ArrayList<>();
        for (int p = 5 + random.nextInt(25); p > 0; p--) {
            List<Contribution> items = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                StringBuilder text = new StringBuilder();
                int words = random.nextInt(10) == 0 ? 10 + random.nextInt(8) : random.nextInt(5);
                for (int w = 0; w < words; w++) {
                    // a long text needs many words: numbered ones beside the shared vocabulary
                    text.append(w >= 4 && random.nextBoolean() ? "woord" + (char) ('a' + w) + "xyz"
                            : WORDS[random.nextInt(vocabulary)]).append(' ');
                }
                BigDecimal amount = !withAmounts || random.nextInt(5) == 0 ? null
                        : AMOUNTS[random.nextInt(AMOUNTS.length)];
                items.add(new Contribution(null, random.nextBoolean() ? Direction.BRING : Direction.GET,
                        random.nextInt(3) == 0 ? Category.MEANS : Category.PEOPLE, text.toString(), amount,
                        random.nextInt(5) == 0 ? "" : "euro", Firmness.WISH));
            }
            partners.add(Partner.of("P" + p, Role.CORE).withContributions(items));
        }
        return Dossier.titled("Lijsten").withPartners(partners);
    }

    private static List<String> ids(Match m) {
        return List.of(m.bring().contributionId(), m.get().contributionId());
    }
}

package nl.koers.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.MatchDecision.Verdict;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;

/**
 * The indexed matching finds exactly what laying every item beside every other finds, in the same order; and the
 * best few per item, found without making every match, are the first of those.
 */
class MatchingPropertyTest {
    private static final String[] WORDS = {"coaches", "stageplaatsen", "huisbezoeken", "woningaanpassingen",
        "jongeren", "werkgevers", "budget", "geld", "de", "voor", "van", "leerbanen", "Jongere", "arbeidsmarkt",
        "wijkverpleging", "kennis", "netwerk", "mensen", "école", "écoles"};
    private static final String[] UNITS = {"", "", "  ", "euro", "EUR", " € ", "uur/maand", "uren per maand",
        "woningen", "dagen/week", "Euro"};

    @Test
    void theIndexFindsWhatEveryPairFinds() {
        Random random = new Random(14);
        for (int round = 0; round < 300; round++) {
            Dossier d = dossier(random);
            assertEquals(reference(d), BringGet.matches(d), "round " + round);
        }
    }

    @Test
    void theBestFewAreTheFirstOfAllWithoutThePairsLeftOut() {
        Random random = new Random(41);
        for (int round = 0; round < 400; round++) {
            Dossier d = dossier(random);
            List<Match> all = reference(d);
            Set<List<String>> gone = new HashSet<>();
            all.stream().filter(m -> random.nextInt(4) == 0).forEach(m -> gone.add(ids(m)));
            int perItem = 1 + random.nextInt(4);
            List<Match> expected = BringGet.best(all.stream().filter(m -> !gone.contains(ids(m))).toList(), perItem);
            assertEquals(expected, BringGet.best(d, perItem, (b, g) -> gone.contains(List.of(b, g))), "round " + round);
            assertEquals(all.size(), BringGet.count(d), "round " + round);
            for (Match m : all.subList(0, Math.min(3, all.size()))) {
                assertEquals(Optional.of(m), BringGet.match(d, m.bring().contributionId(), m.get().contributionId()));
            }
        }
    }

    /** The matches of many pairs at once are those of each pair alone: reversed, unknown and repeated pairs too. */
    @Test
    void theMatchesOfPairsAreThoseOfEachPair() {
        Random random = new Random(43);
        for (int round = 0; round < 200; round++) {
            Dossier d = dossier(random);
            List<String> ids = d.partners().stream().flatMap(p -> p.contributions().stream())
                    .map(Contribution::id).toList();
            List<MatchDecision> pairs = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0 && !ids.isEmpty(); i--) {
                pairs.add(new MatchDecision(random.nextInt(8) == 0 ? "weg" : ids.get(random.nextInt(ids.size())),
                        ids.get(random.nextInt(ids.size())), Verdict.CONFIRMED));
            }
            BringGet.matches(d).stream().limit(3).forEach(m -> pairs.add(new MatchDecision(
                    m.bring().contributionId(), m.get().contributionId(), Verdict.DISMISSED)));
            List<Match> oneByOne = pairs.stream().flatMap(x -> BringGet.match(d, x.bringId(), x.getId()).stream())
                    .toList();
            assertEquals(oneByOne, BringGet.matches(d, pairs), "round " + round);
        }
    }

    /**
     * Larger tables with a handful of words, units and amounts, many without an amount: the best few are then
     * decided by ties between lists walked in order and lists walked by amount.
     */
    @Test
    void theBestFewInLargerTablesFullOfTies() {
        Random random = new Random(42);
        String[] words = {"coaches", "jongeren", "werkgevers", "budget", "kennis", "de"};
        for (int round = 0; round < 150; round++) {
            List<Partner> partners = new ArrayList<>();
            for (int p = 10 + random.nextInt(20); p > 0; p--) {
                List<Contribution> items = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    String text = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)];
                    BigDecimal amount = random.nextBoolean() ? null : BigDecimal.valueOf(1 + random.nextInt(6));
                    items.add(new Contribution(null, random.nextBoolean() ? Direction.BRING : Direction.GET,
                            Category.PEOPLE, random.nextInt(3) == 0 ? "" : text, amount,
                            random.nextInt(4) == 0 ? "" : "euro", Firmness.WISH));
                }
                partners.add(Partner.of("P" + p, Role.CORE).withContributions(items));
            }
            Dossier d = Dossier.titled("Gelijk").withPartners(partners);
            int perItem = 1 + random.nextInt(3);
            assertEquals(BringGet.best(reference(d), perItem), BringGet.best(d, perItem, (b, g) -> false),
                    "round " + round);
        }
    }

    private static List<String> ids(Match m) {
        return List.of(m.bring().contributionId(), m.get().contributionId());
    }

    static Dossier dossier(Random random) {
        List<Partner> partners = new ArrayList<>();
        int n = 1 + random.nextInt(8);
        for (int p = 0; p < n; p++) {
            List<Contribution> items = new ArrayList<>();
            int k = random.nextInt(7);
            for (int i = 0; i < k; i++) {
                StringBuilder text = new StringBuilder();
                for (int w = random.nextInt(5); w >= 0; w--) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                // many equal amounts, some with cents, a few below zero: ties and odd sizes on purpose
                BigDecimal amount = random.nextInt(3) == 0 ? null
                        : BigDecimal.valueOf(random.nextInt(60) - 5, random.nextInt(4) == 0 ? 1 : 0);
                items.add(new Contribution(null, random.nextBoolean() ? Direction.BRING : Direction.GET,
                        Category.values()[random.nextInt(3)], text.toString(), amount,
                        UNITS[random.nextInt(UNITS.length)], random.nextBoolean() ? Firmness.WISH : Firmness.DEMAND));
            }
            partners.add(Partner.of("P" + p, Role.CORE).withContributions(items));
        }
        return Dossier.titled("Willekeurig").withPartners(partners);
    }

    /** The simple way: every item brought beside every item wanted, then sorted by score, stably. */
    static List<Match> reference(Dossier d) {
        List<Matching.Entry> items = new ArrayList<>();
        for (int p = 0; p < d.partners().size(); p++) {
            Partner partner = d.partners().get(p);
            for (int i = 0; i < partner.contributions().size(); i++) {
                Contribution c = partner.contributions().get(i);
                items.add(new Matching.Entry(p, i, new ContributionRef(partner.id(), c.id()), c));
            }
        }
        List<Match> out = new ArrayList<>();
        for (Matching.Entry b : items) {
            for (Matching.Entry g : items) {
                if (b.c().direction() == Direction.BRING && g.c().direction() == Direction.GET
                        && b.partner() != g.partner() && b.c().category() == g.c().category()
                        && Units.key(b.c().unit()).equals(Units.key(g.c().unit()))) {
                    out.add(Matching.match(b, g, shared(b.words(), g.words())));
                }
            }
        }
        out.sort((x, y) -> Integer.compare(y.reason().score(), x.reason().score()));
        return out;
    }

    private static List<String> shared(Map<String, String> bring, Map<String, String> get) {
        return bring.entrySet().stream().filter(e -> get.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    }
}

package nl.koers.domain.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;

/** The category balances as they were made before the index: the reference for {@link FastAnalysesPropertyTest}. */
final class CategoryBalanceReference {
    private CategoryBalanceReference() {
    }

    /**
     * One balance per category in which at least one partner brings or wants something, in the order of
     * {@link Category}; an empty list for a dossier without bring or get items.
     */
    static List<CategoryBalance> of(Dossier dossier) {
        List<Match> allMatches = BringGet.matches(dossier);
        List<CategoryBalance> out = new ArrayList<>();
        for (Category category : Category.values()) {
            Set<String> bringers = new LinkedHashSet<>();
            Set<String> getters = new LinkedHashSet<>();
            List<ContributionRef> brought = new ArrayList<>();
            List<ContributionRef> wanted = new ArrayList<>();
            List<ContributionRef> gaps = new ArrayList<>();
            List<ContributionRef> unasked = new ArrayList<>();
            List<ContributionRef> vague = new ArrayList<>();
            Map<String, String> spelling = new LinkedHashMap<>();
            Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
            for (Direction direction : Direction.values()) {
                for (Partner p : dossier.partners()) {
                    for (Contribution c : p.contributions(direction)) {
                        if (c.category() != category) {
                            continue;
                        }
                        ContributionRef ref = new ContributionRef(p.id(), c.id());
                        boolean bring = direction == Direction.BRING;
                        (bring ? bringers : getters).add(p.id());
                        (bring ? brought : wanted).add(ref);
                        if (!answeredByOthers(dossier, p, category, bring ? Direction.GET : Direction.BRING)) {
                            (bring ? unasked : gaps).add(ref);
                        }
                        if (!c.isConcrete()) {
                            vague.add(ref);
                        } else {
                            String key = BringGet.unitKey(c.unit());
                            spelling.putIfAbsent(key, c.unit().strip());
                            BigDecimal[] s = sums.computeIfAbsent(key,
                                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                            s[bring ? 0 : 1] = s[bring ? 0 : 1].add(c.amount());
                        }
                    }
                }
            }
            if (brought.isEmpty() && wanted.isEmpty()) {
                continue;
            }
            // vague items in partner order, then item order, whatever their direction
            vague.sort(java.util.Comparator.comparingInt((ContributionRef r) -> partnerIndex(dossier, r))
                    .thenComparingInt(r -> itemIndex(dossier, r)));
            List<CategoryBalance.UnitSum> units = new ArrayList<>();
            sums.forEach((key, s) -> units.add(new CategoryBalance.UnitSum(spelling.get(key), s[0], s[1])));
            List<Match> matches = allMatches.stream().filter(m -> m.category() == category).toList();
            out.add(new CategoryBalance(category, List.copyOf(bringers), List.copyOf(getters), brought, wanted, gaps,
                    unasked, vague, matches, units));
        }
        return List.copyOf(out);
    }

    /** Whether a partner other than {@code p} has an item in {@code direction} in {@code category}. */
    private static boolean answeredByOthers(Dossier d, Partner p, Category category, Direction direction) {
        return d.partners().stream().filter(o -> !o.id().equals(p.id()))
                .anyMatch(o -> o.contributions(direction).stream().anyMatch(c -> c.category() == category));
    }

    private static int partnerIndex(Dossier d, ContributionRef r) {
        for (int i = 0; i < d.partners().size(); i++) {
            if (d.partners().get(i).id().equals(r.partnerId())) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int itemIndex(Dossier d, ContributionRef r) {
        return d.partner(r.partnerId()).map(p -> {
            for (int i = 0; i < p.contributions().size(); i++) {
                if (p.contributions().get(i).id().equals(r.contributionId())) {
                    return i;
                }
            }
            return Integer.MAX_VALUE;
        }).orElse(Integer.MAX_VALUE);
    }
}

package nl.koers.domain.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Partner;

/** The findings as they were found before the index: every item beside every other. The reference for {@link FastAnalysesPropertyTest}. */
final class FindingsReference {
    private FindingsReference() {
    }

    /** One item with where it sits: the partner's place in the dossier and the item's place on its card. */
    private record Item(int partnerIndex, int itemIndex, Partner partner, Contribution c) {
        ContributionRef ref() {
            return new ContributionRef(partner.id(), c.id());
        }

        boolean is(Direction direction, Category category) {
            return c.direction() == direction && c.category() == category;
        }
    }

    private static final Comparator<Item> IN_ORDER = Comparator.comparingInt(Item::partnerIndex)
            .thenComparingInt(Item::itemIndex);

    /** The findings of the dossier, in the order described on this class. */
    public static List<Finding> findings(Dossier dossier) {
        List<Item> items = items(dossier);
        List<Finding> out = new ArrayList<>();
        out.addAll(unansweredDemands(items));
        out.addAll(conflictingDemands(items));
        out.addAll(unrequestedOffers(items));
        return List.copyOf(out);
    }

    private static List<Finding> unansweredDemands(List<Item> items) {
        List<Finding> out = new ArrayList<>();
        for (Item get : items) {
            if (get.c().direction() == Direction.GET && get.c().firmness() == Firmness.DEMAND
                    && items.stream().noneMatch(other -> other.partnerIndex() != get.partnerIndex()
                            && other.is(Direction.BRING, get.c().category()))) {
                out.add(new Finding(Finding.Kind.UNANSWERED_DEMAND, get.c().category(), List.of(get.ref())));
            }
        }
        return out;
    }

    private static List<Finding> conflictingDemands(List<Item> items) {
        // demands with an amount and a unit, grouped by category and unit, in the order of their first demand
        record Key(Category category, String unit) {
        }
        Map<Key, List<Item>> demands = new LinkedHashMap<>();
        for (Item i : items) {
            Contribution c = i.c();
            if (c.direction() == Direction.GET && c.firmness() == Firmness.DEMAND && c.amount() != null
                    && !BringGet.unitKey(c.unit()).isEmpty()) {
                demands.computeIfAbsent(new Key(c.category(), BringGet.unitKey(c.unit())), k -> new ArrayList<>()).add(i);
            }
        }
        List<Finding> out = new ArrayList<>();
        demands.forEach((key, group) -> {
            if (group.stream().map(Item::partnerIndex).distinct().count() < 2) {
                return;
            }
            BigDecimal demanded = group.stream().map(i -> i.c().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal brought = items.stream()
                    .filter(i -> i.is(Direction.BRING, key.category()) && i.c().amount() != null
                            && BringGet.unitKey(i.c().unit()).equals(key.unit()))
                    .map(i -> i.c().amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (demanded.compareTo(brought) > 0) {
                out.add(new Finding(Finding.Kind.CONFLICTING_DEMANDS, key.category(),
                        group.stream().sorted(IN_ORDER).map(Item::ref).toList()));
            }
        });
        return out;
    }

    private static List<Finding> unrequestedOffers(List<Item> items) {
        List<Finding> out = new ArrayList<>();
        for (Item bring : items) {
            if (bring.c().direction() == Direction.BRING
                    && items.stream().noneMatch(other -> other.partnerIndex() != bring.partnerIndex()
                            && other.is(Direction.GET, bring.c().category()))) {
                out.add(new Finding(Finding.Kind.UNREQUESTED_OFFER, bring.c().category(), List.of(bring.ref())));
            }
        }
        return out;
    }

    /** Every partner's items, in partner order and then item order. */
    private static List<Item> items(Dossier dossier) {
        List<Item> out = new ArrayList<>();
        List<Partner> partners = dossier.partners();
        for (int p = 0; p < partners.size(); p++) {
            List<Contribution> cs = partners.get(p).contributions();
            for (int i = 0; i < cs.size(); i++) {
                out.add(new Item(p, i, partners.get(p), cs.get(i)));
            }
        }
        return out;
    }
}

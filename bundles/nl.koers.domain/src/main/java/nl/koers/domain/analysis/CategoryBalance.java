package nl.koers.domain.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;

/**
 * The balance of one category of bringing and getting, across all partners: who brings something in it and who
 * wants to get something, where nobody answers, and how the amounts add up. The rules are simple enough to
 * explain in the room:
 * <ul>
 * <li>{@code bringers} and {@code getters}: the partners that bring, and that want to get, at least one item in
 * the category, each once, in partner order.</li>
 * <li>{@code brought} and {@code wanted}: those items, in partner order and then item order.</li>
 * <li>{@code gaps}: wanted items (wishes and demands) for which no <em>other</em> partner brings anything in the
 * category. What a partner brings itself does not fill its own gap. When nobody brings anything in the
 * category, every wanted item is a gap.</li>
 * <li>{@code unasked}: brought items that no other partner wants to get in the category.</li>
 * <li>{@code vague}: brought and wanted items without an amount or without a unit ("make it concrete").</li>
 * <li>{@code matches}: the {@link BringGet#matches matches} in the category, in their order.</li>
 * <li>{@code units}: per unit, the amounts brought and wanted, summed over the items with both an amount and a
 * unit. Units are compared as {@link Balance} compares them (trimmed, regardless of case) and shown as first
 * spelled, in the order they first appear among the brought items and then the wanted ones; different units
 * are never added together.</li>
 * </ul>
 */
public record CategoryBalance(Category category, List<String> bringers, List<String> getters,
        List<ContributionRef> brought, List<ContributionRef> wanted, List<ContributionRef> gaps,
        List<ContributionRef> unasked, List<ContributionRef> vague, List<Match> matches, List<UnitSum> units) {

    public CategoryBalance {
        Objects.requireNonNull(category, "category");
        bringers = List.copyOf(bringers);
        getters = List.copyOf(getters);
        brought = List.copyOf(brought);
        wanted = List.copyOf(wanted);
        gaps = List.copyOf(gaps);
        unasked = List.copyOf(unasked);
        vague = List.copyOf(vague);
        matches = List.copyOf(matches);
        units = List.copyOf(units);
    }

    /**
     * The amounts of one unit in one category.
     *
     * @param unit as first spelled, trimmed
     */
    public record UnitSum(String unit, BigDecimal brought, BigDecimal wanted) {
        public UnitSum {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(brought, "brought");
            Objects.requireNonNull(wanted, "wanted");
        }

        /** How much more is wanted than brought; zero when what is brought covers it. */
        public BigDecimal shortfall() {
            BigDecimal s = wanted.subtract(brought);
            return s.signum() > 0 ? s : BigDecimal.ZERO;
        }
    }

    /** Whether something is wanted in this category that nobody else brings. */
    public boolean hasGap() {
        return !gaps.isEmpty();
    }

    /**
     * One balance per category in which at least one partner brings or wants something, in the order of
     * {@link Category}; an empty list for a dossier without bring or get items.
     */
    public static List<CategoryBalance> of(Dossier dossier) {
        return of(dossier, BringGet.matches(dossier));
    }

    /**
     * The same balances with, in place of every match, the best few per item brought without the pairs left out
     * ({@link BringGet#best(Dossier, int, BiPredicate)}): what a screen shows of a large dossier, where every
     * match would be thousands. How many there are in all is {@link BringGet#counts}.
     */
    public static List<CategoryBalance> of(Dossier dossier, int perItem, BiPredicate<String, String> leaveOut) {
        List<List<Match>> best = BringGet.bestByCategory(dossier, perItem, leaveOut);
        return List.copyOf(of(dossier, best, EnumSet.allOf(Category.class)).values());
    }

    /**
     * The same, with the best matches from a ranking that follows the dossier ({@link MatchRanking}) and without the
     * pairs the dossier's match decisions dismissed: what the balance screen asks after every edit.
     *
     * @param ranking the screen's ranking
     * @param dossier the dossier as it is now
     * @param perItem how many matches at most per item brought
     * @return one balance per category with items, in the order of {@link Category}
     */
    public static List<CategoryBalance> of(MatchRanking ranking, Dossier dossier, int perItem) {
        synchronized (ranking) {
            return ranking.balances.of(dossier, ranking.bestByCategory(dossier, perItem));
        }
    }

    private static List<CategoryBalance> of(Dossier dossier, List<Match> shown) {
        return List.copyOf(of(dossier, byCategory(shown), EnumSet.allOf(Category.class)).values());
    }

    /**
     * The balances of these categories only, those with items.
     *
     * @param allMatches per category (by its ordinal), its matches in their order
     */
    static Map<Category, CategoryBalance> of(Dossier dossier, List<List<Match>> allMatches, Set<Category> only) {
        // one pass over the dossier notes where the items of these categories are, brought and wanted apart, and who
        // has them; then the items brought first, each into its category's tally: the order within a category is kept
        Holders<String> holders = new Holders<>();
        List<Ints> places = List.of(new Ints(), new Ints()); // by direction: per item its partner's and its place
        List<Partner> partners = dossier.partners();
        for (int at = 0; at < partners.size(); at++) {
            Partner p = partners.get(at);
            for (int i = 0; i < p.contributions().size(); i++) {
                Contribution c = p.contributions().get(i);
                if (only.contains(c.category())) {
                    holders.add(p.id(), c.direction(), c.category());
                    places.get(c.direction().ordinal()).add(at);
                    places.get(c.direction().ordinal()).add(i);
                }
            }
        }
        // per category (by its ordinal); each unit read once per spelling, not stripped and lower-cased per item
        Tally[] tallies = new Tally[Category.values().length];
        boolean uniqueIds = uniqueIds(partners);
        UnitKeys units = new UnitKeys();
        Places sorted = null; // made for the first vague item
        for (Direction direction : Direction.values()) {
            Ints mine = places.get(direction.ordinal());
            for (int k = 0; k < mine.size(); k += 2) {
                Partner p = partners.get(mine.get(k));
                Contribution c = p.contributions().get(mine.get(k + 1));
                boolean lone = !holders.othersHave(p.id(),
                        direction == Direction.BRING ? Direction.GET : Direction.BRING, c.category());
                Tally t = tallies[c.category().ordinal()];
                if (t == null) {
                    t = new Tally(uniqueIds);
                    tallies[c.category().ordinal()] = t;
                }
                ContributionRef ref = t.add(p, c, lone);
                // concrete: an amount and a unit that is not blank, which is a unit whose key is not empty
                String unit = c.amount() == null ? "" : units.of(c.unit());
                if (unit.isEmpty()) {
                    sorted = sorted == null ? new Places(dossier) : sorted;
                    t.vague.add(new Vague(sorted.of(mine.get(k), mine.get(k + 1)), ref));
                } else {
                    t.sum(unit, c);
                }
            }
        }
        Map<Category, CategoryBalance> out = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            Tally t = tallies[category.ordinal()];
            if (t == null) {
                continue;
            }
            // vague items in partner order, then item order, whatever their direction
            t.vague.sort(Comparator.comparingLong(Vague::place));
            List<UnitSum> sums = new ArrayList<>(t.sums.size());
            t.sums.values().forEach(s -> sums.add(new UnitSum(s.spelling, s.brought, s.wanted)));
            out.put(category, new CategoryBalance(category, List.copyOf(t.bringers), List.copyOf(t.getters),
                    t.brought, t.wanted, t.gaps, t.unasked, t.vague.stream().map(Vague::ref).toList(),
                    allMatches.get(category.ordinal()), sums));
        }
        return out;
    }

    private static boolean uniqueIds(List<Partner> partners) {
        Set<String> ids = new HashSet<>();
        for (Partner p : partners) {
            if (!ids.add(p.id())) {
                return false;
            }
        }
        return true;
    }

    /** The matches of each category (by its ordinal), in their order, each in a list that cannot be changed. */
    private static List<List<Match>> byCategory(List<Match> matches) {
        int[] counts = new int[Category.values().length];
        matches.forEach(m -> counts[m.category().ordinal()]++);
        Match[][] arrays = new Match[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            arrays[i] = new Match[counts[i]];
            counts[i] = 0;
        }
        matches.forEach(m -> arrays[m.category().ordinal()][counts[m.category().ordinal()]++] = m);
        List<List<Match>> out = new ArrayList<>(counts.length);
        for (Match[] array : arrays) {
            out.add(List.of(array)); // immutable: the balance keeps it as it is
        }
        return out;
    }

    /** What one category holds, as the items come in. */
    private static final class Tally {
        /**
         * Each partner's id once: when no two partners share an id, each partner's items come one after the other, so
         * a list is enough; a set (hashing every id) only for a damaged file.
         */
        final Collection<String> bringers;
        final Collection<String> getters;
        final List<ContributionRef> brought = new ArrayList<>();
        final List<ContributionRef> wanted = new ArrayList<>();
        final List<ContributionRef> gaps = new ArrayList<>();
        final List<ContributionRef> unasked = new ArrayList<>();
        final List<Vague> vague = new ArrayList<>();
        /** Per unit as compared, in the order units first appear: the amounts brought and wanted in it. */
        final Map<String, UnitTotal> sums = new LinkedHashMap<>();
        private Partner last;
        private boolean lastBrings;

        Tally(boolean uniqueIds) {
            bringers = uniqueIds ? new ArrayList<>() : new LinkedHashSet<>();
            getters = uniqueIds ? new ArrayList<>() : new LinkedHashSet<>();
        }

        /** @param lone whether no other partner has an item of the other direction in the category */
        ContributionRef add(Partner p, Contribution c, boolean lone) {
            ContributionRef ref = new ContributionRef(p.id(), c.id());
            boolean bring = c.direction() == Direction.BRING;
            if (p != last || bring != lastBrings) { // a partner's items come one after the other: its id once
                (bring ? bringers : getters).add(p.id());
                last = p;
                lastBrings = bring;
            }
            (bring ? brought : wanted).add(ref);
            if (lone) {
                (bring ? unasked : gaps).add(ref);
            }
            return ref;
        }

        /** Adds the amount of a concrete item to its unit, known by its key. */
        void sum(String unitKey, Contribution c) {
            UnitTotal total = sums.get(unitKey);
            if (total == null) {
                total = new UnitTotal(c.unit().strip());
                sums.put(unitKey, total);
            }
            if (c.direction() == Direction.BRING) {
                total.brought = total.brought.add(c.amount());
            } else {
                total.wanted = total.wanted.add(c.amount());
            }
        }
    }

    /** The amounts of one unit as they are added up, and the unit as first spelled. */
    private static final class UnitTotal {
        final String spelling;
        BigDecimal brought = BigDecimal.ZERO;
        BigDecimal wanted = BigDecimal.ZERO;

        UnitTotal(String spelling) {
            this.spelling = spelling;
        }
    }

    /** A vague item, and where it is sorted ({@link Places#of}). */
    private record Vague(long place, ContributionRef ref) {
    }

    /**
     * Where a partner and an item sit in the dossier, looked up by id as {@link Dossier#partner} finds them: the
     * first partner with the id, and in it the first item with the id (last when it has none).
     */
    private static final class Places {
        private final Dossier dossier;
        private final Map<String, Integer> partners = new HashMap<>();

        Places(Dossier d) {
            dossier = d;
            for (int p = 0; p < d.partners().size(); p++) {
                partners.putIfAbsent(d.partners().get(p).id(), p);
            }
        }

        /** {@return where the item at this place of the partner at this place is sorted} */
        long of(int at, int item) {
            Partner partner = dossier.partners().get(at);
            String id = partner.contributions().get(item).id();
            int found = partners.get(partner.id());
            List<Contribution> items = dossier.partners().get(found).contributions();
            // in its own partner it is found at its place or before: only those are looked at
            int end = found == at ? item : items.size();
            for (int i = 0; i < end; i++) {
                if (items.get(i).id().equals(id)) {
                    return ((long) found << 32) | i;
                }
            }
            return ((long) found << 32) | (found == at ? item : Integer.MAX_VALUE);
        }
    }
}

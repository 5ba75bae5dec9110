package nl.koers.domain.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.Partner;

/**
 * What the partners bring and get, laid side by side: the findings a facilitator points out in the exchange,
 * the matches between partners, and each partner's balance. These rules are what the facilitator sees, so
 * they are kept simple enough to explain in the room.
 *
 * <h2>Findings</h2>
 * <ul>
 * <li><b>Unanswered demand</b> ({@link Finding.Kind#UNANSWERED_DEMAND}): a partner demands (not negotiable)
 * to get something in a category, and no other partner brings anything in that category. What a partner
 * brings itself does not answer its own demand. A wish (negotiable) that nobody answers is not a finding.
 * The finding points at that one demand.</li>
 * <li><b>Conflicting demands</b> ({@link Finding.Kind#CONFLICTING_DEMANDS}): two or more different partners
 * each demand to get something in the same category, with an amount in the same unit, and together they
 * demand more than all partners together bring in that category and unit. They pull on a supply that
 * cannot satisfy them all. Units are compared without surrounding spaces and regardless of case ("Uur/maand"
 * is "uur/maand"); demands without an amount or without a unit are left out, because they cannot be
 * added up; different units are never added together. The finding points at all demands in that category
 * and unit, one finding per category and unit.</li>
 * <li><b>Unrequested offer</b> ({@link Finding.Kind#UNREQUESTED_OFFER}): a partner brings something in a
 * category in which no other partner wants to get anything, neither as a wish nor as a demand. The finding
 * points at that one item.</li>
 * </ul>
 * Categories are matched only with the same category; "other" is matched only by "other".
 * Findings come in this order: by kind as listed above, then in the order of the partners, then in the order
 * of the partner's items (for conflicting demands: the first demand involved).
 *
 * <h2>Matches</h2>
 * One partner brings something, and another partner wants to get something (wish or demand) in the same
 * category and in a unit that fits: the same unit (compared as {@link Units} reads it: "uren per maand" is
 * "uur/maand"), or neither with a unit. What is measured in euro never matches what is counted in homes; a
 * partner never matches itself. Each match carries its {@link MatchReason}: the significant words both use
 * (stop words left out, see {@link Wording}), the unit, and how the amounts fit. Its score (0 to 100) is the sum
 * of 60 points times the share of words in common (twice the shared words over the words of both), 10 points
 * for a unit in common, and 30 points times how close the amounts are (the smaller over the larger), when both
 * have one. Matches come best first; between equals, in the order of the bringing partner and its items, then
 * of the getting partner and its items. They are found through an index, not by comparing every pair
 * ({@link Matching}).
 *
 * <h2>Balance</h2>
 * Per partner, in partner order: how many items it brings and how many it gets, and the amounts it brings and
 * gets summed per unit, for the items that have an amount (see {@link Balance}).
 *
 * <h2>Cost</h2>
 * Findings and balances grow with the number of items: whether another partner brings or wants something in a
 * category is looked up (who has items there is noted once), and what is brought is summed per category and unit
 * once. Matches grow with the items and the matches found; {@link #count} and {@link #counts} count them without
 * making them, and {@link #best(Dossier, int, BiPredicate)} makes only the few a screen shows.
 */
public final class BringGet {
    private BringGet() {
    }

    /** One item with where it sits: the partner's place in the dossier and the item's place on its card. */
    private record Item(int partnerIndex, int itemIndex, Partner partner, Contribution c) {
        ContributionRef ref() {
            return new ContributionRef(partner.id(), c.id());
        }
    }

    /** A demand in a category and unit, or what is brought in it (see conflicting demands). */
    private record Key(Category category, String unit) {
    }

    /**
     * The findings of the dossier, in the order described on this class. Two walks over the partners' own lists:
     * the first notes who has what, the demands with an amount and what is brought; the second finds the demands and
     * offers nobody else answers. No item is copied or wrapped on the way, only those that can conflict.
     */
    public static List<Finding> findings(Dossier dossier) {
        List<Partner> partners = dossier.partners();
        Holders<Integer> holders = new Holders<>();
        UnitKeys units = new UnitKeys();
        // demands with an amount and a unit, grouped by category and unit, in the order of their first demand;
        // what is brought is summed per category and unit once
        Map<Key, List<Item>> demands = new LinkedHashMap<>();
        Map<Key, BigDecimal> brought = new HashMap<>();
        for (int p = 0; p < partners.size(); p++) {
            Integer place = p; // boxed once per partner, not per item
            List<Contribution> cs = partners.get(p).contributions();
            for (int i = 0; i < cs.size(); i++) {
                Contribution c = cs.get(i);
                holders.add(place, c.direction(), c.category());
                if (c.amount() == null) {
                    continue;
                }
                String unit = units.of(c.unit());
                if (c.direction() == Direction.GET && c.firmness() == Firmness.DEMAND && !unit.isEmpty()) {
                    demands.computeIfAbsent(new Key(c.category(), unit), k -> new ArrayList<>())
                            .add(new Item(p, i, partners.get(p), c));
                } else if (c.direction() == Direction.BRING) {
                    brought.merge(new Key(c.category(), unit), c.amount(), BigDecimal::add);
                }
            }
        }
        List<Finding> unanswered = new ArrayList<>();
        List<Finding> unrequested = new ArrayList<>();
        for (int p = 0; p < partners.size(); p++) {
            Integer place = p;
            Partner partner = partners.get(p);
            for (Contribution c : partner.contributions()) {
                if (c.direction() == Direction.GET && c.firmness() == Firmness.DEMAND
                        && !holders.othersHave(place, Direction.BRING, c.category())) {
                    unanswered.add(new Finding(Finding.Kind.UNANSWERED_DEMAND, c.category(),
                            List.of(new ContributionRef(partner.id(), c.id()))));
                } else if (c.direction() == Direction.BRING
                        && !holders.othersHave(place, Direction.GET, c.category())) {
                    unrequested.add(new Finding(Finding.Kind.UNREQUESTED_OFFER, c.category(),
                            List.of(new ContributionRef(partner.id(), c.id()))));
                }
            }
        }
        List<Finding> out = new ArrayList<>(unanswered);
        out.addAll(conflictingDemands(demands, brought));
        out.addAll(unrequested);
        return List.copyOf(out);
    }

    /** The matches of the dossier, best first, as described on this class. */
    public static List<Match> matches(Dossier dossier) {
        return List.copyOf(Matching.matches(entries(dossier)));
    }

    /**
     * The first matches of a ranked list, at most {@code perItem} for each item brought, in their order: the
     * few a screen shows before "show all".
     */
    public static List<Match> best(List<Match> ranked, int perItem) {
        Map<ContributionRef, Integer> shown = new HashMap<>();
        List<Match> out = new ArrayList<>();
        for (Match m : ranked) {
            if (shown.merge(m.bring(), 1, Integer::sum) <= perItem) {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The same as {@code best(matches(dossier), perItem)} without the pairs left out, found without making every
     * match (see {@link BestMatches}): what a screen shows of a large dossier.
     *
     * @param leaveOut gets the ids of the item brought and the item wanted; true leaves the pair out (dismissed)
     */
    public static List<Match> best(Dossier dossier, int perItem, BiPredicate<String, String> leaveOut) {
        return BestMatches.best(entries(dossier), perItem, leaveOut);
    }

    /** The same best matches per category (by its ordinal), each ranked: what {@link CategoryBalance} shows. */
    static List<List<Match>> bestByCategory(Dossier dossier, int perItem, BiPredicate<String, String> leaveOut) {
        return BestMatches.byCategory(entries(dossier), perItem, leaveOut);
    }

    /** {@return how many matches the dossier has} Counted without making them. */
    public static long count(Dossier dossier) {
        return counts(dossier).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * {@return how many matches the dossier has in each category that has any} Counted without making them, and
     * without words: an item brought matches every item wanted in its bucket (category and unit) but its own
     * partner's, so it counts the items wanted there less its partner's own. One walk over the items numbers each
     * one's bucket and counts what is wanted in it; a second walk, partner by partner, over those numbers alone
     * counts each partner's own. Nothing is made or hashed per item but its unit, looked up once.
     */
    public static Map<Category, Long> counts(Dossier dossier) {
        List<Partner> partners = dossier.partners();
        int items = 0;
        for (Partner p : partners) {
            items += p.contributions().size();
        }
        BucketNumbers buckets = new BucketNumbers();
        // per item, its bucket's number times two, plus one when it is brought
        int[] codes = new int[items];
        int[] ends = new int[partners.size()];
        int[] wanted = new int[16];
        int at = 0;
        for (int p = 0; p < partners.size(); p++) {
            for (Contribution c : partners.get(p).contributions()) {
                int bucket = buckets.of(c);
                boolean brought = c.direction() == Direction.BRING;
                codes[at++] = bucket << 1 | (brought ? 1 : 0);
                if (!brought) {
                    if (bucket >= wanted.length) {
                        wanted = Arrays.copyOf(wanted, Math.max(bucket + 1, wanted.length * 2));
                    }
                    wanted[bucket]++;
                }
            }
            ends[p] = at;
        }
        int[] own = new int[buckets.size()];
        wanted = Arrays.copyOf(wanted, buckets.size());
        long[] perCategory = new long[Category.values().length];
        int from = 0;
        for (int end : ends) {
            for (int i = from; i < end; i++) {
                if ((codes[i] & 1) == 0) {
                    own[codes[i] >> 1]++;
                }
            }
            for (int i = from; i < end; i++) {
                int bucket = codes[i] >> 1;
                int n = wanted[bucket] - own[bucket];
                if ((codes[i] & 1) == 1 && n > 0) {
                    perCategory[buckets.category(bucket)] += n;
                }
            }
            for (int i = from; i < end; i++) {
                own[codes[i] >> 1] = 0;
            }
            from = end;
        }
        Map<Category, Long> out = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            if (perCategory[c.ordinal()] > 0) {
                out.put(c, perCategory[c.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** {@return the match of these two items, when they match} As it is in {@link #matches}. */
    public static Optional<Match> match(Dossier dossier, String bringId, String getId) {
        // only the two items get their words read: a sheet asks this for every pair it draws
        Optional<Item> bring = items(dossier).stream().filter(i -> i.c().id().equals(bringId)).findFirst();
        Optional<Item> get = items(dossier).stream().filter(i -> i.c().id().equals(getId)).findFirst();
        if (bring.isEmpty() || get.isEmpty()) {
            return Optional.empty();
        }
        WordIds dictionary = new WordIds();
        return Matching.matches(List.of(entry(bring.get(), dictionary), entry(get.get(), dictionary))).stream()
                .findFirst();
    }

    /**
     * The match of each pair of items, as {@link #match} finds it, in the order of the pairs; a pair whose items do
     * not match (or are no longer there) is left out. The items are looked up by id once, so this grows with the
     * dossier and the pairs, not with their product.
     *
     * @param dossier the dossier
     * @param pairs decisions naming the item brought and the item wanted; their verdict is not read
     * @return the matches, one per pair that matches
     */
    public static List<Match> matches(Dossier dossier, Collection<MatchDecision> pairs) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        Map<String, Item> byId = new HashMap<>();
        items(dossier).forEach(i -> byId.putIfAbsent(i.c().id(), i)); // the first with an id, as match(...) finds it
        List<Match> out = new ArrayList<>();
        WordIds dictionary = new WordIds();
        for (MatchDecision pair : pairs) {
            Item bring = byId.get(pair.bringId());
            Item get = byId.get(pair.getId());
            if (bring != null && get != null) {
                out.addAll(Matching.matches(List.of(entry(bring, dictionary), entry(get, dictionary))));
            }
        }
        return List.copyOf(out);
    }

    /** Every item with its words, numbered in one dictionary: made straight from the partners' lists, no item between. */
    private static List<Matching.Entry> entries(Dossier dossier) {
        WordIds dictionary = new WordIds();
        List<Partner> partners = dossier.partners();
        List<Matching.Entry> out = new ArrayList<>();
        for (int p = 0; p < partners.size(); p++) {
            String partner = partners.get(p).id();
            List<Contribution> cs = partners.get(p).contributions();
            for (int i = 0; i < cs.size(); i++) {
                Contribution c = cs.get(i);
                out.add(new Matching.Entry(p, i, new ContributionRef(partner, c.id()), c, dictionary));
            }
        }
        return out;
    }

    private static Matching.Entry entry(Item i, WordIds dictionary) {
        return new Matching.Entry(i.partnerIndex(), i.itemIndex(), i.ref(), i.c(), dictionary);
    }

    /** Each partner's bring against get, in partner order: one walk over each partner's items. */
    public static List<Balance> balances(Dossier dossier) {
        UnitKeys units = new UnitKeys();
        List<Balance> out = new ArrayList<>(dossier.partners().size());
        for (Partner p : dossier.partners()) {
            UnitSums bring = new UnitSums();
            UnitSums get = new UnitSums();
            for (Contribution c : p.contributions()) {
                (c.direction() == Direction.BRING ? bring : get).add(c, units);
            }
            out.add(new Balance(p.id(), bring.items, get.items, bring.sums, get.sums));
        }
        return List.copyOf(out);
    }

    /**
     * How many items, and their amounts summed per unit, keyed by the unit as first spelled (trimmed), in the order
     * units first appear.
     */
    private static final class UnitSums {
        int items;
        final Map<String, String> spelling = new HashMap<>();
        final Map<String, BigDecimal> sums = new LinkedHashMap<>();

        void add(Contribution c, UnitKeys units) {
            items++;
            if (c.amount() != null) {
                String shown = spelling.computeIfAbsent(units.of(c.unit()), k -> c.unit().strip());
                sums.merge(shown, c.amount(), BigDecimal::add);
            }
        }
    }

    /** The groups of demands of two or more partners that ask more than is brought in their category and unit. */
    private static List<Finding> conflictingDemands(Map<Key, List<Item>> demands, Map<Key, BigDecimal> brought) {
        List<Finding> out = new ArrayList<>();
        demands.forEach((key, group) -> {
            int first = group.get(0).partnerIndex();
            if (group.stream().allMatch(i -> i.partnerIndex() == first)) {
                return;
            }
            BigDecimal demanded = BigDecimal.ZERO;
            for (Item i : group) {
                demanded = demanded.add(i.c().amount());
            }
            if (demanded.compareTo(brought.getOrDefault(key, BigDecimal.ZERO)) > 0) {
                // the group was filled walking the partners and their items in order: it is in order already
                out.add(new Finding(Finding.Kind.CONFLICTING_DEMANDS, key.category(),
                        group.stream().map(Item::ref).toList()));
            }
        });
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

    /** A unit as compared: without surrounding spaces, in lower case. */
    static String unitKey(String unit) {
        return unit.strip().toLowerCase(Locale.ROOT);
    }
}

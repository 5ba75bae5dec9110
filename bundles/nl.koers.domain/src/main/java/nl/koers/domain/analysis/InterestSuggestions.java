package nl.koers.domain.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.InterestLink;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;

/**
 * What Koers points out in the interests at the table, for the dialogue that puts what is shared before what
 * divides. Koers only <em>suggests</em>: the facilitator and the partners decide what they really share. So the
 * rules are simple enough to explain in the room, and they err on the side of saying nothing.
 *
 * <h2>Words</h2>
 * Texts are compared by their <em>significant</em> words: words of five letters or more, in lower case,
 * without accents, that are not stop words (Dutch or English: "zodat", "omdat", "samenwerking", "because",
 * "together", ...), compared by a crude stem that drops one ending "-en", "-s" or "-e". Two more kinds of words
 * do not count, because they say what the whole table is about rather than what two partners share: the words
 * of the dossier's title and theme, and a word used in the interests of more than half of the partners and of
 * at least three.
 *
 * <h2>Shared wording</h2>
 * Two interests of different partners, at the same level, that have at least one significant word in common,
 * that are not yet linked together, and that do not contradict each other (see below: those are shown as a
 * tension, not as something shared). In the order of the first interest's partner and place, then the
 * second's. Limits: synonyms ("geld" and "budget") are not seen; a shared word may be used in opposite senses.
 *
 * <h2>Bring and get</h2>
 * An interest that names a category of bring and get ("vakmensen" names people, "financiering" means, see the
 * word lists in the code), where other partners bring something in that category: what they bring may serve
 * the interest. One mention per interest and category, with everything other partners bring in it. Limits:
 * only the listed words are recognised; "other" is never named.
 *
 * <h2>Contradicting demands</h2>
 * Two demands (not wishes) of different partners, at the same level, that share at least one significant word,
 * where one says no and the other does not (a negation: "niet", "geen", "nooit", "zonder", "no", "not",
 * "never", "without", ... or "n't"), or one asks for more ("meer", "more", "hoger", ...) and the other for less
 * ("minder", "less", "fewer", "lager", ...). Limits: this is a hint to ask about, not a judgement. It misses
 * contradictions in other words ("centraal" against "in elke wijk"), and it can fire on two demands that only
 * seem to disagree ("geen wachtlijst" and "snelle hulp" share no word and are not seen; "geen extra
 * administratie" and "administratie bij één loket" are seen, though they may agree). Two demands that both say
 * no are not a contradiction.
 *
 * <h2>Positions without a known interest</h2>
 * Positions whose why-ladder does not yet end in any interest the partner holds.
 *
 * <h2>Cost</h2>
 * Interests are indexed by level and significant word, so an interest meets only those that share a word with
 * it: the work grows with the interests and with the pairs reported, not with the square of the table. A word
 * that nearly every partner uses cannot make it quadratic again, because such a word does not count (more than
 * half of the partners, see Words). Words used by up to half of the partners still pair every interest that uses
 * them, as they should: those pairs are what is reported (in a table of a thousand partners whose interests draw on
 * a few dozen words, nearly a million). What other partners bring in a category is listed once, and every mention
 * shares that list without its own partner's items, so the mentions grow with the interests too.
 */
public final class InterestSuggestions {
    private InterestSuggestions() {
    }

    /**
     * One interest with where it sits, its significant words (stem to spelling), their spellings as one list (what
     * two interests share when they share all of this one's words), and what it says (see {@link #says}).
     */
    record Item(int partnerIndex, Interest interest, InterestRef ref, Map<String, String> words,
            List<String> spellings, int says) {
    }

    /** Pairs of interests of different partners at the same level that share significant words. */
    public static List<SharedWording> sharedWording(Dossier dossier) {
        return sharedWording(dossier, items(dossier));
    }

    /** As {@link #sharedWording(Dossier)}, from the dossier's {@link #items}. */
    static List<SharedWording> sharedWording(Dossier dossier, List<Item> items) {
        WordIndex index = new WordIndex(items, i -> 0);
        LinksByInterest links = new LinksByInterest(dossier);
        List<SharedWording> out = new ArrayList<>();
        for (int a = 0; a < items.size(); a++) {
            Item x = items.get(a);
            List<InterestLink> linksOfX = links.of(x.interest().id());
            for (int b : index.after(a, x, kind -> kind == 0)) {
                Item y = items.get(b);
                if (x.partnerIndex() == y.partnerIndex() || LinksByInterest.linked(linksOfX, y.interest().id())
                        || contradict(x, y)) {
                    continue;
                }
                out.add(new SharedWording(x.ref(), y.ref(), shared(x, y)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Interests that name a category in which other partners bring something. What others bring in a category is
     * listed once; each mention gets a view of that list without its own partner's items, so the work grows with
     * the mentions, not with the mentions times everything brought.
     */
    public static List<CategoryMention> categoryMentions(Dossier dossier) {
        Brought brought = new Brought(dossier.partners());
        Map<String, Optional<Category>> names = new HashMap<>(); // the same few words in every interest
        List<CategoryMention> out = new ArrayList<>();
        for (int p = 0; p < dossier.partners().size(); p++) {
            Partner partner = dossier.partners().get(p);
            for (Interest i : partner.interests()) {
                int place = p;
                CategoryWords.namedIn(i.text(), names).forEach((category, word) -> {
                    List<ContributionRef> others = brought.byOthersThan(place, partner.id(), category);
                    if (!others.isEmpty()) {
                        out.add(new CategoryMention(new InterestRef(partner.id(), i.id()), category, word, others));
                    }
                });
            }
        }
        return List.copyOf(out);
    }

    /**
     * What the partners bring, per category in partner order and then item order, with where each partner's
     * items start: what everyone but one partner brings is then that list without one stretch.
     */
    private static final class Brought {
        private final Map<Category, List<ContributionRef>> all = new EnumMap<>(Category.class);
        private final Map<Category, int[]> starts = new EnumMap<>(Category.class);
        /** Ids that more than one partner has (a damaged file): their items are not one stretch. */
        private final Set<String> shared = new HashSet<>();

        Brought(List<Partner> partners) {
            Map<Category, List<ContributionRef>> lists = new EnumMap<>(Category.class);
            for (Category c : Category.values()) {
                lists.put(c, new ArrayList<>());
                starts.put(c, new int[partners.size() + 1]);
            }
            Set<String> seen = new HashSet<>();
            for (int p = 0; p <= partners.size(); p++) {
                for (Category c : Category.values()) {
                    starts.get(c)[p] = lists.get(c).size();
                }
                if (p == partners.size()) {
                    break;
                }
                Partner partner = partners.get(p);
                if (!seen.add(partner.id())) {
                    shared.add(partner.id());
                }
                for (Contribution c : partner.contributions()) {
                    if (c.direction() == Direction.BRING) {
                        lists.get(c.category()).add(new ContributionRef(partner.id(), c.id()));
                    }
                }
            }
            lists.forEach((c, list) -> all.put(c, List.copyOf(list)));
        }

        /** What partners with another id than the one at this place bring in the category. */
        List<ContributionRef> byOthersThan(int place, String id, Category category) {
            List<ContributionRef> list = all.get(category);
            if (shared.contains(id)) {
                return list.stream().filter(r -> !r.partnerId().equals(id)).toList();
            }
            int[] from = starts.get(category);
            return new WithoutRange<>(list, from[place], from[place + 1]);
        }
    }

    /**
     * Demands of different partners at the same level about the same thing, where one says no or less. Demands
     * are indexed by word and by what they say (no, more, less), so a demand meets only those that share a word
     * and say the opposite: pairs that share a word and agree cost nothing.
     */
    public static List<Contradiction> contradictions(Dossier dossier) {
        return contradictions(items(dossier));
    }

    /** As {@link #contradictions(Dossier)}, from the dossier's {@link #items}. */
    static List<Contradiction> contradictions(List<Item> all) {
        List<Item> items = all.stream().filter(i -> i.interest().firmness() == Firmness.DEMAND).toList();
        WordIndex index = new WordIndex(items, Item::says);
        List<Contradiction> out = new ArrayList<>();
        for (int a = 0; a < items.size(); a++) {
            Item x = items.get(a);
            for (int b : index.after(a, x, says -> opposed(x.says(), says))) {
                Item y = items.get(b);
                if (x.partnerIndex() != y.partnerIndex()) {
                    out.add(new Contradiction(x.ref(), y.ref(), shared(x, y)));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The kinds of what a text says: no, more, less, as three bits. */
    private static final int SAYS = 8;

    private static int says(String text) {
        List<String> words = Wording.words(text);
        return (Wording.negated(words, text) ? 1 : 0) | (Wording.asksMore(words) ? 2 : 0)
                | (Wording.asksLess(words) ? 4 : 0);
    }

    /** Whether one text says no and the other does not, or one asks for more and the other for less. */
    private static boolean opposed(int a, int b) {
        boolean negation = (a & 1) != (b & 1);
        boolean moreLess = ((a & 2) != 0 && (b & 4) != 0) || ((a & 4) != 0 && (b & 2) != 0);
        return negation || moreLess;
    }

    /**
     * Interests by level, significant word and a kind (see {@link #says}), each as the places of the interests in
     * order: the interests that can pair with one are looked up, not searched for.
     */
    private static final class WordIndex {
        private record Key(Level level, String stem, int kind) {
        }

        private final Map<Key, int[]> places = new HashMap<>();

        WordIndex(List<Item> items, ToIntFunction<Item> kind) {
            Map<Key, List<Integer>> lists = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                int k = kind.applyAsInt(item);
                for (String stem : item.words().keySet()) {
                    lists.computeIfAbsent(new Key(item.interest().level(), stem, k), x -> new ArrayList<>()).add(i);
                }
            }
            lists.forEach((key, list) -> places.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        }

        /**
         * The places after {@code place} of the interests at x's level, of a kind that {@code kinds} accepts, that
         * share a word with x: in order, each once. Usually one word of one kind, whose places are in order already.
         */
        int[] after(int place, Item x, IntPredicate kinds) {
            List<int[]> found = new ArrayList<>();
            int[] from = new int[SAYS * Math.max(1, x.words().size())];
            int total = 0;
            for (int kind = 0; kind < SAYS; kind++) {
                if (!kinds.test(kind)) {
                    continue;
                }
                for (String stem : x.words().keySet()) {
                    int[] list = places.get(new Key(x.interest().level(), stem, kind));
                    if (list == null) {
                        continue;
                    }
                    int at = Arrays.binarySearch(list, place + 1);
                    from[found.size()] = at >= 0 ? at : -at - 1;
                    total += list.length - from[found.size()];
                    found.add(list);
                }
            }
            int[] out = new int[total];
            int n = 0;
            for (int f = 0; f < found.size(); f++) {
                int[] list = found.get(f);
                System.arraycopy(list, from[f], out, n, list.length - from[f]);
                n += list.length - from[f];
            }
            return found.size() < 2 ? out : sortedOnce(out);
        }

        private static int[] sortedOnce(int[] places) {
            Arrays.sort(places);
            int n = 0;
            for (int i = 0; i < places.length; i++) {
                if (n == 0 || places[i] != places[n - 1]) {
                    places[n++] = places[i];
                }
            }
            return Arrays.copyOf(places, n);
        }
    }

    /** Positions whose why-ladder does not yet end in an interest the partner holds, in partner order. */
    public static List<PositionRef> positionsWithoutInterest(Dossier dossier) {
        List<PositionRef> out = new ArrayList<>();
        for (Partner p : dossier.partners()) {
            for (Position pos : p.positions()) {
                if (!endsInInterest(p, pos)) {
                    out.add(new PositionRef(p.id(), pos.id()));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Plain loops: called on every change of the board, over every position of the table. */
    private static boolean endsInInterest(Partner p, Position pos) {
        for (String id : pos.interestIds()) {
            if (p.hasInterest(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The significant words of a text that the rules compare, as spelled in it; without the words that do not
     * count in this dossier (its title and theme, and what more than half of the partners say).
     */
    public static List<String> significantWords(Dossier dossier, String text) {
        Set<String> ignored = ignored(dossier);
        return Wording.significant(text).entrySet().stream().filter(e -> !ignored.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
    }

    /** Whether two interests are demands where one says no or less to what the other says. */
    private static boolean contradict(Item x, Item y) {
        return x.interest().firmness() == Firmness.DEMAND && y.interest().firmness() == Firmness.DEMAND
                && opposed(x.says(), y.says());
    }

    private static List<String> shared(Item x, Item y) {
        int common = 0;
        for (String stem : x.words().keySet()) {
            common += y.words().containsKey(stem) ? 1 : 0;
        }
        if (common == x.words().size()) {
            return x.spellings(); // most interests share their one word: one list for all their pairs
        }
        List<String> out = new ArrayList<>(common);
        x.words().forEach((stem, spelling) -> {
            if (y.words().containsKey(stem)) {
                out.add(spelling);
            }
        });
        return out;
    }

    /** Every interest with its significant words that count in this dossier, in partner order. */
    static List<Item> items(Dossier dossier) {
        List<List<Map<String, String>>> words = dossier.partners().stream()
                .map(p -> p.interests().stream().map(i -> Wording.significant(i.text())).toList()).toList();
        Set<String> ignored = ignored(dossier, words);
        List<Item> out = new ArrayList<>();
        for (int p = 0; p < dossier.partners().size(); p++) {
            Partner partner = dossier.partners().get(p);
            for (int k = 0; k < partner.interests().size(); k++) {
                Interest i = partner.interests().get(k);
                Map<String, String> counted = words.get(p).get(k); // made for this call: ours to trim
                counted.keySet().removeAll(ignored);
                // only demands contradict: what a wish says is never asked, so its words are not read again
                int says = i.firmness() == Firmness.DEMAND ? says(i.text()) : 0;
                out.add(new Item(p, i, new InterestRef(partner.id(), i.id()), counted,
                        List.copyOf(counted.values()), says));
            }
        }
        return out;
    }

    private static Set<String> ignored(Dossier dossier) {
        return ignored(dossier, dossier.partners().stream()
                .map(p -> p.interests().stream().map(i -> Wording.significant(i.text())).toList()).toList());
    }

    /**
     * The stems that do not count: the title and theme, and words of more than half of the partners (and 3+).
     *
     * @param words per partner, the significant words of each of its interests
     */
    private static Set<String> ignored(Dossier dossier, List<List<Map<String, String>>> words) {
        Set<String> out = new HashSet<>();
        out.addAll(Wording.significant(dossier.title()).keySet());
        out.addAll(Wording.significant(dossier.theme()).keySet());
        int partners = dossier.partners().size();
        Map<String, Integer> usedBy = new HashMap<>();
        for (List<Map<String, String>> partner : words) {
            Set<String> mine = new HashSet<>();
            partner.forEach(w -> mine.addAll(w.keySet()));
            mine.forEach(w -> usedBy.merge(w, 1, Integer::sum));
        }
        usedBy.forEach((w, n) -> {
            if (n >= 3 && 2 * n > partners) {
                out.add(w);
            }
        });
        return out;
    }
}

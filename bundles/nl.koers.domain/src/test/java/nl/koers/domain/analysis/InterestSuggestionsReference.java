package nl.koers.domain.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.InterestLink;
import nl.koers.domain.Partner;

/** The suggestions as they were found before the word index, every interest beside every other: the reference for {@link FastAnalysesPropertyTest}. */
final class InterestSuggestionsReference {
    private InterestSuggestionsReference() {
    }

    /** One interest with where it sits and its significant words (stem to spelling). */
    private record Item(int partnerIndex, Partner partner, Interest interest, Map<String, String> words) {
        InterestRef ref() {
            return new InterestRef(partner.id(), interest.id());
        }
    }

    /** Pairs of interests of different partners at the same level that share significant words. */
    public static List<SharedWording> sharedWording(Dossier dossier) {
        List<Item> items = items(dossier);
        List<SharedWording> out = new ArrayList<>();
        for (int a = 0; a < items.size(); a++) {
            for (int b = a + 1; b < items.size(); b++) {
                Item x = items.get(a);
                Item y = items.get(b);
                if (x.partnerIndex() == y.partnerIndex() || x.interest().level() != y.interest().level()
                        || linked(dossier, x.interest().id(), y.interest().id())) {
                    continue;
                }
                List<String> shared = shared(x, y);
                if (!shared.isEmpty() && !contradict(x, y)) {
                    out.add(new SharedWording(x.ref(), y.ref(), shared));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Interests that name a category in which other partners bring something: each with a list of its own. */
    public static List<CategoryMention> categoryMentions(Dossier dossier) {
        List<CategoryMention> out = new ArrayList<>();
        for (Partner p : dossier.partners()) {
            for (Interest i : p.interests()) {
                Map<Category, String> named = new LinkedHashMap<>();
                List<String> normal = Wording.words(i.text());
                List<String> spelled = Wording.spellings(i.text());
                for (int k = 0; k < normal.size(); k++) {
                    String word = k < spelled.size() ? spelled.get(k) : normal.get(k);
                    CategoryWords.named(normal.get(k)).ifPresent(c -> named.putIfAbsent(c, word));
                }
                named.forEach((category, word) -> {
                    List<ContributionRef> brought = new ArrayList<>();
                    for (Partner other : dossier.partners()) {
                        if (other.id().equals(p.id())) {
                            continue;
                        }
                        for (Contribution c : other.contributions(Direction.BRING)) {
                            if (c.category() == category) {
                                brought.add(new ContributionRef(other.id(), c.id()));
                            }
                        }
                    }
                    if (!brought.isEmpty()) {
                        out.add(new CategoryMention(new InterestRef(p.id(), i.id()), category, word, brought));
                    }
                });
            }
        }
        return List.copyOf(out);
    }

    /** Demands of different partners at the same level about the same thing, where one says no or less. */
    public static List<Contradiction> contradictions(Dossier dossier) {
        List<Item> items = items(dossier).stream().filter(i -> i.interest().firmness() == Firmness.DEMAND).toList();
        List<Contradiction> out = new ArrayList<>();
        for (int a = 0; a < items.size(); a++) {
            for (int b = a + 1; b < items.size(); b++) {
                Item x = items.get(a);
                Item y = items.get(b);
                if (x.partnerIndex() == y.partnerIndex() || x.interest().level() != y.interest().level()) {
                    continue;
                }
                List<String> shared = shared(x, y);
                if (!shared.isEmpty() && contradict(x, y)) {
                    out.add(new Contradiction(x.ref(), y.ref(), shared));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Whether two interests are demands where one says no or less to what the other says. */
    private static boolean contradict(Item x, Item y) {
        return x.interest().firmness() == Firmness.DEMAND && y.interest().firmness() == Firmness.DEMAND
                && opposed(x.interest().text(), y.interest().text());
    }

    /** Whether one text says no and the other does not, or one asks for more and the other for less. */
    static boolean opposed(String a, String b) {
        boolean negation = Wording.negated(a) != Wording.negated(b);
        boolean moreLess = (Wording.asksMore(a) && Wording.asksLess(b)) || (Wording.asksLess(a) && Wording.asksMore(b));
        return negation || moreLess;
    }

    private static boolean linked(Dossier d, String a, String b) {
        for (InterestLink l : d.interestLinks()) {
            if (l.contains(a) && l.contains(b)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> shared(Item x, Item y) {
        List<String> out = new ArrayList<>();
        x.words().forEach((stem, spelling) -> {
            if (y.words().containsKey(stem)) {
                out.add(spelling);
            }
        });
        return out;
    }

    /** Every interest with its significant words that count in this dossier, in partner order. */
    private static List<Item> items(Dossier dossier) {
        Set<String> ignored = ignored(dossier);
        List<Item> out = new ArrayList<>();
        for (int p = 0; p < dossier.partners().size(); p++) {
            Partner partner = dossier.partners().get(p);
            for (Interest i : partner.interests()) {
                Map<String, String> words = new LinkedHashMap<>(Wording.significant(i.text()));
                words.keySet().removeAll(ignored);
                out.add(new Item(p, partner, i, words));
            }
        }
        return out;
    }

    /** The stems that do not count: the title and theme, and words of more than half of the partners (and 3+). */
    private static Set<String> ignored(Dossier dossier) {
        Set<String> out = new HashSet<>();
        out.addAll(Wording.significant(dossier.title()).keySet());
        out.addAll(Wording.significant(dossier.theme()).keySet());
        int partners = dossier.partners().size();
        Map<String, Integer> usedBy = new HashMap<>();
        for (Partner p : dossier.partners()) {
            Set<String> mine = new HashSet<>();
            p.interests().forEach(i -> mine.addAll(Wording.significant(i.text()).keySet()));
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

package nl.koers.domain.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;

/**
 * Not a test: prints how long each analysis takes, the index against the old way (the references), on generated
 * dossiers of the sizes in issue 15 (10 interests and 20 bring/get items per partner, 2N canvas notes). Run it
 * by hand: {@code mvn verify -pl bundles/nl.koers.domain -Dtest=AnalysesTiming -Dkoers.timing=200,1000}.
 */
@EnabledIfSystemProperty(named = "koers.timing", matches = ".+")
class AnalysesTiming {
    private static final String[] UNITS = {"uur/maand", "euro", "", "woningen"};

    @Test
    void print() {
        for (String size : System.getProperty("koers.timing").split(",")) {
            int n = Integer.parseInt(size.strip());
            Dossier d = dossier(n, new Random(n));
            List<CanvasNote> before = d.canvasNotes();
            List<CanvasNote> after = rewritten(before);
            boolean old = !Boolean.getBoolean("koers.timing.newOnly");
            System.out.printf("N=%d items=%d interests=%d: %d findings, %d matches, %d shared wordings, %d contradictions%n",
                    n, n * 20, n * 10, BringGet.findings(d).size(), BringGet.count(d),
                    InterestSuggestions.sharedWording(d).size(), InterestSuggestions.contradictions(d).size());
            row("BringGet findings", () -> BringGet.findings(d), old ? () -> FindingsReference.findings(d) : null);
            row("BringGet matches", () -> BringGet.matches(d), null);
            row("InterestSuggestions sharedWording", () -> InterestSuggestions.sharedWording(d),
                    old ? () -> InterestSuggestionsReference.sharedWording(d) : null);
            row("InterestSuggestions contradictions", () -> InterestSuggestions.contradictions(d),
                    old ? () -> InterestSuggestionsReference.contradictions(d) : null);
            row("BringGet findings+matches+balances", () -> List.of(BringGet.findings(d), BringGet.matches(d),
                    BringGet.balances(d)), old ? () -> List.of(FindingsReference.findings(d), BringGet.matches(d),
                    BringGet.balances(d)) : null);
            row("InterestSuggestions", () -> List.of(InterestSuggestions.sharedWording(d),
                    InterestSuggestions.contradictions(d), InterestSuggestions.categoryMentions(d)),
                    old ? () -> List.of(InterestSuggestionsReference.sharedWording(d),
                            InterestSuggestionsReference.contradictions(d), InterestSuggestions.categoryMentions(d))
                            : null);
            row("CategoryBalance", () -> CategoryBalance.of(d), old ? () -> CategoryBalanceReference.of(d) : null);
            row("CategoryBalance, best 3 per item", () -> CategoryBalance.of(d, 3, (b, g) -> false), null);
            row("BringGet counts", () -> BringGet.counts(d), null);
            // findings are quadratic only where nobody answers: brought in people and means, wanted elsewhere
            Dossier apart = d.withPartners(d.partners().stream().map(p -> p.withContributions(p.contributions().stream()
                    .map(c -> c.direction() == Direction.BRING
                            ? new Contribution(c.id(), c.direction(), Category.values()[c.category().ordinal() % 2],
                                    c.description(), c.amount(), c.unit(), c.firmness())
                            : new Contribution(c.id(), c.direction(), Category.values()[2 + c.category().ordinal() % 5],
                                    c.description(), c.amount(), c.unit(), Firmness.DEMAND))
                    .toList())).toList());
            row("BringGet findings, nobody answers", () -> BringGet.findings(apart),
                    old ? () -> FindingsReference.findings(apart) : null);
            row("CategoryBalance, nobody answers", () -> CategoryBalance.of(apart),
                    old ? () -> CategoryBalanceReference.of(apart) : null);
            row("CanvasCompare", () -> CanvasCompare.of(before, after).changes(),
                    old ? () -> CanvasCompareReference.of(before, after).changes() : null);
        }
    }

    private static void row(String name, Supplier<Object> fast, Supplier<Object> reference) {
        long[] runs = new long[3];
        Object result = null;
        for (int i = 0; i < runs.length; i++) {
            long t = System.nanoTime();
            result = fast.get();
            runs[i] = System.nanoTime() - t;
        }
        Arrays.sort(runs);
        String was = "";
        if (reference != null) {
            long t = System.nanoTime();
            Object expected = reference.get();
            was = String.format(" (was %.0f ms%s)", (System.nanoTime() - t) / 1e6,
                    expected.equals(result) ? ", same result" : ", DIFFERENT RESULT");
        }
        System.out.printf("  %-36s %8.1f ms%s%n", name, runs[1] / 1e6, was);
    }

    /** A dossier of n partners: 10 interests, 20 bring/get items each, words from a list with a long tail. */
    static Dossier dossier(int n, Random random) {
        String[] words = new String[400];
        for (int i = 0; i < words.length; i++) {
            words[i] = "woord" + Integer.toString(i, 26).replace('0', 'z').replace('1', 'q');
        }
        List<Partner> partners = new ArrayList<>();
        List<CanvasNote> notes = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            List<Contribution> items = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                items.add(new Contribution(null, i % 2 == 0 ? Direction.BRING : Direction.GET,
                        Category.values()[random.nextInt(Category.values().length)], text(random, words),
                        random.nextInt(4) == 0 ? null : BigDecimal.valueOf(1 + random.nextInt(100)),
                        UNITS[random.nextInt(UNITS.length)], random.nextBoolean() ? Firmness.WISH : Firmness.DEMAND));
            }
            List<Interest> interests = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String text = (random.nextInt(5) == 0 ? "geen " : random.nextInt(5) == 0 ? "meer " : "")
                        + text(random, words);
                interests.add(new Interest("i" + p + "." + i, text, Level.values()[random.nextInt(3)],
                        random.nextBoolean() ? Firmness.WISH : Firmness.DEMAND));
            }
            Partner partner = Partner.of("Partner " + p, Role.CORE).withContributions(items).withInterests(interests);
            partners.add(partner);
            for (int k = 0; k < 2; k++) {
                notes.add(CanvasNote.of("b" + random.nextInt(9), text(random, words), "yellow", partner.id()));
            }
        }
        return Dossier.titled("Generated").withPartners(partners).withCanvasNotes(notes);
    }

    /** Half the notes written again (a new id, the same words), a quarter moved, the rest as they were. */
    private static List<CanvasNote> rewritten(List<CanvasNote> notes) {
        List<CanvasNote> out = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            CanvasNote n = notes.get(i);
            out.add(i % 2 == 0 ? CanvasNote.of(n.blockId(), n.text().toUpperCase(), n.colour(), n.partnerId())
                    : i % 4 == 1 ? n.inBlock("b9") : n);
        }
        return out;
    }

    /** Three to six words, the first few of the list far more often than the rest. */
    private static String text(Random random, String[] words) {
        StringBuilder out = new StringBuilder();
        for (int w = 3 + random.nextInt(4); w > 0; w--) {
            double skew = random.nextDouble();
            out.append(words[(int) (skew * skew * skew * words.length)]).append(' ');
        }
        return out.toString().strip();
    }
}

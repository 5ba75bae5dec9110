package nl.koers.benchmarks;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.Representative;
import nl.koers.domain.analysis.BoardSuggestions;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.CanvasCompare;
import nl.koers.domain.analysis.CategoryBalance;
import nl.koers.domain.analysis.InterestSuggestions;
import nl.koers.domain.analysis.LensProfile;
import nl.koers.domain.analysis.MatchRanking;
import nl.koers.domain.analysis.MatchesShown;
import nl.koers.domain.analysis.SelectionSummary;
import nl.koers.domain.analysis.TextDiff;
import nl.koers.instrument.belangendialoog.internal.report.BelangendialoogChapter;
import nl.koers.instrument.brengenhalen.internal.report.BrengenhalenChapter;
import nl.koers.instrument.netwerkambitie.internal.report.NetwerkambitieChapter;
import nl.koers.instrument.partnermodel.internal.report.PartnermodelChapter;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * Every analysis of {@code nl.koers.domain.analysis} that a screen or a printable calls, in the form it calls it,
 * and every instrument's chapter of the dossier report, by the name the table shows. The forms that return every
 * pair (every match, the balances with every match, the pairs of interests that share a word) are rows too, marked
 * as bound by their output: no algorithm returns N² pairs in linear time, so the table shows how many pairs beside
 * the time instead of judging its growth. The one place that calls them: when an analysis changes its public
 * methods, only this class follows.
 */
final class Analyses {
    private static final Locale NL = Locale.forLanguageTag("nl");
    /** How many matches per item brought the screens show (BalanceView, CommonalitiesStep, ExchangeMatches). */
    private static final int PER_ITEM = 5;
    /** The floor of growth: a visit to every item, which no analysis that reads every item can grow less than. */
    static final String VISIT = "floor.visit";

    /**
     * One row: what it calls, for a form that returns every pair, how many pairs a result holds, and for a
     * printable that lists pairs among what it prints, how many it lists.
     *
     * @param call what the row times, as a screen or a printable calls it
     * @param pairs how many pairs a result holds; null for an analysis that is judged by its time
     * @param listed how many pairs the printable lists for a dossier, shown beside a time that is still judged;
     *        null for the others
     */
    record Analysis(Function<Dossier, Object> call, ToLongFunction<Object> pairs, ToLongFunction<Dossier> listed) {
        /** Whether the row returns every pair, so that its output alone grows with the square of the table. */
        boolean outputBound() {
            return pairs != null;
        }
    }

    private Analyses() {
    }

    /** By key, in the table's order; each returns its result, so the work cannot be optimised away. */
    static Map<String, Analysis> all() {
        Map<String, Analysis> all = new LinkedHashMap<>();
        timed(all, VISIT, Analyses::visit);
        timed(all, "bringget.findings", BringGet::findings);
        // the screens' forms: the best few matches per item without the dismissed ones, and how many there are
        timed(all, "bringget.best", d -> BringGet.best(d, PER_ITEM, dismissed(d)));
        timed(all, "bringget.counts", BringGet::counts);
        timed(all, "matchesshown", d -> MatchesShown.of(d, PER_ITEM, false, false, List.of()));
        timed(all, "bringget.balances", BringGet::balances);
        timed(all, "categorybalance.best", d -> CategoryBalance.of(d, PER_ITEM, dismissed(d)));
        // the same as the screens ask them: after an edit, from a ranking that ranked the dossier before it
        timed(all, "bringget.best.edited", afterAnEdit((r, d) -> r.best(d, PER_ITEM, false)));
        timed(all, "matchesshown.edited", afterAnEdit((r, d) -> MatchesShown.of(r, d, PER_ITEM, false, false,
                List.of())));
        timed(all, "categorybalance.best.edited", afterAnEdit((r, d) -> CategoryBalance.of(r, d, PER_ITEM)));
        pairs(all, "suggestions.sharedwording", InterestSuggestions::sharedWording, r -> ((List<?>) r).size());
        timed(all, "suggestions.categorymentions", InterestSuggestions::categoryMentions);
        pairs(all, "suggestions.contradictions", InterestSuggestions::contradictions, r -> ((List<?>) r).size());
        timed(all, "suggestions.positionswithoutinterest", InterestSuggestions::positionsWithoutInterest);
        // the board's form: the four above together, the interests' words read once
        pairs(all, "suggestions.board", BoardSuggestions::of, r -> ((BoardSuggestions) r).sharedWording().size()
                + ((BoardSuggestions) r).contradictions().size());
        timed(all, "canvascompare", d -> CanvasCompare.of(d.canvasSnapshots().get(0).notes(), d.canvasNotes())
                .changes());
        timed(all, "textdiff", Analyses::lastTwoRounds);
        timed(all, "lensprofile", LensProfile::of);
        timed(all, "selectionsummary", SelectionSummary::of);
        // every pair: what "show all" and the older forms return
        pairs(all, "bringget.matches", BringGet::matches, r -> ((List<?>) r).size());
        pairs(all, "categorybalance", CategoryBalance::of,
                r -> ((List<?>) r).stream().mapToLong(b -> ((CategoryBalance) b).matches().size()).sum());
        // each instrument's chapter of the dossier report, as the report asks it, figures included
        timed(all, "report.netwerkambitie", d -> new NetwerkambitieChapter().blocks(d, NL));
        timed(all, "report.brengenhalen", d -> new BrengenhalenChapter().blocks(d, NL));
        // lists every pair of contradicting demands: they grow faster than the table (30 times from 200 to 1000
        // partners), so the row shows how many beside its time
        listing(all, "report.belangendialoog", d -> new BelangendialoogChapter().blocks(d, NL),
                d -> InterestSuggestions.contradictions(d).size());
        timed(all, "report.partnermodel", d -> new PartnermodelChapter(TemplateCatalogue.standardOnly())
                .blocks(d, NL));
        return all;
    }

    /**
     * A call as a screen makes it after an edit: its ranking ranked the dossier as it was a moment ago, and now one
     * item wanted (the first of the middle partner) reads differently, so the items brought in its bucket are ranked
     * again. Each call words that item anew, so no call finds its dossier already ranked; making the edited dossier
     * is timed with it, as an edit costs that too. Each dossier has a ranking of its own, as each screen has: the
     * sizes take turns in one JVM, and one ranking for all would rank a whole other dossier at every turn.
     */
    static Function<Dossier, Object> afterAnEdit(BiFunction<MatchRanking, Dossier, Object> call) {
        Map<Dossier, MatchRanking> rankings = new IdentityHashMap<>();
        int[] edits = {0};
        return d -> {
            MatchRanking ranking = rankings.computeIfAbsent(d, k -> new MatchRanking());
            Partner middle = d.partners().get(d.partners().size() / 2);
            Contribution wanted = middle.contributions().stream().filter(c -> c.direction() == Direction.GET)
                    .findFirst().orElseThrow();
            Contribution edited = new Contribution(wanted.id(), wanted.direction(), wanted.category(),
                    wanted.description() + " " + edits[0]++, wanted.amount(), wanted.unit(), wanted.firmness());
            return call.apply(ranking, d.withPartner(middle.withContribution(edited)));
        };
    }

    private static void timed(Map<String, Analysis> all, String key, Function<Dossier, Object> call) {
        all.put(key, new Analysis(call, null, null));
    }

    private static void listing(Map<String, Analysis> all, String key, Function<Dossier, Object> call,
            ToLongFunction<Dossier> listed) {
        all.put(key, new Analysis(call, null, listed));
    }

    private static void pairs(Map<String, Analysis> all, String key, Function<Dossier, Object> call,
            ToLongFunction<Object> pairs) {
        all.put(key, new Analysis(call, pairs, null));
    }

    /** The pairs the facilitator dismissed, as the balance screen leaves them out. */
    private static BiPredicate<String, String> dismissed(Dossier d) {
        Set<List<String>> gone = new HashSet<>();
        d.matchDecisions().stream().filter(MatchDecision::dismissed)
                .forEach(x -> gone.add(List.of(x.bringId(), x.getId())));
        return (bring, get) -> gone.contains(List.of(bring, get));
    }

    /**
     * Every item of every partner visited once, the fields that are not text read (an enum's place, whether an amount
     * or a list is there): the least an analysis that reads every item does. What it takes grows with the dossier
     * and with how far the dossier outgrows the processor's caches; an analysis over every item that grows no more
     * than this grows with the dossier.
     */
    private static Object visit(Dossier d) {
        long sum = 0;
        for (Partner p : d.partners()) {
            sum += p.role().ordinal();
            for (Contribution c : p.contributions()) {
                sum += c.category().ordinal() + c.direction().ordinal() + c.firmness().ordinal()
                        + (c.amount() == null ? 0 : 1) + c.unit().hashCode();
            }
            for (Interest i : p.interests()) {
                sum += i.level().ordinal() + i.firmness().ordinal() + (i.coreValue() ? 1 : 0);
            }
            for (Position position : p.positions()) {
                sum += position.whys().isEmpty() ? 0 : 1;
            }
            for (Representative r : p.representatives()) {
                sum += r.lenses().isEmpty() ? 0 : 1;
            }
            sum += p.coreValues().size();
        }
        return sum;
    }

    /** The ambition step shows what changed from one round to the next: the last two, statement and concretisation. */
    private static Object lastTwoRounds(Dossier d) {
        List<AmbitionVersion> versions = d.ambition().versions();
        AmbitionVersion before = versions.get(versions.size() - 2);
        AmbitionVersion after = versions.get(versions.size() - 1);
        return List.of(TextDiff.words(before.statement(), after.statement()),
                TextDiff.words(before.concretisation(), after.concretisation()));
    }
}

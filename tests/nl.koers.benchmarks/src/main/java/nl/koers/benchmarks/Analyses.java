package nl.koers.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Dossier;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.CanvasCompare;
import nl.koers.domain.analysis.CategoryBalance;
import nl.koers.domain.analysis.InterestSuggestions;
import nl.koers.domain.analysis.LensProfile;
import nl.koers.domain.analysis.SelectionSummary;
import nl.koers.domain.analysis.TextDiff;
import nl.koers.instrument.belangendialoog.internal.report.BelangendialoogChapter;
import nl.koers.instrument.brengenhalen.internal.report.BrengenhalenChapter;
import nl.koers.instrument.netwerkambitie.internal.report.NetwerkambitieChapter;
import nl.koers.instrument.partnermodel.internal.report.PartnermodelChapter;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * Every analysis of {@code nl.koers.domain.analysis} that a screen or a printable calls, and every instrument's
 * chapter of the dossier report, by the name the table shows. The one place that calls them: when an analysis changes its public methods (BringGet's ranked matches,
 * for one), only this class follows.
 */
final class Analyses {
    private static final Locale NL = Locale.forLanguageTag("nl");

    private Analyses() {
    }

    /** By key, in the table's order; each returns its result, so the work cannot be optimised away. */
    static Map<String, Function<Dossier, Object>> all() {
        Map<String, Function<Dossier, Object>> all = new LinkedHashMap<>();
        all.put("bringget.findings", BringGet::findings);
        all.put("bringget.matches", BringGet::matches);
        all.put("bringget.balances", BringGet::balances);
        all.put("categorybalance", CategoryBalance::of);
        all.put("suggestions.sharedwording", InterestSuggestions::sharedWording);
        all.put("suggestions.categorymentions", InterestSuggestions::categoryMentions);
        all.put("suggestions.contradictions", InterestSuggestions::contradictions);
        all.put("suggestions.positionswithoutinterest", InterestSuggestions::positionsWithoutInterest);
        all.put("canvascompare", d -> CanvasCompare.of(d.canvasSnapshots().get(0).notes(), d.canvasNotes())
                .changes());
        all.put("textdiff", Analyses::lastTwoRounds);
        all.put("lensprofile", LensProfile::of);
        all.put("selectionsummary", SelectionSummary::of);
        // each instrument's chapter of the dossier report, as the report asks it, figures included
        all.put("report.netwerkambitie", d -> new NetwerkambitieChapter().blocks(d, NL));
        all.put("report.brengenhalen", d -> new BrengenhalenChapter().blocks(d, NL));
        all.put("report.belangendialoog", d -> new BelangendialoogChapter().blocks(d, NL));
        all.put("report.partnermodel", d -> new PartnermodelChapter(TemplateCatalogue.standardOnly())
                .blocks(d, NL));
        return all;
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

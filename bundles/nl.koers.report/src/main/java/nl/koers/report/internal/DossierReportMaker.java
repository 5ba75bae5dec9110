package nl.koers.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.Report;
import nl.koers.instrument.api.report.ReportChapter;
import nl.koers.report.OfferedChapter;
import nl.koers.report.ReportPlan;

/**
 * One run of making the dossier report for one dossier, in one language. The chapters, built in and installed, are
 * asked once each: whether they have something to say decides what is offered, and the same blocks go into the
 * report. The facilitator's introduction opens the report; the closing text follows the chosen chapters; the
 * appendix, when chosen, is always last.
 */
final class DossierReportMaker {
    private final Dossier dossier;
    private final Locale locale;
    private final Words words;
    private final Guard guard;
    private final LocalDate today;
    /** Every chapter in the default order: partners, the instruments', the spannende punten, the appendix. */
    private final List<Named> chapters = new ArrayList<>();
    /** Each chapter's answer, asked once: a maker is used again for the same dossier, maybe on another thread. */
    private final Map<String, Guard.Outcome> outcomes = new ConcurrentHashMap<>();

    /** A chapter with the id it is known by. */
    private record Named(String id, ReportChapter chapter, boolean instrument) {
    }

    DossierReportMaker(Dossier dossier, Locale locale, List<Installed> installed, Guard guard, LocalDate today) {
        this.dossier = dossier;
        this.locale = locale;
        this.words = Words.of(locale);
        this.guard = guard;
        this.today = today;
        List<Installed> owners = Installed.owners(installed);
        chapters.add(new Named(PartnersChapter.ID, new PartnersChapter(), false));
        owners.forEach(i -> chapters.add(new Named(i.id(), i.chapter(), true)));
        chapters.add(new Named(OpenIssuesChapter.ID, new OpenIssuesChapter(), false));
        chapters.add(new Named(AppendixChapter.ID, new AppendixChapter(() -> coverage(installed), today), false));
    }

    /** The chapters that have something to say (a chapter that fails is offered too, to say so), in order. */
    List<OfferedChapter> offered() {
        return chapters.stream().filter(c -> outcome(c).hasContent())
                .map(c -> new OfferedChapter(c.id(), guard.title(c.chapter(), c.id(), locale))).toList();
    }

    /**
     * The report of the plan's chapters.
     *
     * @throws IllegalArgumentException when the plan names a chapter that is not installed
     */
    Report report(ReportPlan plan) {
        List<Named> chosen = chosen(plan);
        List<Report.Chapter> out = new ArrayList<>();
        own(out, "chapter.introduction", plan.introduction());
        Named appendix = null;
        for (Named named : chosen) {
            if (named.id().equals(AppendixChapter.ID)) {
                appendix = named;
            } else {
                out.add(chapter(named));
            }
        }
        own(out, "chapter.closing", plan.closing());
        if (appendix != null) {
            out.add(chapter(appendix));
        }
        return new Report(CoverFacts.title(dossier, words), CoverFacts.of(dossier, words, today), out, locale);
    }

    private List<Named> chosen(ReportPlan plan) {
        if (plan.chapterIds() == null) {
            return chapters.stream().filter(c -> outcome(c).hasContent()).toList();
        }
        List<Named> chosen = new ArrayList<>();
        for (String id : new LinkedHashSet<>(plan.chapterIds())) {
            chosen.add(chapters.stream().filter(c -> c.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no chapter " + id + " is installed")));
        }
        return chosen;
    }

    /** One chapter; one that failed says so in a line that names it, one without data says it has none. */
    private Report.Chapter chapter(Named named) {
        String title = guard.title(named.chapter(), named.id(), locale);
        Guard.Outcome outcome = outcome(named);
        if (outcome.failed()) {
            return new Report.Chapter(title, List.of(new Block.Paragraph(words.format("chapter.failed", title,
                    String.valueOf(outcome.failure())), Block.Paragraph.Kind.NOTE)));
        }
        List<Block> blocks = outcome.blocks().isEmpty()
                ? List.of(new Block.Paragraph(words.get("chapter.empty"), Block.Paragraph.Kind.NOTE))
                : outcome.blocks();
        return new Report.Chapter(title, blocks);
    }

    /** The facilitator's own text as a chapter, a paragraph per paragraph typed; none when empty. */
    private void own(List<Report.Chapter> out, String titleKey, String text) {
        if (text.isBlank()) {
            return;
        }
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            blocks.add(new Block.Paragraph(paragraph.strip()));
        }
        out.add(new Report.Chapter(words.get(titleKey), blocks));
    }

    private Guard.Outcome outcome(Named named) {
        // not computeIfAbsent: the appendix's outcome asks for the others' while it is being made
        Guard.Outcome outcome = outcomes.get(named.id());
        if (outcome == null && named.id().equals(AppendixChapter.ID)) {
            // the instruments first, each in its own time: the appendix then only reads what they said
            chapters.stream().filter(Named::instrument).forEach(this::outcome);
        }
        if (outcome == null) {
            outcome = guard.blocks(named.chapter(), named.id(), dossier, locale);
            outcomes.put(named.id(), outcome);
        }
        return outcome;
    }

    /** Which installed instruments have data here: every installed chapter is asked, once. */
    private AppendixChapter.Coverage coverage(List<Installed> installed) {
        List<String> titles = new ArrayList<>();
        Set<String> instruments = new LinkedHashSet<>();
        for (Named named : chapters) {
            if (named.instrument() && !outcome(named).blocks().isEmpty()) {
                titles.add(guard.title(named.chapter(), named.id(), locale));
            }
        }
        installed.forEach(i -> instruments.add(i.instrumentId()));
        return new AppendixChapter.Coverage(titles, instruments);
    }
}

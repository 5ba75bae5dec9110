package nl.koers.instrument.brengenhalen.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Category;
import nl.koers.domain.Dossier;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.CategoryBalance;
import nl.koers.domain.analysis.ContributionRef;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.ReportChapter;
import nl.koers.instrument.brengenhalen.internal.ConversationData;
import nl.koers.instrument.brengenhalen.internal.Phrases;
import nl.koers.instrument.brengenhalen.internal.print.BringGetFigure;

/**
 * The Brengen-halen gesprek's chapter of the dossier report: the homework per partner ({@link Homework}), the
 * bring-get figure as it prints, the balance per category, and the matches the partners agreed on.
 */
@Component(service = ReportChapter.class, property = Instrument.ID_PROPERTY + "=" + ConversationData.INSTRUMENT)
public final class BrengenhalenChapter implements ReportChapter {
    /** Up to this many partners a balance names them; more are counted. */
    private static final int NAMED = 6;

    @Activate
    public BrengenhalenChapter() {
        // nothing to take: the chapter is made from the dossier alone
    }

    @Override
    public String id() {
        return ConversationData.INSTRUMENT;
    }

    @Override
    public String instrumentId() {
        return ConversationData.INSTRUMENT;
    }

    @Override
    public String title(Locale locale) {
        return new Phrases(locale).get("name");
    }

    @Override
    public List<Block> blocks(Dossier d, Locale locale) {
        boolean homework = d.partners().stream().anyMatch(p -> !p.essence().isBlank() || !p.contributions().isEmpty()
                || !p.coreValues().isEmpty());
        if (!homework && ConversationData.of(d).notes().isEmpty()) {
            return List.of();
        }
        Phrases say = new Phrases(locale);
        List<Block> out = new ArrayList<>(new Homework(say).blocks(d));
        out.add(new Block.Heading(1, say.get("report.figure")));
        out.add(new Block.Figure(new BringGetFigure(say, PageSize.A3_LANDSCAPE).page(d),
                say.get("report.figure.caption")));
        balance(out, say, d);
        agreed(out, say, d);
        return out;
    }

    /** Per category who brings and who wants, the amounts per unit, the matches; then every gap by name. */
    private static void balance(List<Block> out, Phrases say, Dossier d) {
        out.add(new Block.Heading(1, say.get("report.balance")));
        // the balances without their matches: counting them is enough here, and making 200 partners' is not cheap
        List<CategoryBalance> balances = CategoryBalance.of(d, 0, (bring, get) -> true);
        if (balances.isEmpty()) {
            out.add(new Block.Paragraph(say.get("screen.balance.none")));
            return;
        }
        Map<Category, Long> matches = BringGet.counts(d);
        List<List<String>> rows = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (CategoryBalance b : balances) {
            List<String> units = b.units().stream().map(u -> u.shortfall().signum() > 0
                    ? say.format("screen.balance.unitShort", u.unit(), say.amount(u.brought()), say.amount(u.wanted()),
                            say.amount(u.shortfall()))
                    : say.format("screen.balance.unit", u.unit(), say.amount(u.brought()), say.amount(u.wanted())))
                    .toList();
            rows.add(List.of(say.word(b.category()), partners(say, d, b.bringers()), partners(say, d, b.getters()),
                    String.join("; ", units), say.format("screen.balance.matchCount",
                            matches.getOrDefault(b.category(), 0L))));
            for (ContributionRef gap : b.gaps()) {
                gaps.add(say.format("screen.balance.gapItem", say.partnerName(d, gap.partnerId()),
                        say.description(d, gap)));
            }
        }
        out.add(new Block.Table(List.of(say.get("screen.column.category"), say.get("report.balance.bring"),
                say.get("report.balance.get"), say.get("report.balance.amounts"), say.get("report.balance.matches")),
                rows));
        out.add(new Block.Paragraph(say.get("report.balance.gaps")));
        out.add(gaps.isEmpty() ? new Block.Paragraph(say.get("report.balance.noGaps")) : new Block.Bullets(gaps));
    }

    private static String partners(Phrases say, Dossier d, List<String> ids) {
        return ids.isEmpty() || ids.size() > NAMED ? say.format("report.balance.partners", ids.size())
                : say.names(d, ids);
    }

    /** Confirmed in the dossier, or ticked in this instrument before the dossier kept decisions. */
    private static void agreed(List<Block> out, Phrases say, Dossier d) {
        out.add(new Block.Heading(1, say.get("report.agreed")));
        List<String> agreed = BringGet.matches(d, Stream.concat(d.matchDecisions().stream()
                .filter(MatchDecision::confirmed), ConversationData.of(d).agreedHere().stream()).toList()).stream()
                .map(m -> say.match(d, m)).toList();
        out.add(agreed.isEmpty() ? new Block.Paragraph(say.get("report.agreed.none")) : new Block.Bullets(agreed));
    }
}

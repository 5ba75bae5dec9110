package nl.koers.instrument.belangendialoog.internal.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Dossier;
import nl.koers.domain.InterestLink;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.analysis.Contradiction;
import nl.koers.domain.analysis.InterestRef;
import nl.koers.domain.analysis.InterestSuggestions;
import nl.koers.domain.analysis.PositionRef;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.ReportChapter;
import nl.koers.instrument.belangendialoog.internal.BelangendialoogInstrument;
import nl.koers.instrument.belangendialoog.internal.Phrases;

/**
 * The Belangendialoog's chapter of the dossier report: per partner its positions with the why-ladder down to the
 * interests, the lenses of the table ({@link LensPart}), and the board: what the partners share before the
 * tensions.
 */
@Component(service = ReportChapter.class,
        property = Instrument.ID_PROPERTY + "=" + BelangendialoogInstrument.ID)
public final class BelangendialoogChapter implements ReportChapter {
    private static final String ENDS = " \u2192 ";

    @Activate
    public BelangendialoogChapter() {
        // nothing to take: the chapter is made from the dossier alone
    }

    @Override
    public String id() {
        return BelangendialoogInstrument.ID;
    }

    @Override
    public String instrumentId() {
        return BelangendialoogInstrument.ID;
    }

    @Override
    public String title(Locale locale) {
        return new Phrases(locale).get("name");
    }

    @Override
    public List<Block> blocks(Dossier d, Locale locale) {
        boolean positions = d.partners().stream().anyMatch(p -> !p.positions().isEmpty());
        boolean lenses = d.partners().stream().flatMap(p -> p.representatives().stream())
                .anyMatch(r -> !r.lenses().isEmpty());
        if (!positions && !lenses && d.interestLinks().isEmpty()) {
            return List.of();
        }
        Phrases say = new Phrases(locale);
        List<Block> out = new ArrayList<>();
        PartnersById partners = new PartnersById(d);
        positions(out, say, d);
        new LensPart(say).add(out, d);
        shared(out, say, d, partners);
        tensions(out, say, d, partners);
        return out;
    }

    private static void positions(List<Block> out, Phrases say, Dossier d) {
        out.add(new Block.Heading(1, say.get("report.positions")));
        out.add(new Block.Paragraph(say.get("report.positions.intro")));
        List<String> header = List.of(say.get("report.position"), say.get("report.whys"),
                say.get("report.interests"));
        for (Partner p : d.partners()) {
            out.add(new Block.Heading(2, say.name(p)));
            if (p.positions().isEmpty()) {
                out.add(new Block.Paragraph(say.get("positions.none")));
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            for (Position position : p.positions()) {
                List<String> interests = position.interestIds().stream().map(p::interest).flatMap(Optional::stream)
                        .map(say::interestWithLevel).toList();
                rows.add(List.of(say.text(position), String.join(ENDS, position.whys()),
                        interests.isEmpty() ? say.get("positions.noInterest") : String.join("; ", interests)));
            }
            out.add(new Block.Table(header, rows));
        }
    }

    /** The interests the facilitator linked as shared, each with the partners' own words for it. */
    private static void shared(List<Block> out, Phrases say, Dossier d, PartnersById partners) {
        out.add(new Block.Heading(1, say.get("board.shared")));
        List<String> links = new ArrayList<>();
        for (InterestLink link : d.interestLinks()) {
            List<String> members = new ArrayList<>();
            for (String id : link.interestIds()) {
                // named as a reference to it is: by the partner that the holder's id leads to
                partners.ofInterest(id).ifPresent(p -> members.add(say.interestOf(partners.partner(p.id()), id)));
            }
            String who = String.join("; ", members);
            links.add(link.note().isBlank() ? who : say.format("report.shared.link", link.note().strip(), who));
        }
        out.add(links.isEmpty() ? new Block.Paragraph(say.get("board.links.none")) : new Block.Bullets(links));
    }

    /** Demands that contradict each other, and positions nobody has asked "why?" of down to an interest. */
    private static void tensions(List<Block> out, Phrases say, Dossier d, PartnersById partners) {
        out.add(new Block.Heading(1, say.get("board.differences")));
        // by subject: with many partners the pairs grow with the square of the table, the subjects do not.
        // An interest is named once, however many demands it contradicts
        List<Contradiction> all = InterestSuggestions.contradictions(d);
        Map<InterestRef, String> named = new HashMap<>();
        List<String> contradictions = ContradictionSubjects.lines(all, say,
                ref -> named.computeIfAbsent(ref, r -> interestOf(say, partners, r)));
        out.add(new Block.Heading(2, say.get("board.contradictions")));
        if (contradictions.isEmpty()) {
            out.add(new Block.Paragraph(say.get("board.contradictions.none")));
        } else {
            out.add(new Block.Paragraph(say.format("report.contradictions.total", all.size(),
                    all.stream().map(Contradiction::words).distinct().count())));
            out.add(new Block.Bullets(contradictions));
        }
        List<String> open = new ArrayList<>();
        for (PositionRef ref : InterestSuggestions.positionsWithoutInterest(d)) {
            Optional<Partner> partner = partners.partner(ref.partnerId());
            partner.flatMap(p -> p.position(ref.positionId())).ifPresent(position -> open.add(
                    say.format("board.openPosition", say.name(partner), say.text(position))));
        }
        out.add(new Block.Heading(2, say.get("board.open")));
        out.add(open.isEmpty() ? new Block.Paragraph(say.get("board.open.none")) : new Block.Bullets(open));
    }

    private static String interestOf(Phrases say, PartnersById partners, InterestRef ref) {
        return say.interestOf(partners.partner(ref.partnerId()), ref.interestId());
    }
}

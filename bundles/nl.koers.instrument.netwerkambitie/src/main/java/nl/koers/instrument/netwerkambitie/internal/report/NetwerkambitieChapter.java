package nl.koers.instrument.netwerkambitie.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.Partner;
import nl.koers.domain.Representative;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.Finding;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.ReportChapter;
import nl.koers.instrument.netwerkambitie.internal.Phrases;

/**
 * The Netwerkambitie's chapter of the dossier report: every partner's interest card as a table, what stands out in
 * the exchange with the matches the partners agreed on, and the shared ambition round by round (see
 * {@link AmbitionRounds}).
 */
@Component(service = ReportChapter.class, property = Instrument.ID_PROPERTY + "=" + NetwerkambitieChapter.INSTRUMENT)
public final class NetwerkambitieChapter implements ReportChapter {
    static final String INSTRUMENT = "netwerkambitie";

    @Activate
    public NetwerkambitieChapter() {
        // nothing to take: the chapter is made from the dossier alone
    }

    @Override
    public String id() {
        return INSTRUMENT;
    }

    @Override
    public String instrumentId() {
        return INSTRUMENT;
    }

    @Override
    public String title(Locale locale) {
        return new Phrases(locale).get("name");
    }

    @Override
    public List<Block> blocks(Dossier d, Locale locale) {
        boolean cards = d.partners().stream().anyMatch(NetwerkambitieChapter::hasCard);
        if (!cards && d.ambition().versions().isEmpty()) {
            return List.of();
        }
        Phrases say = new Phrases(locale);
        List<Block> out = new ArrayList<>();
        if (cards) {
            cards(out, say, d);
            exchange(out, say, d);
        }
        new AmbitionRounds(say).add(out, d);
        return out;
    }

    private static boolean hasCard(Partner p) {
        return !p.interests().isEmpty() || !p.contributions().isEmpty();
    }

    private static void cards(List<Block> out, Phrases say, Dossier d) {
        out.add(new Block.Heading(1, say.get("report.cards")));
        out.add(new Block.Paragraph(say.get("report.cards.intro")));
        List<String> header = List.of(say.get("report.cards.part"), say.get("report.cards.what"),
                say.get("report.cards.firmness"));
        for (Partner p : d.partners()) {
            out.add(new Block.Heading(2, say.name(p)));
            out.add(new Block.Paragraph(subtitle(say, p), Block.Paragraph.Kind.NOTE));
            if (hasCard(p)) {
                out.add(new Block.Table(header, cardRows(say, p)));
            } else {
                out.add(new Block.Paragraph(say.get("report.cards.empty")));
            }
        }
    }

    private static String subtitle(Phrases say, Partner p) {
        String people = p.representatives().stream().map(Representative::name).filter(n -> !n.isBlank())
                .collect(Collectors.joining(", "));
        return people.isEmpty() ? say.word(p.role()) : say.format("card.subtitle", say.word(p.role()), people);
    }

    /** The card's four parts in the order the printed card has them; an empty part is left out. */
    private static List<List<String>> cardRows(Phrases say, Partner p) {
        List<List<String>> rows = new ArrayList<>();
        for (Interest i : p.interests()) {
            if (i.level() != Level.NETWORK) {
                rows.add(List.of(say.get("card.own"), say.interest(i), say.word(i.firmness())));
            }
        }
        for (Interest i : p.interests()) {
            if (i.level() == Level.NETWORK) {
                rows.add(List.of(say.get("card.networkShort"), i.text(), say.word(i.firmness())));
            }
        }
        for (Direction direction : Direction.values()) {
            String part = say.get(direction == Direction.BRING ? "card.bring" : "card.get");
            for (Contribution c : p.contributions(direction)) {
                rows.add(List.of(part, say.item(c), say.word(c.firmness())));
            }
        }
        return rows;
    }

    /** What stands out, in the sentences of the exchange screen, and the matches the partners agreed on. */
    private static void exchange(List<Block> out, Phrases say, Dossier d) {
        out.add(new Block.Heading(1, say.get("report.exchange")));
        List<String> findings = new ArrayList<>();
        for (Finding f : BringGet.findings(d)) {
            findings.add(say.finding(d, f));
        }
        if (findings.isEmpty()) {
            out.add(new Block.Paragraph(say.get("screen.findings.none")));
        } else {
            out.add(new Block.Bullets(findings));
        }
        List<String> agreed = BringGet.matches(d, d.matchDecisions().stream().filter(MatchDecision::confirmed)
                .toList()).stream().map(m -> say.match(d, m)).toList();
        out.add(new Block.Heading(2, say.get("report.agreed")));
        out.add(agreed.isEmpty() ? new Block.Paragraph(say.get("report.agreed.none")) : new Block.Bullets(agreed));
    }
}

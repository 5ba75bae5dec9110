package nl.koers.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Amounts;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.Block.Paragraph.Kind;
import nl.koers.instrument.api.report.Report;

/**
 * The agreement note's part on bringing and getting: per partner what was agreed in the conversation (the confirmed
 * matches, from both sides) and everything it put on the table.
 */
final class BringGetPart {
    private final Dossier dossier;
    private final Words words;
    /** Each item by its id, with the partner that holds it. */
    private final Map<String, Held> items = new HashMap<>();

    private record Held(Partner partner, Contribution item) {
    }

    BringGetPart(Dossier dossier, Words words) {
        this.dossier = dossier;
        this.words = words;
        for (Partner partner : dossier.partners()) {
            partner.contributions().forEach(c -> items.put(c.id(), new Held(partner, c)));
        }
    }

    Report.Chapter chapter() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(words.get("note.bringGet.intro")));
        Map<String, List<String>> agreed = agreed();
        for (Partner partner : dossier.partners()) {
            blocks.add(new Block.Heading(1, partner.name()));
            List<String> lines = agreed.getOrDefault(partner.id(), List.of());
            if (!lines.isEmpty()) {
                blocks.add(new Block.Paragraph(words.get("note.bringGet.agreed")));
                blocks.add(new Block.Bullets(lines));
            }
            if (partner.contributions().isEmpty()) {
                blocks.add(new Block.Paragraph(words.format("note.bringGet.missing", partner.name()), Kind.TO_FILL));
            } else {
                blocks.add(new Block.Table(List.of(words.get("note.bringGet.header.direction"),
                        words.get("note.bringGet.header.category"), words.get("note.bringGet.header.description"),
                        words.get("note.bringGet.header.amount"), words.get("note.bringGet.header.firmness")),
                        partner.contributions().stream().map(c -> List.of(words.label(c.direction()),
                                words.label(c.category()), c.description(), amount(c), words.label(c.firmness())))
                                .toList()));
            }
        }
        return new Report.Chapter(words.get("note.bringGet"), blocks);
    }

    /** Per partner id the confirmed matches it is part of, said from its side. */
    private Map<String, List<String>> agreed() {
        Map<String, List<String>> agreed = new HashMap<>();
        for (MatchDecision decision : dossier.matchDecisions()) {
            Held bring = items.get(decision.bringId());
            Held get = items.get(decision.getId());
            // a decision about an item that was removed stays in the file, unseen
            if (!decision.confirmed() || bring == null || get == null) {
                continue;
            }
            agreed.computeIfAbsent(bring.partner().id(), id -> new ArrayList<>()).add(words.format(
                    "note.bringGet.bringsTo", get.partner().name(), described(bring.item())));
            agreed.computeIfAbsent(get.partner().id(), id -> new ArrayList<>()).add(words.format(
                    "note.bringGet.getsFrom", bring.partner().name(), described(get.item())));
        }
        return agreed;
    }

    private String described(Contribution item) {
        String amount = amount(item);
        return amount.isEmpty() ? item.description() : item.description() + " (" + amount + ")";
    }

    private String amount(Contribution item) {
        if (item.amount() == null) {
            return item.unit();
        }
        String number = Amounts.format(item.amount(), words.locale());
        return item.unit().isBlank() ? number : number + " " + item.unit();
    }
}

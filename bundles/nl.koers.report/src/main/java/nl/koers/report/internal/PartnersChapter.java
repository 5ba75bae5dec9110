package nl.koers.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.PartnerSelection;
import nl.koers.domain.PartnerSelection.Criterion;
import nl.koers.domain.Rating;
import nl.koers.domain.Representative;
import nl.koers.instrument.api.report.Block;

/**
 * Built in: who is at the table. A table of all partners first, then per partner its essence, its representatives
 * with the lenses they look through, and why it was chosen (the criteria of partner selection), as far as recorded.
 */
final class PartnersChapter extends BuiltIn {
    static final String ID = "koers.partners";

    PartnersChapter() {
        super(ID, "chapter.partners");
    }

    @Override
    public List<Block> blocks(Dossier dossier, Locale locale) {
        if (dossier.partners().isEmpty()) {
            return List.of();
        }
        Words words = Words.of(locale);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(words.format("partners.count", dossier.partners().size())));
        blocks.add(new Block.Table(List.of(words.get("partners.header.partner"), words.get("partners.header.role"),
                words.get("partners.header.representatives")), dossier.partners().stream()
                        .map(p -> List.of(p.name(), words.label(p.role()), names(p))).toList()));
        for (Partner partner : dossier.partners()) {
            blocks.addAll(partner(partner, words));
        }
        return blocks;
    }

    private static List<Block> partner(Partner partner, Words words) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, partner.name() + " (" + words.label(partner.role()) + ")"));
        if (!partner.essence().isBlank()) {
            blocks.add(new Block.Paragraph(words.format("partners.essence", partner.name(), partner.essence())));
        }
        if (partner.representatives().isEmpty()) {
            blocks.add(new Block.Paragraph(words.get("partners.noRepresentatives")));
        } else {
            blocks.add(new Block.Table(List.of(words.get("partners.header.name"), words.get("partners.header.function"),
                    words.get("partners.header.lenses")), partner.representatives().stream()
                            .map(r -> List.of(r.name(), r.function(), lenses(r, words))).toList()));
        }
        List<List<String>> selection = selection(partner.selection(), words);
        if (!selection.isEmpty()) {
            blocks.add(new Block.Table(List.of(words.get("partners.header.criterion"),
                    words.get("partners.header.rating"), words.get("partners.header.remark")), selection));
        }
        return blocks;
    }

    private static String names(Partner partner) {
        return partner.representatives().stream().map(Representative::name).collect(Collectors.joining(", "));
    }

    private static String lenses(Representative representative, Words words) {
        return representative.lenses().stream().map(words::label).collect(Collectors.joining(", "));
    }

    /** A row per criterion that was judged or has a remark; the answer's words are the domain's. */
    private static List<List<String>> selection(PartnerSelection selection, Words words) {
        List<List<String>> rows = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            Rating rating = selection.rating(criterion);
            String remark = selection.remark(criterion);
            if (rating != null || !remark.isBlank()) {
                String judged = rating == null ? "" : words.domain().get(criterion.name() + "." + rating.name());
                rows.add(List.of(words.label(criterion), judged, remark));
            }
        }
        return rows;
    }
}

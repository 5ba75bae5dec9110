package nl.koers.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Dossier;
import nl.koers.domain.Endorsement;
import nl.koers.domain.IssueStatus;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.Block.Paragraph.Kind;
import nl.koers.instrument.api.report.Report;

/**
 * The agreement note (afsprakennota), drafted from the dossier: the shared ambition and who recognises themselves
 * in it, what each partner brings and gets, the canvas's rules of the game and branding, and the issues still open.
 * What the partners still have to settle is a {@link Kind#TO_FILL} paragraph, so every format marks it.
 */
final class AgreementNoteMaker {
    private final Dossier dossier;
    private final Locale locale;
    private final Words words;
    private final LocalDate today;

    AgreementNoteMaker(Dossier dossier, Locale locale, LocalDate today) {
        this.dossier = dossier;
        this.locale = locale;
        this.words = Words.of(locale);
        this.today = today;
    }

    Report note() {
        List<Report.Fact> cover = new ArrayList<>(CoverFacts.of(dossier, words, today));
        cover.add(new Report.Fact(words.get("cover.status"), words.get("cover.draft")));
        List<Report.Chapter> chapters = List.of(ambition(), new BringGetPart(dossier, words).chapter(),
                canvas("note.governance", CanvasBlocks.GOVERNANCE), canvas("note.branding", CanvasBlocks.BRANDING),
                issues());
        return new Report(words.format("note.title", CoverFacts.title(dossier, words)), cover, chapters, locale);
    }

    /** The current round's ambition, and per partner whether it recognises itself in it. */
    private Report.Chapter ambition() {
        List<Block> blocks = new ArrayList<>();
        Optional<AmbitionVersion> current = dossier.ambition() == null ? Optional.empty()
                : dossier.ambition().current();
        if (current.isEmpty() || current.get().statement().isBlank()) {
            blocks.add(new Block.Paragraph(words.get("note.ambition.missing"), Kind.TO_FILL));
        } else {
            AmbitionVersion version = current.get();
            blocks.add(new Block.Paragraph(version.date() == null
                    ? words.format("note.ambition.roundUndated", version.round())
                    : words.format("note.ambition.round", version.round(), words.date(version.date())), Kind.NOTE));
            blocks.add(new Block.Paragraph(version.statement()));
            if (!version.concretisation().isBlank()) {
                blocks.add(new Block.Paragraph(words.format("note.ambition.concretisation",
                        version.concretisation())));
            }
        }
        if (!dossier.partners().isEmpty()) {
            blocks.addAll(endorsements(current.map(AmbitionVersion::endorsements).orElse(Map.of())));
        }
        return new Report.Chapter(words.get("note.ambition"), blocks);
    }

    private List<Block> endorsements(Map<String, Endorsement> endorsements) {
        List<List<String>> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Partner partner : dossier.partners()) {
            Endorsement endorsement = endorsements.get(partner.id());
            if (endorsement == null || endorsement.recognition() == null) {
                missing.add(partner.name());
                rows.add(List.of(partner.name(), words.get("note.endorsements.none"), ""));
            } else {
                rows.add(List.of(partner.name(), words.label(endorsement.recognition()),
                        endorsement.remark() == null ? "" : endorsement.remark()));
            }
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, words.get("note.endorsements")));
        blocks.add(new Block.Table(List.of(words.get("note.endorsements.header.partner"),
                words.get("note.endorsements.header.recognition"), words.get("note.endorsements.header.remark")),
                rows));
        if (!missing.isEmpty()) {
            blocks.add(new Block.Paragraph(words.format("note.endorsements.missing", String.join(", ", missing)),
                    Kind.TO_FILL));
        }
        return blocks;
    }

    /** The notes of canvas blocks, each with the partner it is from; an empty block is still to fill. */
    private Report.Chapter canvas(String titleKey, List<String> blockIds) {
        List<String> notes = dossier.canvasNotes().stream().filter(n -> blockIds.contains(n.blockId()))
                .filter(n -> !n.text().isBlank())
                .map(n -> dossier.partner(n.partnerId()).map(p -> words.format("note.block.byPartner", n.text(),
                        p.name())).orElse(n.text())).toList();
        Block block = notes.isEmpty() ? new Block.Paragraph(words.get(titleKey + ".missing"), Kind.TO_FILL)
                : new Block.Bullets(notes);
        return new Report.Chapter(words.get(titleKey), List.of(block));
    }

    /** The issues not yet done, with who takes them up; one nobody takes up yet is still to fill. */
    private Report.Chapter issues() {
        List<OpenIssue> open = dossier.openIssues().stream().filter(i -> i.status() != IssueStatus.DONE)
                .sorted(OpenIssuesChapter.order(dossier)).toList();
        List<Block> blocks = new ArrayList<>();
        if (open.isEmpty()) {
            blocks.add(new Block.Paragraph(words.get("note.issues.none")));
        } else {
            blocks.add(OpenIssuesChapter.table(dossier, open, words));
            open.stream().filter(i -> i.owner(dossier).isEmpty()).forEach(i -> blocks.add(new Block.Paragraph(
                    words.format("note.issues.missingOwner", i.text()), Kind.TO_FILL)));
        }
        return new Report.Chapter(words.get("note.issues"), blocks);
    }
}

package nl.koers.instrument.partnermodel.internal.report;

import java.util.ArrayList;
import java.util.List;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.CanvasSnapshot;
import nl.koers.domain.Dossier;
import nl.koers.domain.analysis.CanvasChange;
import nl.koers.domain.analysis.CanvasChange.Kind;
import nl.koers.domain.analysis.CanvasCompare;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.partnermodel.internal.Phrases;
import nl.koers.instrument.partnermodel.internal.print.CanvasSheet;
import nl.koers.instrument.partnermodel.internal.template.CanvasTemplate;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * The snapshots of the canvas compared in the report: each with the one before it, and the last with the canvas
 * now; every comparison as the marked canvas and a table of what was added, moved, reworded and taken off.
 */
final class SnapshotChanges {
    private final Phrases say;
    private final TemplateCatalogue templates;

    SnapshotChanges(Phrases say, TemplateCatalogue templates) {
        this.say = say;
        this.templates = templates;
    }

    void add(List<Block> out, Dossier d) {
        List<CanvasSnapshot> snapshots = d.canvasSnapshots();
        if (snapshots.isEmpty()) {
            return;
        }
        out.add(new Block.Heading(1, say.get("report.snapshots")));
        out.add(new Block.Paragraph(say.get("report.snapshots.intro")));
        for (int i = 1; i < snapshots.size(); i++) {
            CanvasSnapshot before = snapshots.get(i - 1);
            CanvasSnapshot after = snapshots.get(i);
            compare(out, d, before.notes(), after.notes(), say.snapshot(before), say.snapshot(after),
                    template(d, after));
        }
        CanvasSnapshot last = snapshots.get(snapshots.size() - 1);
        compare(out, d, last.notes(), d.canvasNotes(), say.snapshot(last), say.get("compare.now"),
                templates.chosen(d));
    }

    /** The template a snapshot was taken on; the dossier's own when that one is not installed. */
    private CanvasTemplate template(Dossier d, CanvasSnapshot s) {
        return templates.template(s.templateId()).orElseGet(() -> templates.chosen(d));
    }

    private void compare(List<Block> out, Dossier d, List<CanvasNote> before, List<CanvasNote> after,
            String beforeName, String afterName, CanvasTemplate template) {
        String title = say.get("compare.subtitle", beforeName, afterName);
        out.add(new Block.Heading(2, title));
        CanvasCompare c = CanvasCompare.of(before, after);
        if (c.isEmpty()) {
            out.add(new Block.Paragraph(say.get("compare.none")));
            return;
        }
        out.add(new Block.Paragraph(say.get("compare.summary", c.changes(Kind.ADDED).size(),
                c.changes(Kind.MOVED).size(), c.changes(Kind.EDITED).size(), c.changes(Kind.REMOVED).size())));
        out.add(new Block.Figure(new CanvasSheet(say, template, PartnermodelChapter.SIZE)
                .compared(d, before, after, title).page(), say.get("report.snapshots.caption")));
        List<List<String>> rows = new ArrayList<>();
        for (CanvasChange change : c.changes()) {
            CanvasNote note = change.after() != null ? change.after() : change.before();
            rows.add(List.of(say.get("compare.legend." + change.kind().name().toLowerCase(java.util.Locale.ROOT)),
                    note.text(), say.blockName(template, note.blockId()), PartnermodelChapter.from(say, d, note),
                    earlier(change, template)));
        }
        out.add(new Block.Table(List.of(say.get("report.change"), say.get("report.note"), say.get("note.block"),
                say.get("note.partner"), say.get("report.change.earlier")), rows));
    }

    private String earlier(CanvasChange change, CanvasTemplate template) {
        return switch (change.kind()) {
            case MOVED -> say.get("compare.tag.moved", say.blockName(template, change.before().blockId()));
            case EDITED -> say.get("compare.tag.edited", change.before().text());
            case ADDED, REMOVED -> "";
        };
    }
}

package nl.koers.instrument.partnermodel.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.Dossier;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.ReportChapter;
import nl.koers.instrument.partnermodel.internal.Phrases;
import nl.koers.instrument.partnermodel.internal.print.CanvasSheet;
import nl.koers.instrument.partnermodel.internal.template.CanvasTemplate;
import nl.koers.instrument.partnermodel.internal.template.TemplateBlock;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * The Partnermodel Canvas's chapter of the dossier report: the canvas as it prints, in the template the dossier
 * chose, its notes block by block, and the snapshots compared ({@link SnapshotChanges}).
 */
@Component(service = ReportChapter.class, property = Instrument.ID_PROPERTY + "=" + TemplateCatalogue.INSTRUMENT)
public final class PartnermodelChapter implements ReportChapter {
    static final PageSize SIZE = PageSize.A3_LANDSCAPE;

    private final TemplateCatalogue templates;

    @Activate
    public PartnermodelChapter(@Reference TemplateCatalogue templates) {
        this.templates = templates;
    }

    @Override
    public String id() {
        return TemplateCatalogue.INSTRUMENT;
    }

    @Override
    public String instrumentId() {
        return TemplateCatalogue.INSTRUMENT;
    }

    @Override
    public String title(Locale locale) {
        return new Phrases(locale).get("name");
    }

    @Override
    public List<Block> blocks(Dossier d, Locale locale) {
        if (d.canvasNotes().isEmpty() && d.canvasSnapshots().isEmpty()) {
            return List.of();
        }
        Phrases say = new Phrases(locale);
        CanvasTemplate template = templates.chosen(d);
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading(1, say.get("report.canvas")));
        out.add(new Block.Figure(new CanvasSheet(say, template, SIZE).filled(d, 0, say.name(template)).page(),
                say.get("report.canvas.caption", say.name(template))));
        notes(out, say, d, template);
        new SnapshotChanges(say, templates).add(out, d);
        return out;
    }

    /** A table per block that has notes, in the template's order; notes on a block it lacks come last. */
    private static void notes(List<Block> out, Phrases say, Dossier d, CanvasTemplate template) {
        out.add(new Block.Heading(1, say.get("report.notes")));
        if (d.canvasNotes().isEmpty()) {
            out.add(new Block.Paragraph(say.get("report.notes.none")));
            return;
        }
        List<String> header = List.of(say.get("report.note"), say.get("note.partner"));
        for (TemplateBlock block : template.blocks()) {
            List<List<String>> rows = d.canvasNotes().stream().filter(n -> n.blockId().equals(block.id()))
                    .map(n -> List.of(n.text(), from(say, d, n))).toList();
            if (!rows.isEmpty()) {
                out.add(new Block.Heading(2, say.name(block)));
                out.add(new Block.Table(header, rows));
            }
        }
        List<List<String>> elsewhere = d.canvasNotes().stream().filter(n -> template.block(n.blockId()).isEmpty())
                .map(n -> List.of(n.blockId(), n.text(), from(say, d, n))).toList();
        if (!elsewhere.isEmpty()) {
            out.add(new Block.Heading(2, say.get("report.notes.elsewhere")));
            out.add(new Block.Table(List.of(say.get("note.block"), say.get("report.note"), say.get("note.partner")),
                    elsewhere));
        }
    }

    static String from(Phrases say, Dossier d, CanvasNote n) {
        return n.partnerId().isBlank() ? say.get("note.table") : say.partnerName(d, n.partnerId());
    }
}

package nl.koers.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import nl.koers.domain.Dossier;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.ReportChapter;

/**
 * The chapter "Sessieplan" of the dossier report: per meeting a section with its day, start and place, a table of its
 * steps and breaks with when each begins and its minutes, and the total; what {@link SessionPlanPrintable} prints.
 * It belongs to Koers, not to an instrument, like the report's own chapters; its id has no {@code koers.} in front
 * because the report keeps those for the chapters it writes itself.
 */
@Component(service = ReportChapter.class)
public final class SessionPlanChapter implements ReportChapter {
    static final String ID = "sessieplan";

    /** The installed instruments, for their names, got only while printing: see {@link InstalledInstruments}. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ComponentServiceObjects<Instrument>> installed = List.of();
    /** The instruments a test gives; null in the framework. */
    private final List<Instrument> given;

    /** For DS. */
    public SessionPlanChapter() {
        this.given = null;
    }

    /** With these instruments installed: for tests. */
    SessionPlanChapter(List<Instrument> instruments) {
        this.given = List.copyOf(instruments);
    }

    @Override
    public String id() {
        return ID;
    }

    /** {@return the report's own instruments' id: the plan is Koers's, not an instrument's} */
    @Override
    public String instrumentId() {
        return "koers";
    }

    @Override
    public String title(Locale locale) {
        return PlanSheet.texts(locale).get("plan.chapter");
    }

    /** Per meeting a section: its facts, a table of its parts, and the total; nothing without plans. */
    @Override
    public List<Block> blocks(Dossier dossier, Locale locale) {
        List<Block> blocks = new ArrayList<>();
        for (PlanSheet sheet : sheets(dossier, PlanSheet.texts(locale), locale)) {
            blocks.add(new Block.Heading(1, sheet.meeting()));
            if (!sheet.facts().isEmpty()) {
                blocks.add(new Block.Paragraph(String.join("\n", sheet.facts())));
            }
            if (sheet.rows().isEmpty()) {
                blocks.add(new Block.Paragraph(PlanSheet.texts(locale).get("plan.empty"), Block.Paragraph.Kind.NOTE));
            } else {
                blocks.add(new Block.Table(sheet.header(), sheet.rows().stream().map(PlanSheet.Row::cells).toList()));
            }
            blocks.add(new Block.Paragraph(sheet.total()));
        }
        return blocks;
    }

    private List<PlanSheet> sheets(Dossier dossier, Texts texts, Locale locale) {
        return given != null ? PlanSheet.all(dossier, texts, locale, given)
                : InstalledInstruments.use(installed, instruments -> PlanSheet.all(dossier, texts, locale, instruments));
    }
}

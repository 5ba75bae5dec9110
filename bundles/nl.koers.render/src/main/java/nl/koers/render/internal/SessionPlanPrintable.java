package nl.koers.render.internal;

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
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.TextMeasure;
import nl.koers.instrument.api.print.Printable;

/**
 * The session plans of a dossier on A4, for the participants: each meeting on a page of its own, its day, start
 * and place, then every step and break with when it begins and its minutes ({@link SessionPlanChapter} puts the same
 * in the report). It belongs to no instrument: a meeting runs steps of several. The instruments' names come from the
 * installed instruments; a step of one that is not installed shows its id, and its title as it was planned.
 */
@Component(service = Printable.class)
public final class SessionPlanPrintable implements Printable {
    static final String ID = "koers.sessieplan";
    private static final PageSize SIZE = PageSize.A4_PORTRAIT;
    private static final double PT = 11;
    private static final Colour QUIET = new Colour(100, 100, 100);
    /** Shares of the width: time, part, instrument, minutes. */
    private static final double[] COLUMNS = { 0.12, 0.48, 0.28, 0.12 };

    /** The installed instruments, for their names, got only while printing: see {@link InstalledInstruments}. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ComponentServiceObjects<Instrument>> installed = List.of();
    /** The instruments a test gives; null in the framework. */
    private final List<Instrument> given;

    /** For DS. */
    public SessionPlanPrintable() {
        this.given = null;
    }

    /** With these instruments installed: for tests. */
    SessionPlanPrintable(List<Instrument> instruments) {
        this.given = List.copyOf(instruments);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return texts(locale).get("plan.name");
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    /** Every meeting from a page of its own. */
    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        if (dossier.sessionPlans().isEmpty()) {
            return List.of();
        }
        PageCursor page = new PageCursor(SIZE);
        for (PlanSheet sheet : sheets(dossier, texts(locale), locale)) {
            page.newPage();
            print(sheet, page, texts(locale));
        }
        return page.pages();
    }

    private static void print(PlanSheet sheet, PageCursor page, Texts texts) {
        page.down(page.label(page.left(), page.width(), sheet.title(), 16, true, null) + 2);
        for (String fact : sheet.facts()) {
            page.down(page.label(page.left(), page.width(), fact, PT, false, null));
        }
        page.down(4);
        row(page, sheet.header(), true, null);
        for (PlanSheet.Row row : sheet.rows()) {
            row(page, row.cells(), false, row.pause() ? QUIET : null);
        }
        if (sheet.rows().isEmpty()) {
            page.down(page.label(page.left(), page.width(), texts.get("plan.empty"), PT, false, QUIET) + 1);
        }
        page.fit(TextMeasure.lineHeightMm(PT) + 2);
        page.rule();
        page.down(2);
        page.down(page.label(page.left(), page.width(), sheet.total(), PT, true, null));
    }

    /** One row of the table, as high as its tallest cell; on the next page when it does not fit. */
    private static void row(PageCursor page, List<String> cells, boolean bold, Colour colour) {
        double h = 0;
        for (int i = 0; i < cells.size(); i++) {
            h = Math.max(h, PageCursor.height(cells.get(i), page.width() * COLUMNS[i] - 2, PT));
        }
        page.fit(h + 2);
        page.rule();
        page.down(1);
        double x = page.left();
        for (int i = 0; i < cells.size(); i++) {
            page.label(x, page.width() * COLUMNS[i] - 2, cells.get(i), PT, bold, colour);
            x += page.width() * COLUMNS[i];
        }
        page.down(h + 1);
    }

    private static Texts texts(Locale locale) {
        return PlanSheet.texts(locale);
    }

    private List<PlanSheet> sheets(Dossier dossier, Texts texts, Locale locale) {
        return given != null ? PlanSheet.all(dossier, texts, locale, given)
                : InstalledInstruments.use(installed, instruments -> PlanSheet.all(dossier, texts, locale, instruments));
    }
}

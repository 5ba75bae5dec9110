package nl.koers.instrument.brengenhalen.internal.print;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.brengenhalen.internal.homework.PaperHomeworkPrintable;
import nl.koers.render.internal.LongTexts;

/** Issue 14: every printable of the instrument shows the long texts of a real dossier whole, and never an ellipsis. */
class WholeTextsTest {
    private static final Locale NL = Locale.of("nl");
    private final Dossier d = LongTexts.dossier();

    @Test
    void theFigureShowsEveryContributionAndNameWhole() throws IOException {
        List<String> texts = LongTexts.titleAndNames(d);
        for (Partner p : d.partners()) {
            p.contributions().stream().map(Contribution::description).forEach(texts::add);
        }
        for (Printable figure : new Printable[] {new FigurePrintable(), new FigurePosterA3(), new FigurePosterA0()}) {
            LongTexts.assertWhole(figure, d, NL, texts);
        }
    }

    @Test
    void theHomeworkShowsTheLongNamesWhole() throws IOException {
        LongTexts.assertWhole(new PaperHomeworkPrintable(), d, NL, LongTexts.titleAndNames(d));
    }
}

package nl.koers.instrument.partnermodel.internal.print;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.Dossier;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;
import nl.koers.render.internal.LongTexts;

/** Issue 14: every printable of the instrument shows the long texts of a real dossier whole, and never an ellipsis. */
class WholeTextsTest {
    private static final Locale NL = Locale.of("nl");
    private final TemplateCatalogue templates = TemplateCatalogue.standardOnly();
    private final Dossier d = LongTexts.dossier();

    @Test
    void thePostersShowEveryNoteTheAmbitionAndEveryNameWhole() throws IOException {
        List<String> texts = LongTexts.titleAndNames(d);
        d.canvasNotes().stream().map(CanvasNote::text).forEach(texts::add);
        texts.add(d.ambition().current().orElseThrow().statement());
        for (Printable poster : new Printable[] {new PosterA3(templates), new PosterA0(templates)}) {
            LongTexts.assertWhole(poster, d, NL, texts);
        }
        LongTexts.assertWhole(new BlankA0(templates), d, NL, List.of(LongTexts.title()));
    }
}

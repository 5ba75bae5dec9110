package nl.koers.instrument.partnermodel.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.swt.testing.CutOff;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;
import nl.koers.store.internal.JsonDossierStore;

/** Every step on a small laptop's screen, with the sample: the canvas, its notes panel and the buttons, none cut off. */
class FitsSmallScreensUiTest {
    @Test
    void nothingIsCutOffAt1024x768Or1280x800() throws Exception {
        var sample = new JsonDossierStore().read(Path.of("../nl.koers.shell/src/main/resources/samples/"
                + "voorbeeld-jongeren-aan-het-werk.koers"));
        assertEquals(List.of(), CutOff.onSmallScreens(() -> new PartnermodelScreens(TemplateCatalogue.standardOnly()),
                6, Ui.PREFIX, sample, Locale.of("nl")));
    }
}

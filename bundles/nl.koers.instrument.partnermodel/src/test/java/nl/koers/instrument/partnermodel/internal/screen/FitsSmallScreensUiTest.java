package nl.koers.instrument.partnermodel.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.swt.testing.CutOff;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;
import nl.koers.store.DossierFileException;
import nl.koers.store.internal.JsonDossierStore;

/** Every step on a small laptop's screen, with the sample: the canvas, its notes panel and the buttons, none cut off. */
class FitsSmallScreensUiTest {
    @Test
    void nothingIsCutOffAt1024x768Or1280x800() throws Exception {
        var sample = sample();
        assertEquals(List.of(), CutOff.onSmallScreens(() -> new PartnermodelScreens(TemplateCatalogue.standardOnly()),
                6, Ui.PREFIX, sample, Locale.of("nl")));
    }

    @Test
    void nothingIsCutOffInProjectorModeAt1024x768Or1280x720Or1920x1080() throws Exception {
        assertEquals(List.of(), CutOff.onProjectors(() -> new PartnermodelScreens(TemplateCatalogue.standardOnly()),
                6, Ui.PREFIX, sample(), Locale.of("nl")));
    }

    private static Dossier sample() throws DossierFileException {
        return new JsonDossierStore().read(Path.of("../nl.koers.shell/src/main/resources/samples/"
                + "voorbeeld-jongeren-aan-het-werk.koers"));
    }
}

package nl.koers.instrument.netwerkambitie.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.swt.testing.CutOff;
import nl.koers.store.DossierFileException;
import nl.koers.store.internal.JsonDossierStore;

/** Every step on a small laptop's screen, with the sample: the match buttons and the rest wrap, none is cut off. */
class FitsSmallScreensUiTest {
    @Test
    void nothingIsCutOffAt1024x768Or1280x800() throws Exception {
        var sample = sample();
        assertEquals(List.of(), CutOff.onSmallScreens(NetwerkambitieScreens::new, 4, Ui.PREFIX, sample,
                Locale.of("nl")));
    }

    @Test
    void nothingIsCutOffInProjectorModeAt1024x768Or1280x720Or1920x1080() throws Exception {
        assertEquals(List.of(), CutOff.onProjectors(NetwerkambitieScreens::new, 4, Ui.PREFIX, sample(),
                Locale.of("nl")));
    }

    private static Dossier sample() throws DossierFileException {
        return new JsonDossierStore().read(Path.of("../nl.koers.shell/src/main/resources/samples/"
                + "voorbeeld-jongeren-aan-het-werk.koers"));
    }
}

package nl.koers.instrument.belangendialoog.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.swt.testing.CutOff;
import nl.koers.instrument.belangendialoog.internal.Dossiers;

/** Every step on a small laptop's screen: the board's buttons and the rest wrap, none is cut off. */
class FitsSmallScreensUiTest {
    @Test
    void nothingIsCutOffAt1024x768Or1280x800() {
        assertEquals(List.of(), CutOff.onSmallScreens(BelangendialoogScreens::new, BelangendialoogScreens.STEPS,
                Ui.PREFIX, Dossiers.table(12), Locale.of("nl")));
    }

    @Test
    void nothingIsCutOffInProjectorModeAt1024x768Or1280x720Or1920x1080() {
        assertEquals(List.of(), CutOff.onProjectors(BelangendialoogScreens::new, BelangendialoogScreens.STEPS,
                Ui.PREFIX, Dossiers.table(12), Locale.of("nl")));
    }
}

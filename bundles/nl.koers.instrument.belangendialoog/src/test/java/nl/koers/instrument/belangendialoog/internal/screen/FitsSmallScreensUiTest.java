package nl.koers.instrument.belangendialoog.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.swt.testing.CutOff;
import nl.koers.instrument.api.swt.testing.StepWindow;
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

    /** GTK measures an empty choice lower than a filled one: the filled first choice lay over the second. */
    @Test
    void onTheProjectorTheFilledFirstChoiceOfInterestsLiesAboveTheSecond() {
        try (StepWindow w = StepWindow.open(new BelangendialoogScreens(), BelangendialoogScreens.STEPS, Ui.PREFIX,
                Dossiers.table(12), Locale.of("nl"), true, CutOff.projectorStepArea(new Point(1024, 768)))) {
            w.show(6);
            Rectangle first = ((Combo) w.robot().find("link.first")).getBounds();
            Rectangle second = ((Combo) w.robot().find("link.second")).getBounds();
            assertTrue(first.y + first.height <= second.y, first + " lies over " + second);
        }
    }
}

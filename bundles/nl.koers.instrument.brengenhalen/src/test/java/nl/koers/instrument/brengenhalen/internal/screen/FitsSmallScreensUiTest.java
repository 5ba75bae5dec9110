package nl.koers.instrument.brengenhalen.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.swt.testing.CutOff;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.brengenhalen.internal.Dossiers;

/** Every step on a small laptop's screen, with the sample and with twelve partners: it wraps, nothing is cut off. */
class FitsSmallScreensUiTest {
    @Test
    void nothingIsCutOffAt1024x768Or1280x800() {
        for (var dossier : List.of(Dossiers.sample(), Dossiers.table(12))) {
            assertEquals(List.of(), CutOff.onSmallScreens(BrengenhalenScreens::new, BrengenhalenScreens.STEPS,
                    Ui.PREFIX, dossier, Locale.of("nl")));
        }
    }

    @Test
    void theDismissButtonOfAMatchLiesInsideItsVisibleParentAt1024PxWide() {
        try (StepWindow w = StepWindow.open(new BrengenhalenScreens(), BrengenhalenScreens.STEPS, Ui.PREFIX,
                Dossiers.sample(), Locale.of("nl"), false, CutOff.stepArea(new Point(1024, 768)))) {
            w.show(4);
            w.robot().spin();
            Button dismiss = w.robot().find("match.0.dismiss");
            assertEquals("Wegleggen", dismiss.getText());
            assertEquals(List.of(), CutOff.under(dismiss));
        }
    }

    @Test
    void nothingIsCutOffInProjectorModeAt1024x768Or1280x720Or1920x1080() {
        for (var dossier : List.of(Dossiers.sample(), Dossiers.table(12))) {
            assertEquals(List.of(), CutOff.onProjectors(BrengenhalenScreens::new, BrengenhalenScreens.STEPS,
                    Ui.PREFIX, dossier, Locale.of("nl")));
        }
    }
}

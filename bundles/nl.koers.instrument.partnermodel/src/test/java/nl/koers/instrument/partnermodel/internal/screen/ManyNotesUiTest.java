package nl.koers.instrument.partnermodel.internal.screen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.partnermodel.internal.Dossiers;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * A canvas of many notes in a real window, step after step: each step builds a canvas of its own, and each used to
 * measure every note's text again on the screen (with a thousand partners and two thousand notes, seconds of a
 * frozen window per step, again after F11). The steps share what was measured.
 */
class ManyNotesUiTest {
    @AutoClose
    private StepWindow window;

    @Test
    void aStepBuiltAgainMeasuresNoNoteTheStepsMeasuredBefore() {
        PartnermodelScreens screens = new PartnermodelScreens(TemplateCatalogue.standardOnly());
        window = StepWindow.open(screens, PartnermodelScreens.STEPS, Ui.PREFIX, Dossiers.withNotes(300),
                Locale.of("nl"), false, new Point(1366, 768));
        window.show(1);
        TextWidths widths = screens.widths(window.shell().getDisplay());
        long steps = widths.measured();

        // the page built anew, as the workbench does after F11 and back
        Composite again = new Composite(window.shell(), SWT.NONE);
        screens.createStep(1, again, window.context());
        again.setBounds(window.page(1).getBounds());
        again.layout(true, true);
        window.robot().spin();
        long more = widths.measured() - steps;
        assertTrue(steps > 300, "the steps measure their notes: " + steps);
        assertTrue(more < steps / 20, "the page built again measured " + more + " texts, all steps " + steps);
    }
}
